import asyncio

import httpx
import requests
from fastapi import FastAPI

app = FastAPI()
client = httpx.AsyncClient()


@app.get("/retry")
async def retry():
    for attempt in range(3):
        response = await client.get("https://flaky.example.com/")
    return {"attempts": 3}


@app.get("/crawl")
async def crawl(urls: list[str]):
    pages = []
    for url in urls:
        pages.append((await client.get(url)).text)
    return pages


@app.get("/legacy")
async def legacy():
    loop = asyncio.get_running_loop()
    text = await loop.run_in_executor(None, lambda: requests.get("https://legacy.example.com").text)
    return {"text": text}
