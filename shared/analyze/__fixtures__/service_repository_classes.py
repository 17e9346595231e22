"""Orders API in the service/repository style: routes call methods of classes."""
import asyncio
import time
from time import sleep
from typing import Annotated

import httpx
import requests
from fastapi import Depends, FastAPI, Request
from sqlalchemy.orm import Session

from .db import SessionLocal
from .repositories import BaseRepository
from .tasks import send_invoice

app = FastAPI()
http = requests.Session()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


class OrderRepository:
    def __init__(self, db: Session):
        self.db = db

    def get(self, order_id: int):
        return self.db.execute("SELECT * FROM orders WHERE id = :id", {"id": order_id}).first()

    def list_for(self, customer_id: int):
        return self.db.execute("SELECT * FROM orders WHERE customer_id = :c", {"c": customer_id}).all()


class PaymentGateway:
    base = "https://pay.example.com"

    def charge(self, order_id: int, cents: int) -> dict:
        r = requests.post(f"{self.base}/charges", json={"order": order_id, "amount": cents}, timeout=10)
        r.raise_for_status()
        return r.json()


gateway = PaymentGateway()


class CustomerRepository(BaseRepository):
    def loyalty_points(self, customer_id: int) -> int:
        orders = self.list_recent(customer_id)
        return sum(o.total for o in orders) // 10


class ReportService:
    def __init__(self, repo: OrderRepository):
        self.repo = repo

    def summary(self, customer_id: int) -> dict:
        rows = self.repo.list_for(customer_id)
        return {"orders": len(rows), "ref": self._audit(customer_id)}

    def _audit(self, customer_id: int) -> str:
        time.sleep(0.05)
        return f"audit-{customer_id}"


def get_repo(db: Annotated[Session, Depends(get_db)]) -> OrderRepository:
    return OrderRepository(db)


@app.middleware("http")
async def add_timing(request: Request, call_next):
    started = time.perf_counter()
    response = await call_next(request)
    response.headers["X-Elapsed"] = f"{time.perf_counter() - started:.4f}"
    return response


@app.get("/orders/{order_id}")
async def get_order(order_id: int, repo: Annotated[OrderRepository, Depends(get_repo)]):
    return repo.get(order_id)


@app.get("/customers/{customer_id}/loyalty")
async def loyalty(customer_id: int, db: Annotated[Session, Depends(get_db)]):
    return {"points": CustomerRepository(db).loyalty_points(customer_id)}


@app.get("/customers/{customer_id}/summary")
def customer_summary(customer_id: int, repo: Annotated[OrderRepository, Depends(get_repo)]):
    return ReportService(repo).summary(customer_id)


@app.post("/orders/{order_id}/pay")
async def pay(order_id: int, cents: int):
    receipt = gateway.charge(order_id, cents)
    send_invoice.delay(order_id)
    return receipt


@app.get("/fx")
async def fx():
    r = http.get("https://fx.example.com/latest", timeout=3)
    return r.json()


@app.get("/nap")
async def nap():
    sleep(0.25)
    return {}


@app.get("/with-timeout")
async def with_timeout():
    async with httpx.AsyncClient() as client:
        r = await asyncio.wait_for(client.get("https://slow.example.com"), timeout=2)
    return r.json()


@app.get("/stream-proxy")
async def stream_proxy():
    total = 0
    async with httpx.AsyncClient() as client:
        async with client.stream("GET", "https://files.example.com/big.bin") as r:
            async for chunk in r.aiter_bytes():
                total += len(chunk)
    return {"bytes": total}


@app.get("/module-httpx")
async def module_httpx():
    return httpx.get("https://example.com/x").json()


@app.post("/fire-and-forget")
async def fire_and_forget():
    asyncio.create_task(asyncio.sleep(5))
    return {"queued": True}
