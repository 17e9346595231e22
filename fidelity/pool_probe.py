"""The process pool of 4 on 2 cores without a web server, each job timed from inside its process.

    nice -n -15 /usr/bin/python3 fidelity/pool_probe.py \
        --trials 30 --ipm 44500 [--cold] --out fidelity/probes/pool_<when>.json

What `u_process4_cold` and `u_process4_warm` do (an asyncio loop sends four jobs of `--cpu-ms` of
calibrated work to a module-level ProcessPoolExecutor(4) at once, with run_in_executor), here on
its own, so that a slow job can be told apart: each job records when it started and ended
(time.monotonic, shared by all processes), the CPU time the kernel gave it and the time it spent
runnable but waiting for a core (/proc/thread-self/schedstat), its involuntary context switches
and the core it ended on. The loop records when each future completed. Around each trial, the
one-core and all-cores speed probes that fidelity/run.py judges by. A job that ran at the
calibrated speed on a core of its own takes `--cpu-ms` of CPU; four of them on two cores wait for
a core as long as they run, and end together near twice `--cpu-ms` if the cores are shared evenly.
"""

import argparse
import asyncio
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "measure"))

from looplab_measure.machine import (  # noqa: E402
    OthersMeter, all_cores_speed_probe, loadavg, save_probe, set_autogroup_nice, speed_probe, wait_for_quiet,
)
from looplab_measure.steps import burn  # noqa: E402


def schedstat():
    """(ns on a core, ns runnable but waiting, timeslices) of the calling thread."""
    with open("/proc/thread-self/schedstat") as f:
        run, wait, slices = (int(x) for x in f.read().split())
    return run, wait, slices


def ctx_switches():
    out = {}
    with open("/proc/thread-self/status") as f:
        for line in f:
            if "ctxt_switches" in line:
                k, v = line.split(":")
                out[k.strip()] = int(v)
    return out.get("voluntary_ctxt_switches", 0), out.get("nonvoluntary_ctxt_switches", 0)


def last_cpu():
    with open("/proc/thread-self/stat") as f:
        raw = f.read()
    return int(raw[raw.rindex(")") + 2:].split()[36])


def job(iterations):
    t0 = time.monotonic()
    s0, c0 = schedstat(), ctx_switches()
    burn(iterations)
    s1, c1 = schedstat(), ctx_switches()
    t1 = time.monotonic()
    return {"pid": os.getpid(), "start": t0, "end": t1, "cpu_ms": (s1[0] - s0[0]) / 1e6,
            "waited_ms": (s1[1] - s0[1]) / 1e6, "slices": s1[2] - s0[2],
            "involuntary": c1[1] - c0[1], "cpu": last_cpu()}


def noop(_=None):
    return os.getpid()


async def trial(pool, iterations, jobs):
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    done = {}

    async def one(i):
        r = await loop.run_in_executor(pool, job, iterations)
        done[i] = time.monotonic()
        return r

    results = await asyncio.gather(*(one(i) for i in range(jobs)))
    return [{**r, "start_ms": round((r["start"] - t0) * 1000, 2), "end_ms": round((r["end"] - t0) * 1000, 2),
             "done_ms": round((done[i] - t0) * 1000, 2), "cpu_ms": round(r["cpu_ms"], 2),
             "waited_ms": round(r["waited_ms"], 2)}
            for i, r in enumerate(results)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--cpu-ms", type=float, default=100.0)
    ap.add_argument("--ipm", type=float, required=True)
    ap.add_argument("--cold", action="store_true", help="a new pool for each trial (forked at its first job)")
    ap.add_argument("--minutes", type=float, default=8.0, help="stop after this long")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    set_autogroup_nice(-15)
    iterations = int(a.cpu_ms * a.ipm)
    deadline = time.monotonic() + a.minutes * 60
    pool = None if a.cold else ProcessPoolExecutor(a.workers)
    if pool is not None:
        list(pool.map(noop, range(a.workers * 2)))
    trials = []
    for k in range(a.trials):
        if time.monotonic() > deadline:
            break
        quiet = wait_for_quiet(max_wait=20)
        slow0, all0 = speed_probe(a.ipm), all_cores_speed_probe(a.ipm)
        p = pool or ProcessPoolExecutor(a.workers)
        meter = OthersMeter(os.getpid())
        meter.start()
        jobs = asyncio.run(trial(p, iterations, a.jobs))
        other = meter.stop()
        if pool is None:
            p.shutdown()
        slow1, all1 = speed_probe(a.ipm), all_cores_speed_probe(a.ipm)
        for j in jobs:
            del j["start"], j["end"]
        t = {"loadavg": loadavg(), "busy_before": quiet, "other_cores": round(other or 0, 3),
             "slowdown": [round(slow0, 3), round(slow1, 3)], "slowdown_all_cores": [round(all0, 3), round(all1, 3)],
             "jobs": jobs}
        trials.append(t)
        ends = sorted(j["done_ms"] for j in jobs)
        print(f"  trial {k}: other {t['other_cores']:.2f} slow {slow0:.2f}/{slow1:.2f} all {all0:.2f}/{all1:.2f}"
              f"  done {[round(e) for e in ends]}  cpu {[round(j['cpu_ms']) for j in jobs]}"
              f" waited {[round(j['waited_ms']) for j in jobs]} cores {[j['cpu'] for j in jobs]}",
              file=sys.stderr)
        time.sleep(0.5)
    if pool is not None:
        pool.shutdown()
    fast = [t for t in trials if max(t["slowdown"] + t["slowdown_all_cores"]) <= 1.08 and t["other_cores"] <= 0.1]
    if fast:
        print(f"{len(fast)} of {len(trials)} trials with every probe within 8 %: done at "
              f"{[round(statistics.median(sorted(j['done_ms'] for j in t['jobs'])[i] for t in fast)) for i in range(a.jobs)]}"
              " (medians of the 1st..last to end)", file=sys.stderr)
    save_probe(a.out, "process_pool", ipm=a.ipm, cpu_ms=a.cpu_ms, workers=a.workers, jobs=a.jobs, cold=a.cold,
               trials=trials)


if __name__ == "__main__":
    main()
