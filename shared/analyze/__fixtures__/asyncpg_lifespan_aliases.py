"""Fully async service: lifespan-managed clients, asyncpg, motor, redis.asyncio, httpx.AsyncClient."""
import asyncio
from contextlib import asynccontextmanager
from typing import Annotated, AsyncIterator

import asyncpg
import httpx
import redis.asyncio as aioredis
from fastapi import Depends, FastAPI, HTTPException, Request
from motor.motor_asyncio import AsyncIOMotorClient


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.pg = await asyncpg.create_pool("postgresql://app@db/app", min_size=2, max_size=10)
    app.state.redis = aioredis.from_url("redis://cache:6379/0", decode_responses=True)
    app.state.mongo = AsyncIOMotorClient("mongodb://mongo:27017")
    app.state.http = httpx.AsyncClient(timeout=5.0)
    yield
    await app.state.http.aclose()
    await app.state.pg.close()
    await app.state.redis.aclose()


app = FastAPI(lifespan=lifespan)


async def get_conn(request: Request) -> AsyncIterator[asyncpg.Connection]:
    async with request.app.state.pg.acquire() as conn:
        yield conn


Conn = Annotated[asyncpg.Connection, Depends(get_conn)]


@app.get("/products/{product_id}")
async def product(product_id: int, request: Request, conn: Conn):
    cache_key = f"product:{product_id}"
    if cached := await request.app.state.redis.get(cache_key):
        return {"source": "cache", "data": cached}
    row = await conn.fetchrow("SELECT id, name, price FROM products WHERE id = $1", product_id)
    if row is None:
        raise HTTPException(404)
    await request.app.state.redis.set(cache_key, dict(row)["name"], ex=60)
    return dict(row)


@app.get("/products/{product_id}/reviews")
async def reviews(product_id: int, request: Request):
    db = request.app.state.mongo["shop"]
    docs = await db.reviews.find({"product_id": product_id}).to_list(length=50)
    return [{"stars": d["stars"], "text": d["text"]} for d in docs]


@app.get("/quote")
async def quote(request: Request):
    client: httpx.AsyncClient = request.app.state.http
    r = await client.get("https://quotes.example.com/random")
    await asyncio.sleep(0.05)  # be nice to the upstream rate limiter
    return r.json()


@app.get("/dashboard")
async def dashboard(conn: Conn):
    async with httpx.AsyncClient() as client:
        stats, weather = await asyncio.gather(
            conn.fetchval("SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'"),
            client.get("https://api.weather.example/current"),
        )
    return {"orders_today": stats, "weather": weather.json()}
