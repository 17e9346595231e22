import asyncio
from fastapi import FastAPI

app = FastAPI()


@app.get("/a")
async def a()
    await asyncio.sleep(0.1)


@app.get("/b")
async def b():
    await asyncio.sleep(0.2)
