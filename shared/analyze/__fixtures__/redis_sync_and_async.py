import redis
import redis.asyncio as aredis
from fastapi import FastAPI

app = FastAPI()
sync_cache = redis.Redis(host="cache", port=6379)
async_cache = aredis.Redis(host="cache", port=6379)


@app.get("/counter/sync")
async def bump_sync():
    value = sync_cache.incr("hits")
    return {"hits": value}


@app.get("/counter/async")
async def bump_async():
    value = await async_cache.incr("hits")
    return {"hits": value}


@app.post("/visits/sync")
async def visit_sync(page: str):
    # A pipeline buffers its commands: one round trip, when it executes.
    pipe = sync_cache.pipeline()
    pipe.incr(f"visits:{page}")
    pipe.expire(f"visits:{page}", 3600)
    pipe.execute()
    return {"page": page}


@app.post("/visits/async")
async def visit_async(page: str):
    async with async_cache.pipeline(transaction=True) as pipe:
        pipe.incr(f"visits:{page}")
        pipe.expire(f"visits:{page}", 3600)
        await pipe.execute()
    return {"page": page}
