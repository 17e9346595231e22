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
    row = fetch_order(order_id)  # blocks the event loop for the whole query
    return {"order": row}
