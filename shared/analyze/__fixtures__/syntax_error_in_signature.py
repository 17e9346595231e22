import time

import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/a")
async def a():
    requests.get("https://example.com/a")
    return {"a": 1}


@app.get("/b")
async def b(:
    data = {"x": 1,
    return data


@app.get("/c")
async def c():
    time.sleep(0.3)
    return {"c": 3}


@app.get("/d")
def d():
    return {"d": 4}
