from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI, Request


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.pool = await asyncpg.create_pool("postgresql://app@db/shop", min_size=2, max_size=10)
    yield
    await app.state.pool.close()


app = FastAPI(lifespan=lifespan)


@app.get("/customers/{customer_id}")
async def customer(customer_id: int, request: Request):
    async with request.app.state.pool.acquire() as conn:
        row = await conn.fetchrow("SELECT * FROM customers WHERE id = $1", customer_id)
        orders = await conn.fetch("SELECT * FROM orders WHERE customer_id = $1", customer_id)
    return {"customer": dict(row), "orders": [dict(o) for o in orders]}
