import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.api_route("/items", methods=["GET", "POST"])
async def items():
    await asyncio.sleep(0.01)
    return []


def legacy_ping():
    return "pong"


app.add_api_route("/ping", legacy_ping, methods=["GET"])
