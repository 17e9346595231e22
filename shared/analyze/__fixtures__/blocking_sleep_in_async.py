"""A report endpoint that waits for a slow upstream the wrong way."""
import time

from fastapi import FastAPI

app = FastAPI()


@app.get("/report")
async def report():
    time.sleep(0.2)  # waits 200 ms, holding the event loop the whole time
    return {"status": "ready"}
