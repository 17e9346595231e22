"""A scenario's steps as real code, the way docs/model.md describes them:

  cpu          a pure-Python busy loop, calibrated in iterations per millisecond
  blocking_io  time.sleep (releases the GIL, blocks its thread)
  await_io     await asyncio.sleep
  to_thread    pool "anyio": await run_in_threadpool(fn) (AnyIO's default limiter);
               pool "executor": await loop.run_in_executor(None, fn)
  to_process   await loop.run_in_executor(process_pool, fn)
  gather       await asyncio.gather(*branches)
"""

import asyncio
import time


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
    while True:  # grow n until one run takes ~target_ms / 4
        t = time.perf_counter()
        burn(n)
        dt = (time.perf_counter() - t) * 1000
        if dt > target_ms / 4:
            break
        n *= 2
    n = int(n * target_ms / dt)
    return n / fastest_burn_ms(n, trials)


def fastest_burn_ms(iterations, trials):
    """The shortest of `trials` timed runs of burn(iterations), in ms: other processes only
    ever slow a run down, so the fastest is the least disturbed."""
    best = float("inf")
    for _ in range(trials):
        t = time.perf_counter()
        burn(iterations)
        best = min(best, (time.perf_counter() - t) * 1000)
    return best


def uses_cpu(steps):
    """Whether any step, at any depth, is a `cpu` burst (only then is calibration needed)."""
    for step in steps:
        if "cpu" in step:
            return True
        for key in ("to_thread", "to_process"):
            if key in step and uses_cpu(step[key]):
                return True
        if "gather" in step and any(uses_cpu(branch) for branch in step["gather"]):
            return True
    return False


def uses_process_pool(steps):
    for step in steps:
        if "to_process" in step:
            return True
        if "gather" in step and any(uses_process_pool(branch) for branch in step["gather"]):
            return True
    return False


def run_sync_steps(steps, iters_per_ms):
    """Sync steps (cpu, blocking_io) on the current thread or process."""
    for step in steps:
        if "cpu" in step:
            burn(int(step["cpu"] * iters_per_ms))
        elif "blocking_io" in step:
            time.sleep(step["blocking_io"] / 1000)
        else:
            raise ValueError(f"not a sync step: {step}")


async def run_async_steps(steps, iters_per_ms, process_pool):
    """An `async def` route's steps on the running loop (cpu and blocking_io block it)."""
    # Imported here so that `check` and the client never need Starlette.
    from starlette.concurrency import run_in_threadpool

    loop = asyncio.get_running_loop()
    for step in steps:
        if "cpu" in step or "blocking_io" in step:
            run_sync_steps([step], iters_per_ms)  # on the loop: blocks it
        elif "await_io" in step:
            await asyncio.sleep(step["await_io"] / 1000)
        elif "to_thread" in step:
            body = step["to_thread"]
            if step.get("pool", "anyio") == "anyio":
                await run_in_threadpool(run_sync_steps, body, iters_per_ms)
            else:
                await loop.run_in_executor(None, run_sync_steps, body, iters_per_ms)
        elif "to_process" in step:
            await loop.run_in_executor(process_pool, run_sync_steps, step["to_process"], iters_per_ms)
        elif "gather" in step:
            await asyncio.gather(
                *(run_async_steps(branch, iters_per_ms, process_pool) for branch in step["gather"])
            )
        else:
            raise ValueError(f"unknown step: {step}")
