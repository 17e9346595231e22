"""A Python 3.12 codebase: PEP 695 generics and type aliases, match, walrus, PEP 701 f-strings."""
import asyncio
import time
from dataclasses import dataclass
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException

type JSON = dict[str, "JSON"] | list["JSON"] | str | int | float | bool | None
type Pair[T] = tuple[T, T]

app = FastAPI()


@dataclass
class Page[T]:
    items: list[T]
    total: int


def first[T](xs: list[T]) -> T | None:
    return xs[0] if xs else None


class Repo[T]:
    def __init__(self) -> None:
        self._items: dict[int, T] = {}

    def get(self, key: int) -> T | None:
        return self._items.get(key)


def get_repo() -> Repo[str]:
    return Repo[str]()


type RepoDep = Annotated[Repo[str], Depends(get_repo)]


@app.get("/shapes/{kind}")
async def shape(kind: str, size: float = 1.0):
    match kind.split(":"):
        case ["circle"]:
            area = 3.14159 * size ** 2
        case ["square" | "rect"]:
            area = size * size
        case ["poly", sides] if sides.isdigit():
            time.sleep(0.01)  # legacy polygon solver is slow
            area = float(sides) * size
        case _:
            raise HTTPException(400, f"unknown shape {kind!r}")
    return {"area": area, "label": f"{kind}: {f"{area:.2f}"}"}


@app.get("/lookup/{key}")
async def lookup(key: int, repo: RepoDep):
    if (value := repo.get(key)) is not None:
        return {"value": value}
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://kv.example.com/{key}")
    return {"value": r.text}


@app.get("/retry")
async def retry():
    delays = [0.1, 0.2, 0.4]
    for d in delays:
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(d)
        except* TimeoutError:
            pass
    return {"ok": True}


@app.get("/page")
def page() -> Page[int]:
    return Page(items=[1, 2, 3], total=3)
