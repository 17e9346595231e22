"""Exports, live feeds and chat: StreamingResponse, BackgroundTasks, websockets, api_route."""
import asyncio
import csv
import io
import json
import time
from datetime import datetime, timezone

import httpx
import smtplib
from email.message import EmailMessage
from fastapi import BackgroundTasks, FastAPI, WebSocket, WebSocketDisconnect
from fastapi.responses import StreamingResponse

app = FastAPI()


def send_receipt(to: str, order_id: int) -> None:
    msg = EmailMessage()
    msg["To"] = to
    msg["Subject"] = f"Receipt for order {order_id}"
    with smtplib.SMTP("smtp.internal", 25) as s:
        s.send_message(msg)


def csv_rows(n: int):
    buf = io.StringIO()
    writer = csv.writer(buf)
    for i in range(n):
        writer.writerow([i, f"item-{i}", i * 1.5])
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate(0)


async def ticker():
    while True:
        yield f"data: {json.dumps({'ts': datetime.now(timezone.utc).isoformat()})}\n\n"
        await asyncio.sleep(1)


def slow_lines():
    for i in range(10):
        time.sleep(0.1)
        yield f"line {i}\n"


def file_chunks(path: str, size: int = 64 * 1024):
    with open(path, "rb") as fh:
        while chunk := fh.read(size):
            yield chunk


async def fetch_pages(client: httpx.AsyncClient, url: str | None):
    while url:
        r = await client.get(url)
        yield r.json()["items"]
        url = r.headers.get("x-next-page")


@app.post("/orders/{order_id}/receipt")
async def receipt(order_id: int, email: str, background: BackgroundTasks):
    background.add_task(send_receipt, email, order_id)
    return {"queued": True}


@app.get("/export.csv")
def export_csv(n: int = 1000):
    return StreamingResponse(csv_rows(n), media_type="text/csv")


@app.get("/events")
async def events():
    return StreamingResponse(ticker(), media_type="text/event-stream")


@app.get("/slow-stream")
async def slow_stream():
    return StreamingResponse(slow_lines(), media_type="text/plain")


@app.get("/download/{name}")
def download(name: str):
    return StreamingResponse(file_chunks(f"/srv/exports/{name}"), media_type="application/octet-stream")


@app.get("/all-items")
async def all_items():
    items = []
    async with httpx.AsyncClient() as client:
        async for page in fetch_pages(client, "https://api.example.com/items"):
            items.extend(page)
    return {"count": len(items)}


@app.api_route("/items/{item_id}", methods=["GET", "HEAD"])
async def item(item_id: int):
    await asyncio.sleep(0.01)
    return {"id": item_id}


@app.api_route("/legacy/submit", methods=["POST", "PUT"])
def legacy_submit(payload: dict):
    time.sleep(0.2)
    return {"ok": True}


class ConnectionManager:
    def __init__(self) -> None:
        self.active: list[WebSocket] = []

    async def connect(self, ws: WebSocket) -> None:
        await ws.accept()
        self.active.append(ws)

    def disconnect(self, ws: WebSocket) -> None:
        self.active.remove(ws)

    async def broadcast(self, message: str) -> None:
        for ws in self.active:
            await ws.send_text(message)


manager = ConnectionManager()


@app.websocket("/ws/chat/{room}")
async def chat(ws: WebSocket, room: str):
    await manager.connect(ws)
    try:
        while True:
            text = await ws.receive_text()
            await manager.broadcast(f"[{room}] {text}")
    except WebSocketDisconnect:
        manager.disconnect(ws)
