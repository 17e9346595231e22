"""Webhooks and third-party integrations. Written quickly; a few async routes block."""
import hashlib
import json
import os
import time
from pathlib import Path

import httpx
import requests
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

app = FastAPI()

GITHUB_API = "https://api.github.com"
TEMPLATES = Path(__file__).parent / "templates"
SALT = os.environ.get("SALT", "dev").encode()
RETRY_DELAY = 0.5


@app.get("/repos/{owner}/{repo}")
async def repo_info(owner: str, repo: str):
    r = requests.get(f"{GITHUB_API}/repos/{owner}/{repo}", timeout=5)
    if r.status_code == 404:
        raise HTTPException(404, "no such repo")
    return r.json()


@app.post("/webhooks/stripe")
async def stripe_webhook(request: Request):
    raw = await request.body()
    event = json.loads(raw)
    for attempt in range(3):
        resp = requests.post("https://billing.internal/events", json=event, timeout=2)
        if resp.ok:
            break
        time.sleep(RETRY_DELAY)
    return {"received": True}


@app.get("/templates/{name}")
async def template(name: str):
    with open(TEMPLATES / f"{name}.html") as fh:
        body = fh.read()
    return {"name": name, "html": body}


@app.get("/config")
async def config():
    return json.loads(open("config.json").read())


@app.post("/api-keys")
async def derive_key(request: Request):
    data = await request.json()
    key = hashlib.pbkdf2_hmac("sha256", data["secret"].encode(), SALT, 310_000)
    return {"key": key.hex()}


@app.get("/weather/{city}")
def weather(city: str):
    with httpx.Client(base_url="https://api.weather.example", timeout=3.0) as client:
        current = client.get("/current", params={"q": city})
        forecast = client.get("/forecast", params={"q": city, "days": 3})
    return {"current": current.json(), "forecast": forecast.json()}


@app.get("/slow-report")
async def slow_report():
    time.sleep(2)
    return JSONResponse({"status": "done"})


@app.get("/ping-upstream")
async def ping_upstream():
    started = time.perf_counter()
    requests.head("https://upstream.example.com", timeout=1)
    return {"ms": (time.perf_counter() - started) * 1000}
