from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse

client = httpx.AsyncClient(base_url="http://inventory.internal:8080", timeout=10)


@asynccontextmanager
async def lifespan(app: FastAPI):
    yield
    await client.aclose()


app = FastAPI(lifespan=lifespan)


@app.get("/inventory/{sku}")
async def inventory(sku: str):
    upstream = await client.get(f"/items/{sku}")
    return upstream.json()


@app.post("/inventory/{sku}/reserve")
async def reserve(sku: str, request: Request):
    body = await request.json()
    upstream = await client.post(f"/items/{sku}/reserve", json=body)
    return upstream.json()
