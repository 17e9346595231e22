import time

from fastapi import FastAPI


def create_app() -> FastAPI:
    app = FastAPI(title="factory")

    @app.get("/status")
    async def status():
        time.sleep(0.01)
        return {"ok": True}

    return app
