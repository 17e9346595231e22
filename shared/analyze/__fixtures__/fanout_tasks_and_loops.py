"""An aggregator: work started per item, then awaited together or one at a time."""
import asyncio

import httpx
from fastapi import FastAPI

app = FastAPI()
client = httpx.AsyncClient(timeout=5)

REGIONS = ["eu", "us", "ap"]


async def fetch_shard(region: str, user_id: int) -> dict:
    response = await client.get(f"https://{region}.accounts.internal/users/{user_id}")
    return response.json()


async def record_visit(user_id: int) -> None:
    await asyncio.sleep(0.01)


@app.get("/users/{user_id}/everywhere")
async def everywhere(user_id: int):
    # Every region's request starts now; the loop collects them as they are needed.
    tasks = [asyncio.create_task(fetch_shard(region, user_id)) for region in REGIONS]
    await record_visit(user_id)
    shards = []
    for task in tasks:
        shards.append(await task)
    return {"shards": shards}


@app.post("/users/lookup")
async def lookup(user_ids: list[int]):
    # As many requests at once as the body has ids: the file cannot say how many.
    results = await asyncio.gather(*(fetch_shard("eu", uid) for uid in user_ids))
    return {"users": results}


@app.get("/users/{user_id}/slowly")
async def slowly(user_id: int):
    # One region after another: each await finishes before the next request starts.
    shards = []
    for region in REGIONS:
        shards.append(await fetch_shard(region, user_id))
    return {"shards": shards}


@app.get("/users/{user_id}/pending")
async def pending(user_id: int):
    tasks = []
    for region in ("eu", "us"):
        tasks.append(asyncio.create_task(fetch_shard(region, user_id)))
    done, _ = await asyncio.wait(tasks)
    return {"found": len(done)}


@app.post("/users/{user_id}/warm")
async def warm(user_id: int):
    async with asyncio.TaskGroup() as tg:
        for region in REGIONS:
            tg.create_task(fetch_shard(region, user_id))
    return {"warmed": len(REGIONS)}
