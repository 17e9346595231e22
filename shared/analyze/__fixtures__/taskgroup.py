import asyncio

from fastapi import FastAPI
from redis import asyncio as aioredis

app = FastAPI()
cache = aioredis.from_url("redis://cache:6379")


async def warm(key: str):
    await cache.get(key)
    await asyncio.sleep(0.02)


@app.post("/warmup")
async def warmup():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(warm("home"))
        tg.create_task(warm("pricing"))
    return {"warmed": 2}
