import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/notes")
async def notes():
    conn = sqlite3.connect("notes.db")
    rows = conn.execute("SELECT id, body FROM notes ORDER BY id DESC LIMIT 50").fetchall()
    conn.close()
    return [{"id": r[0], "body": r[1]} for r in rows]
