import asyncio
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager

from fastapi import Body, FastAPI, Response


def render_heatmap(data: bytes) -> bytes:
    total = 0
    for i in range(2_000_000):
        total += data[i % len(data)]
    return total.to_bytes(8, "big")


@asynccontextmanager
async def lifespan(app: FastAPI):
    with ProcessPoolExecutor() as pool:
        app.state.pool = pool
        yield


app = FastAPI(lifespan=lifespan)


@app.post("/heatmap")
async def heatmap(data: bytes = Body(...)):
    loop = asyncio.get_running_loop()
    png = await loop.run_in_executor(app.state.pool, render_heatmap, data)
    return Response(png, media_type="image/png")
