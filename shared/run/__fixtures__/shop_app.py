"""The app the shop trace (shop.otlp.jsonl) could have come from: the import binds its routes by name."""
import asyncio
import time

from fastapi import FastAPI

app = FastAPI()


@app.get("/items/{item_id}")
async def read_item(item_id: int):
    await asyncio.sleep(0.012)
    return {"id": item_id}


@app.get("/report")
def report():
    time.sleep(0.2)
    return {"ok": True}
