"""A real FastAPI app built from a LoopLab scenario JSON (docs/scenario-format.md).

Run with Debian's python (not pyenv):

    LOOPLAB_SCENARIO=fidelity/scenarios/a.json LOOPLAB_CPU_ITERS_PER_MS=40000 \
      /usr/bin/python3 -m uvicorn server:app --app-dir fidelity \
      --loop asyncio --http h11 --log-level warning --workers 1

Each route `routes[i]` is served at `/r{i}` as `async def` or `def` per its `kind`; its
steps become real code:

  cpu          a pure-Python busy loop, calibrated to iterations per millisecond
  blocking_io  time.sleep
  await_io     await asyncio.sleep
  to_thread    pool "anyio": await run_in_threadpool(fn); pool "executor":
               await loop.run_in_executor(None, fn)
  to_process   await loop.run_in_executor(process_pool, fn)
  gather       await asyncio.gather(*branches)

Every response carries X-Pid (the worker process), X-Start and X-End (time.monotonic()
when the endpoint body began and ended; CLOCK_MONOTONIC is shared by all processes, so
the client can place them on its own timeline).
"""

import asyncio
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import anyio.to_thread
from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response


def burn(iterations):
    """Pure-Python CPU work: holds the GIL, checks the eval breaker on each jump back."""
    x = 0
    for i in range(iterations):
        x += i
    return x


def calibrate(trials=7, target_ms=60.0):
    """Iterations of burn() per millisecond on this machine, single-threaded.

    Best of several trials, so that noise from other processes does not lower it.
    """
    n = 100_000
    while True:  # grow n until one run takes ~target_ms
        t = time.perf_counter()
        burn(n)
        dt = (time.perf_counter() - t) * 1000
        if dt > target_ms / 4:
            break
        n *= 2
    n = int(n * target_ms / dt)
    best = float("inf")
    for _ in range(trials):
        t = time.perf_counter()
        burn(n)
        best = min(best, (time.perf_counter() - t) * 1000)
    return n / best


ITERS_PER_MS = float(os.environ.get("LOOPLAB_CPU_ITERS_PER_MS") or 0) or None
if ITERS_PER_MS is None and os.environ.get("LOOPLAB_SCENARIO"):
    ITERS_PER_MS = calibrate()


def run_sync_steps(steps, iters_per_ms=None):
    """Sync steps (cpu, blocking_io) on the current thread / process."""
    ipm = iters_per_ms or ITERS_PER_MS
    for step in steps:
        if "cpu" in step:
            burn(int(step["cpu"] * ipm))
        elif "blocking_io" in step:
            time.sleep(step["blocking_io"] / 1000)
        else:
            raise ValueError(f"not a sync step: {step}")


def _warm(_):
    time.sleep(0.05)
    return os.getpid()


STATE = {"process_pool": None}


async def run_async_steps(steps):
    loop = asyncio.get_running_loop()
    for step in steps:
        if "cpu" in step or "blocking_io" in step:
            run_sync_steps([step])  # on the loop: blocks it
        elif "await_io" in step:
            await asyncio.sleep(step["await_io"] / 1000)
        elif "to_thread" in step:
            body = step["to_thread"]
            if step.get("pool", "anyio") == "anyio":
                await run_in_threadpool(run_sync_steps, body)
            else:
                await loop.run_in_executor(None, run_sync_steps, body)
        elif "to_process" in step:
            await loop.run_in_executor(
                STATE["process_pool"], run_sync_steps, step["to_process"], ITERS_PER_MS
            )
        elif "gather" in step:
            await asyncio.gather(*(run_async_steps(branch) for branch in step["gather"]))
        else:
            raise ValueError(f"unknown step: {step}")


def _response(t0):
    t1 = time.monotonic()
    return Response(
        content=b"ok",
        media_type="text/plain",
        headers={"X-Pid": str(os.getpid()), "X-Start": repr(t0), "X-End": repr(t1)},
    )


def make_endpoint(route):
    steps = route["steps"]
    if route["kind"] == "async":

        async def endpoint():
            t0 = time.monotonic()
            await run_async_steps(steps)
            return _response(t0)

    elif route["kind"] == "sync":

        def endpoint():
            t0 = time.monotonic()
            run_sync_steps(steps)
            return _response(t0)

    else:
        raise ValueError(f"unknown kind: {route['kind']}")
    return endpoint


def build_app(scenario):
    server = scenario.get("server", {})
    if server.get("gil", True) is not True:
        raise SystemExit("gil false (free-threaded CPython) cannot be measured here")
    cores = os.cpu_count() or 1
    tokens = server.get("threadpoolTokens", 40)
    executor_threads = server.get("executorThreads")
    process_workers = server.get("processPoolWorkers", server.get("cores", cores))
    switch_ms = server.get("switchIntervalMs", 5)

    app = FastAPI()

    @app.on_event("startup")
    async def startup():
        sys.setswitchinterval(switch_ms / 1000)
        anyio.to_thread.current_default_thread_limiter().total_tokens = tokens
        loop = asyncio.get_running_loop()
        if executor_threads is not None:
            loop.set_default_executor(ThreadPoolExecutor(max_workers=executor_threads))
        uses_process = "to_process" in json.dumps(scenario["routes"])
        if uses_process:
            pool = ProcessPoolExecutor(max_workers=process_workers)
            # start every process now, so that process start-up is not measured
            pids = set(pool.map(_warm, range(process_workers * 2)))
            STATE["process_pool"] = pool
            print(f"[{os.getpid()}] process pool warm: {sorted(pids)}", file=sys.stderr)

    @app.on_event("shutdown")
    async def shutdown():
        if STATE["process_pool"] is not None:
            STATE["process_pool"].shutdown(wait=False, cancel_futures=True)

    @app.get("/ping")
    async def ping():
        return _response(time.monotonic())

    for i, route in enumerate(scenario["routes"]):
        app.add_api_route(f"/r{i}", make_endpoint(route), methods=["GET"], name=route["name"])
    return app


if os.environ.get("LOOPLAB_SCENARIO"):
    with open(os.environ["LOOPLAB_SCENARIO"]) as f:
        SCENARIO = json.load(f)
    app = build_app(SCENARIO)
