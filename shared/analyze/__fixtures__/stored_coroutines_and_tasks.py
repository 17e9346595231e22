"""A route that starts work first and waits for it later: coroutines and tasks kept in a name."""
import asyncio

import httpx
from fastapi import FastAPI

app = FastAPI()
client = httpx.AsyncClient()


async def fetch_profile(user_id: int) -> dict:
    response = await client.get(f"https://profiles.internal/users/{user_id}")
    return response.json()


async def fetch_orders(user_id: int) -> list:
    await asyncio.sleep(0.05)
    return []


@app.get("/users/{user_id}/summary")
async def summary(user_id: int):
    # Started now, awaited below: the orders call runs beside the profile fetch.
    orders_task = asyncio.create_task(fetch_orders(user_id))
    profile = await fetch_profile(user_id)
    orders = await orders_task
    return {"profile": profile, "orders": orders}


@app.get("/users/{user_id}/profile")
async def profile(user_id: int):
    pending = fetch_profile(user_id)
    audit = {"user": user_id}
    data = await pending
    return {**data, **audit}


@app.get("/status")
async def status():
    health = client.get("https://status.internal/health")
    started = {"checking": True}
    response = await health
    return {**started, "ok": response.status_code == 200}


@app.get("/users/{user_id}/both")
async def both(user_id: int):
    a = asyncio.create_task(fetch_profile(user_id))
    b = asyncio.create_task(fetch_orders(user_id))
    profile, orders = await asyncio.gather(a, b)
    return {"profile": profile, "orders": orders}


@app.post("/users/{user_id}/refresh")
async def refresh(user_id: int):
    # Never awaited: it runs after the response, so it is not in the chart.
    task = asyncio.create_task(fetch_profile(user_id))
    return {"refreshing": True, "task": task.get_name()}


@app.get("/users/{user_id}/now")
async def now(user_id: int):
    return await asyncio.create_task(fetch_orders(user_id))
