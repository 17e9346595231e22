"""Pure ASGI middleware: an audit trail written to SQLite and a GeoIP lookup over HTTP."""
import sqlite3
import time

import redis
import requests
from fastapi import FastAPI
from starlette.middleware import Middleware

AUDIT_DB = "/var/lib/shop/audit.db"
tenants = redis.Redis(host="cache")


class AuditMiddleware:
    """Records every HTTP request; written as pure ASGI to avoid BaseHTTPMiddleware's overhead."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        await self.app(scope, receive, send)
        with sqlite3.connect(AUDIT_DB) as db:
            db.execute(
                "INSERT INTO audit (path, seconds) VALUES (?, ?)",
                (scope["path"], time.perf_counter() - started),
            )


class GeoMiddleware:
    def __init__(self, app, service: str):
        self.app = app
        self.service = service

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            client_ip = scope["client"][0]
            country = requests.get(f"{self.service}/{client_ip}", timeout=1).text
            scope.setdefault("state", {})["country"] = country
        await self.app(scope, receive, send)


class TenantMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        host = dict(scope["headers"]).get(b"host", b"").decode()
        scope["tenant"] = tenants.get(f"tenant:{host}")
        await self.app(scope, receive, send)


app = FastAPI(middleware=[Middleware(TenantMiddleware)])
app.add_middleware(AuditMiddleware)


@app.get("/products")
async def products():
    return [{"id": 1, "name": "kettle"}]


@app.get("/health")
def health():
    return {"ok": True}


app = GeoMiddleware(app, service="https://geo.internal")
