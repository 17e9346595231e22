import asyncio

import httpx
from fastapi import FastAPI

app = FastAPI()
client = httpx.AsyncClient(timeout=5)


async def fetch_reviews(product_id: int):
    r = await client.get(f"https://reviews.example.com/products/{product_id}")
    return r.json()


@app.get("/products/{product_id}/page")
async def product_page(product_id: int):
    details, stock, reviews = await asyncio.gather(
        client.get(f"https://catalog.example.com/products/{product_id}"),
        client.get(f"https://stock.example.com/products/{product_id}"),
        fetch_reviews(product_id),
    )
    return {"details": details.json(), "stock": stock.json(), "reviews": reviews}
