/**
 * A large, realistic FastAPI module for the analyser's benchmark: a header of imports and
 * clients, then repeating blocks of a model, a helper and a few routes (sync and async,
 * database sessions, HTTP clients, dependencies, a gather, a thread offload), until `lines`.
 */
const HEADER = `"""A large service: every kind of route LoopLab reads, many times over."""
import asyncio
import time
from typing import Annotated

import httpx
import requests
from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("postgresql://app@db/shop")
SessionLocal = sessionmaker(bind=engine)
client = httpx.AsyncClient(timeout=5)
app = FastAPI()
router = APIRouter(prefix="/v1")


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()

`;

function block(i: number): string {
  return `
class Item${i}(BaseModel):
    """An item of catalogue ${i}."""
    id: int
    name: str
    price: float = 0.0
    tags: list[str] = []


def load_item_${i}(db: Session, item_id: int) -> Item${i}:
    row = db.query(Item${i}).filter(Item${i}.id == item_id).first()
    if row is None:
        raise HTTPException(status_code=404, detail="item ${i} not found")
    return Item${i}(id=row.id, name=row.name, price=row.price)


def price_report_${i}(year: int) -> dict:
    # a vendor SDK without an async version
    time.sleep(0.05)
    return {"year": year, "catalogue": ${i}}


@router.get("/items${i}/{item_id}")
def read_item_${i}(item_id: int, db: Session = Depends(get_db)):
    return load_item_${i}(db, item_id)


@router.get("/items${i}/{item_id}/async")
async def read_item_async_${i}(item_id: int, db: Annotated[Session, Depends(get_db)]):
    item = load_item_${i}(db, item_id)
    rates = requests.get("https://rates.example.com/latest", timeout=3).json()
    return {"item": item, "rates": rates}


@router.get("/items${i}/{item_id}/page")
async def item_page_${i}(item_id: int):
    details, stock = await asyncio.gather(
        client.get(f"https://catalog.example.com/items/{item_id}"),
        client.get(f"https://stock.example.com/items/{item_id}"),
    )
    await asyncio.sleep(0.01)
    return {"details": details.json(), "stock": stock.json()}


@router.post("/reports${i}/{year}")
async def report_${i}(year: int):
    data = await run_in_threadpool(price_report_${i}, year)
    values = [x * x for x in range(200_000)]
    return {"data": data, "n": len(values)}

`;
}

export function benchPythonFile(lines: number): string {
  let text = HEADER;
  for (let i = 0; text.split('\n').length < lines; i++) text += block(i);
  text += '\napp.include_router(router, prefix="/api")\n';
  return text;
}
