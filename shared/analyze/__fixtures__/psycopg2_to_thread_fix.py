import asyncio

from fastapi import FastAPI
from psycopg2.pool import ThreadedConnectionPool

app = FastAPI()
db = ThreadedConnectionPool(1, 10, dsn="postgresql://app@db/shop")


def fetch_order(order_id: int):
    conn = db.getconn()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT * FROM orders WHERE id = %s", (order_id,))
            return cur.fetchone()
    finally:
        db.putconn(conn)


@app.get("/orders/{order_id}")
async def get_order(order_id: int):
    row = await asyncio.to_thread(fetch_order, order_id)  # the loop stays free
    return {"order": row}
