"""Gateway service: app-wide dependencies, a rate limiter and request logging as middleware."""
import time
import uuid
from typing import Annotated

import redis.asyncio as aioredis
import requests
from fastapi import Depends, FastAPI, Header, HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

cache = aioredis.from_url("redis://cache:6379/0")
LOG_ENDPOINT = "https://logs.internal/ingest"


def verify_api_key(x_api_key: Annotated[str, Header()]):
    if not x_api_key.startswith("sk_"):
        raise HTTPException(401)


app = FastAPI(title="gateway", dependencies=[Depends(verify_api_key)])


class RateLimit(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        key = f"rl:{request.client.host}"
        hits = await cache.incr(key)
        if hits == 1:
            await cache.expire(key, 60)
        if hits > 100:
            return JSONResponse({"detail": "slow down"}, status_code=429)
        return await call_next(request)


app.add_middleware(RateLimit)


@app.middleware("http")
async def request_id(request: Request, call_next):
    rid = request.headers.get("x-request-id") or str(uuid.uuid4())
    response = await call_next(request)
    response.headers["x-request-id"] = rid
    return response


@app.middleware("http")
async def ship_logs(request: Request, call_next):
    started = time.perf_counter()
    response = await call_next(request)
    # Synchronous on purpose "so no log line is lost" — on the event loop, for every request.
    requests.post(LOG_ENDPOINT, json={"path": request.url.path, "ms": (time.perf_counter() - started) * 1000}, timeout=1)
    return response


@app.get("/v1/price/{sku}")
async def price(sku: str):
    cached = await cache.get(f"price:{sku}")
    return {"sku": sku, "price": cached}


@app.get("/v1/legacy/{sku}")
def legacy_price(sku: str):
    time.sleep(0.05)
    return {"sku": sku}
