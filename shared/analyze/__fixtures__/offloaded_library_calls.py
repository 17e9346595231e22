"""Library calls handed to a pool with their arguments: the pool runs what they state."""
import asyncio
import hashlib
import time

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool

app = FastAPI()


@app.post("/login")
async def login(password: str, salt: bytes):
    # 100,000 iterations, as stated, on the default executor.
    digest = await asyncio.to_thread(hashlib.pbkdf2_hmac, "sha256", password.encode(), salt, 100_000)
    return {"digest": digest.hex()}


@app.get("/backoff")
async def backoff():
    await run_in_threadpool(time.sleep, 0.25)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, 0.5)
    return {"waited": 0.75}
