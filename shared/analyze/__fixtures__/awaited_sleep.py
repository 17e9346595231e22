import asyncio

from fastapi import FastAPI

app = FastAPI()
POLL_SECONDS = 0.05


@app.get("/jobs/{job_id}")
async def job_status(job_id: str):
    # Polls twice, parked at each await: other requests run meanwhile.
    for _ in range(2):
        await asyncio.sleep(POLL_SECONDS)
    return {"job": job_id, "done": True}


@app.get("/health")
async def health():
    return {"ok": True}
