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
