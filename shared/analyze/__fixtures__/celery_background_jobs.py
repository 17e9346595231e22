"""Reports API: heavy work is sent to Celery workers; some routes still wait for the result."""
import asyncio
import time

from celery import Celery
from celery.result import AsyncResult
from fastapi import BackgroundTasks, FastAPI
from pydantic import BaseModel

celery_app = Celery("reports", broker="redis://redis:6379/0", backend="redis://redis:6379/1")
app = FastAPI()


class ReportRequest(BaseModel):
    account_id: int
    month: str


@celery_app.task(bind=True, max_retries=3)
def build_report(self, account_id: int, month: str) -> str:
    time.sleep(5)  # stands for the real aggregation
    return f"s3://reports/{account_id}/{month}.pdf"


@celery_app.task
def send_email(to: str, subject: str) -> None:
    time.sleep(0.5)


@app.post("/reports")
async def request_report(body: ReportRequest):
    task = build_report.delay(body.account_id, body.month)
    return {"task_id": task.id}


@app.get("/reports/{task_id}")
async def report_status(task_id: str):
    result = AsyncResult(task_id, app=celery_app)
    return {"state": result.state, "url": result.result if result.ready() else None}


@app.post("/reports/sync")
async def report_now(body: ReportRequest):
    # "Just wait for it": blocks until a worker has built the report.
    result = build_report.apply_async(args=(body.account_id, body.month), queue="priority")
    url = result.get(timeout=30)
    return {"url": url}


@app.post("/notify")
async def notify(to: str, background_tasks: BackgroundTasks):
    background_tasks.add_task(send_email.delay, to, "Your report is ready")
    return {"queued": True}


@app.get("/reports/{task_id}/wait")
async def wait_for_report(task_id: str):
    # Polls the result backend twice a second until a worker has built the report.
    result = celery_app.AsyncResult(task_id)
    while result.state not in ("SUCCESS", "FAILURE"):
        await asyncio.sleep(0.5)
    return {"url": result.get(timeout=2)}
