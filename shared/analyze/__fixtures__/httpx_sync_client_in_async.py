import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/rates")
async def rates(base: str = "EUR"):
    with httpx.Client(timeout=5) as client:
        latest = client.get("https://rates.example.com/latest", params={"base": base})
        history = client.get("https://rates.example.com/history", params={"base": base})
    return {"latest": latest.json(), "history": history.json()}
