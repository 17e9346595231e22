/**
 * The Python shown beside each pitfall's charts. Realistic enough to paste into a FastAPI app;
 * the comments point at the line the chart is about.
 */

// The app and its sync database helper, the same in the wrong and the fixed code: only the route changes.
const ordersDb = `app = FastAPI()
db = ThreadedConnectionPool(1, 10, dsn="postgresql://app@db/shop")

def fetch_order(order_id: int):
    conn = db.getconn()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT * FROM orders WHERE id = %s", (order_id,))
            return cur.fetchone()
    finally:
        db.putconn(conn)
`;

export const blockingDbWrong = `from fastapi import FastAPI
from psycopg2.pool import ThreadedConnectionPool

${ordersDb}
@app.get("/orders/{order_id}")
async def get_order(order_id: int):
    row = fetch_order(order_id)  # blocks the event loop for the whole query
    return {"order": row}
`;

export const blockingDbFixed = `import asyncio
from fastapi import FastAPI
from psycopg2.pool import ThreadedConnectionPool

${ordersDb}
@app.get("/orders/{order_id}")
async def get_order(order_id: int):
    row = await asyncio.to_thread(fetch_order, order_id)  # waits on a thread; the loop stays free
    return {"order": row}

# Or no thread at all, with an async driver:
#     row = await pool.fetchrow("SELECT * FROM orders WHERE id = $1", order_id)  # asyncpg
`;

export const requestsWrong = `import requests
from fastapi import FastAPI

app = FastAPI()

@app.get("/quotes/{symbol}")
def get_quote(symbol: str):
    # Runs on one of AnyIO's 40 pool threads and holds it for the whole call.
    r = requests.get(f"https://api.example.com/quotes/{symbol}", timeout=5)
    return r.json()
`;

export const requestsFixed = `from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

client = httpx.AsyncClient(timeout=5)  # one client, reused: it pools connections

@asynccontextmanager
async def lifespan(app: FastAPI):
    yield
    await client.aclose()

app = FastAPI(lifespan=lifespan)

@app.get("/quotes/{symbol}")
async def get_quote(symbol: str):
    # Parked at the await: no thread held, the loop serves other requests.
    r = await client.get(f"https://api.example.com/quotes/{symbol}")
    return r.json()
`;

export const cpuWrong = `from fastapi import Body, FastAPI, Response

app = FastAPI()

def render_heatmap(data: bytes) -> bytes:
    ...  # about 200 ms of pure-Python number crunching

@app.post("/heatmap")
async def heatmap(data: bytes = Body(...)):
    png = render_heatmap(data)  # computes on the loop: one request at a time, one core
    return Response(png, media_type="image/png")
`;

export const cpuFixed = `import asyncio
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager

from fastapi import Body, FastAPI, Response

def render_heatmap(data: bytes) -> bytes:
    ...  # module level, so the process pool can pickle it

@asynccontextmanager
async def lifespan(app: FastAPI):
    with ProcessPoolExecutor() as pool:  # one process per core by default
        app.state.pool = pool
        yield

app = FastAPI(lifespan=lifespan)

@app.post("/heatmap")
async def heatmap(data: bytes = Body(...)):
    loop = asyncio.get_running_loop()
    png = await loop.run_in_executor(app.state.pool, render_heatmap, data)  # another process, another core
    return Response(png, media_type="image/png")
`;
