"""A real FastAPI app built from a LoopLab scenario.

Route `routes[i]` is served at `/r{i}` as `async def` or `def` per its `kind`, its steps made
real code by `steps`. Server settings: `threadpoolTokens` → AnyIO's default limiter,
`executorThreads` → the loop's default executor, `processPoolWorkers` → a ProcessPoolExecutor
(its processes started before the first request when `warmPools` is true; otherwise, with
Linux's fork start method, the first submit() forks them all on the loop's thread, as on a
server that has just started), `switchIntervalMs` → sys.setswitchinterval. `workers` is uvicorn's `--workers` (see `server`).

Every response carries X-Pid (the worker process), X-Start and X-End (time.monotonic() when
the endpoint body began and ended: CLOCK_MONOTONIC is shared by all processes, so the client
places them on its own timeline).

For uvicorn's import string `looplab_measure.app:app`, the scenario comes from the file named
by LOOPLAB_SCENARIO and the busy loop's speed from LOOPLAB_CPU_ITERS_PER_MS (calibrated here
when absent and the scenario has `cpu` steps).
"""

import asyncio
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import anyio.to_thread
from fastapi import FastAPI
from starlette.responses import Response

from .steps import calibrate, run_async_steps, run_sync_steps, uses_cpu, uses_process_pool


def _warm(_):
    time.sleep(0.05)
    return os.getpid()


def _response(t0):
    t1 = time.monotonic()
    return Response(
        content=b"ok",
        media_type="text/plain",
        headers={"X-Pid": str(os.getpid()), "X-Start": repr(t0), "X-End": repr(t1)},
    )


def _endpoint(route, iters_per_ms, state):
    steps = route["steps"]
    if route["kind"] == "async":

        async def endpoint():
            t0 = time.monotonic()
            await run_async_steps(steps, iters_per_ms, state["process_pool"])
            return _response(t0)

    elif route["kind"] == "sync":

        def endpoint():  # FastAPI runs a def endpoint through run_in_threadpool
            t0 = time.monotonic()
            run_sync_steps(steps, iters_per_ms)
            return _response(t0)

    else:
        raise ValueError(f"unknown route kind: {route['kind']}")
    return endpoint


def build_app(scenario, iters_per_ms=None):
    server = scenario.get("server", {})
    if server.get("gil", True) is not True:
        raise SystemExit("gil false (free-threaded CPython) cannot be measured here")
    routes = scenario["routes"]
    all_steps = [s for r in routes for s in r["steps"]]
    if iters_per_ms is None and uses_cpu(all_steps):
        iters_per_ms = calibrate()
    tokens = server.get("threadpoolTokens", 40)
    executor_threads = server.get("executorThreads")
    process_workers = server.get("processPoolWorkers", server.get("cores", os.cpu_count() or 1))
    switch_ms = server.get("switchIntervalMs", 5)
    warm = server.get("warmPools", False) is True
    state = {"process_pool": None}

    app = FastAPI()

    @app.on_event("startup")
    async def startup():
        sys.setswitchinterval(switch_ms / 1000)
        anyio.to_thread.current_default_thread_limiter().total_tokens = tokens
        if executor_threads is not None:
            asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=executor_threads))
        if uses_process_pool(all_steps):
            pool = ProcessPoolExecutor(max_workers=process_workers)
            if warm:  # start every process now, so that process start-up is not measured
                list(pool.map(_warm, range(process_workers * 2)))
            state["process_pool"] = pool

    @app.on_event("shutdown")
    async def shutdown():
        if state["process_pool"] is not None:
            state["process_pool"].shutdown(wait=False, cancel_futures=True)

    @app.get("/ping")
    async def ping():
        return _response(time.monotonic())

    for i, route in enumerate(routes):
        app.add_api_route(f"/r{i}", _endpoint(route, iters_per_ms or 0, state), methods=["GET"], name=route["name"])
    return app


def _from_environment():
    with open(os.environ["LOOPLAB_SCENARIO"]) as f:
        scenario = json.load(f)
    ipm = float(os.environ.get("LOOPLAB_CPU_ITERS_PER_MS") or 0) or None
    return scenario, build_app(scenario, ipm)


if os.environ.get("LOOPLAB_SCENARIO"):
    SCENARIO, app = _from_environment()
