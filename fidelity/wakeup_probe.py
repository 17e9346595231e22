"""How long the OS takes to wake an idle event loop and an idle pool thread, with nothing else
wanting the GIL.

    nice -n -15 /usr/bin/python3 fidelity/wakeup_probe.py --trials 300 --out fidelity/probes/wakeup_<when>.json

The engine charges a wake-up (GIL_TIMING in shared/engine/gilTiming.ts) where the OS wakes a
sleeping thread. This probe times the two wake-ups it treats differently, on an otherwise idle
process (one asyncio loop, AnyIO's worker threads, as FastAPI runs them):

  thread   the loop hands a job to an idle AnyIO worker thread (`await to_thread.run_sync`):
           from just before the call to the job's first line; the thread sleeps in its
           queue's get() and the loop does AnyIO's bookkeeping first.
  loop     a plain thread posts a callback to the idle loop (`call_soon_threadsafe`), the way a
           pool thread posts its result: from just before the call to the callback's first
           line; the loop sleeps in epoll_wait() until the self-pipe is written.
  queue    a plain thread puts a time into a queue.SimpleQueue another plain thread waits on
           (what a pool thread's get() is, without the loop or AnyIO): the OS wake-up alone.

Each trial is separated by a pause so that the sleeping side really sleeps (2 ms, longer than a
core's idle polling). Reports medians and p10/p90 in microseconds.
"""

import argparse
import asyncio
import os
import statistics
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "measure"))

from looplab_measure.machine import loadavg, save_probe, set_autogroup_nice  # noqa: E402


def summary(us):
    us = sorted(us)
    q = statistics.quantiles(us, n=10)
    return {"n": len(us), "median_us": round(statistics.median(us), 1), "p10_us": round(q[0], 1),
            "p90_us": round(q[-1], 1), "min_us": round(us[0], 1)}


async def thread_handoff(trials, pause):
    from anyio import to_thread

    seen = []

    def job(t0):
        seen.append((time.perf_counter() - t0) * 1e6)

    await to_thread.run_sync(lambda: None)  # start the worker thread
    for _ in range(trials):
        await asyncio.sleep(pause)
        await to_thread.run_sync(job, time.perf_counter())
    return seen


async def loop_wakeup(trials, pause):
    loop = asyncio.get_running_loop()
    seen = []
    done = asyncio.Event()

    def callback(t0):
        seen.append((time.perf_counter() - t0) * 1e6)
        done.set()

    def poster():
        for k in range(trials):
            time.sleep(pause)  # releases the GIL; the loop sleeps in epoll_wait meanwhile
            loop.call_soon_threadsafe(callback, time.perf_counter())
            while len(seen) <= k:
                time.sleep(0.0005)

    th = threading.Thread(target=poster)
    th.start()
    while len(seen) < trials:
        await done.wait()
        done.clear()
    th.join()
    return seen


def queue_wakeup(trials, pause):
    import queue

    q, seen = queue.SimpleQueue(), []

    def waiter():
        for _ in range(trials):
            t0 = q.get()
            seen.append((time.perf_counter() - t0) * 1e6)

    th = threading.Thread(target=waiter)
    th.start()
    for k in range(trials):
        time.sleep(pause)
        q.put(time.perf_counter())
        while len(seen) <= k:
            time.sleep(0.0005)
    th.join()
    return seen


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trials", type=int, default=300)
    ap.add_argument("--pause-ms", type=float, default=2.0)
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    set_autogroup_nice(-15)
    pause = a.pause_ms / 1000
    load0 = loadavg()
    results = {
        "thread": summary(asyncio.run(thread_handoff(a.trials, pause))),
        "loop": summary(asyncio.run(loop_wakeup(a.trials, pause))),
        "queue": summary(queue_wakeup(a.trials, pause)),
    }
    for k, v in results.items():
        print(f"  {k:11} median {v['median_us']:7.1f} us  p10 {v['p10_us']:7.1f}  p90 {v['p90_us']:7.1f}  "
              f"min {v['min_us']:6.1f}", file=sys.stderr)
    save_probe(a.out, "wakeup", loadavg=[load0, loadavg()], pause_ms=a.pause_ms, results=results)


if __name__ == "__main__":
    main()
