import time
from fastapi import FastAPI

app = FastAPI()


@app.get("/first")
async def first():
    time.sleep(0.1)
    return {}


@app.get("/second")
async def second():
    data = compute(1, 2
    return data


@app.get("/third")
def third():
    time.sleep(0.05)
    return {}
