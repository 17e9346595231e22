"""A small notes service on aiosqlite: a connection per request from a dependency."""
import aiosqlite
from fastapi import Depends, FastAPI

DB_PATH = "notes.db"

app = FastAPI()


async def get_db():
    async with aiosqlite.connect(DB_PATH) as db:
        db.row_factory = aiosqlite.Row
        yield db


@app.get("/notes")
async def list_notes(db: aiosqlite.Connection = Depends(get_db)):
    cursor = await db.execute("SELECT id, body FROM notes ORDER BY id DESC LIMIT 50")
    rows = await cursor.fetchall()
    return [dict(r) for r in rows]


@app.post("/notes")
async def add_note(body: str, db: aiosqlite.Connection = Depends(get_db)):
    await db.execute("INSERT INTO notes (body) VALUES (?)", (body,))
    await db.commit()
    return {"ok": True}
