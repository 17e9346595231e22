from fastapi import Depends, FastAPI

from . import crud
from .database import get_db

app = FastAPI()


@app.get("/items")
async def read_items(skip: int = 0, limit: int = 100, db=Depends(get_db)):
    # crud is another module: LoopLab cannot see what it does
    return crud.get_items(db, skip=skip, limit=limit)
