import time

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool

app = FastAPI()


def legacy_report(year: int) -> dict:
    time.sleep(0.3)  # a vendor SDK with no async version
    return {"year": year}


@app.get("/reports/{year}")
async def report(year: int):
    return await run_in_threadpool(legacy_report, year)
