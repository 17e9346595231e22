"""Settings and templates read from files next to the app, inside async routes."""
import json
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

BASE_DIR = Path(__file__).resolve().parent
app = FastAPI()


@app.get("/settings")
async def settings():
    # json.load reads the whole file: a blocking read on the event loop, like f.read().
    with open(BASE_DIR / "settings.json") as f:
        data = json.load(f)
    return data


@app.get("/", response_class=HTMLResponse)
async def home():
    # Path arithmetic is pure; read_text() is the blocking read.
    return (BASE_DIR / "templates" / "home.html").read_text(encoding="utf-8")


@app.post("/settings")
def save_settings(values: dict):
    with open(BASE_DIR / "settings.json", "w") as f:
        json.dump(values, f, indent=2)
    return {"saved": True}
