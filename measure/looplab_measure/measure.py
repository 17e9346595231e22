"""One scenario: an unmeasured warm-up run, then `repeats` timed runs on one server — or,
when the scenario's `server.warmPools` is not true, each timed run on a fresh server.

The engine simulates a server that has just started unless `warmPools` is true: its first
requests start the pool threads and processes (docs/model.md#start-up). A warm measurement's
warm-up run starts them and takes the code paths once, so the timed runs measure the
scenario, not start-up; a cold one starts a new server for every run and sends nothing before
it but uvicorn's readiness ping. Between runs the server idles `gap_s` seconds.
A `judge` may wait before a run (for a quiet machine) and discard a disturbed one: the
product keeps every run and records how busy the rest of the machine was (`other_cores`);
fidelity/ discards disturbed runs and redoes them.
"""

import json
import os
import tempfile
import time

from . import client
from .machine import OthersMeter
from .server import ServerFailed, UvicornServer
from .steps import calibrate, uses_cpu


class KeepEveryRun:
    """The product's judge: no waiting, no discarding."""

    def before(self):
        return {}

    def after(self, info):
        return True, info


def _scenario_file(scenario):
    f = tempfile.NamedTemporaryFile("w", prefix="looplab-scenario-", suffix=".json", delete=False)
    with f:
        json.dump(scenario, f)
    return f.name


def _run_once(scenario, server, timeout_s, spin_ms=2.0):
    """One run of the client; a server that died or refused is reported with its output."""
    try:
        results = client.run_once(scenario, port=server.port, timeout_s=timeout_s, spin_ms=spin_ms)
    except OSError as e:
        server.check_alive()
        raise ServerFailed(f"could not reach the server: {e}", server.tail()) from e
    server.check_alive()
    for r in results:
        if r["status"] != 200:
            route = scenario["routes"][r["route"]]["name"]
            raise ServerFailed(f"request {r['id']} (route {route!r}) was answered with "
                               f"{'no response' if r['status'] is None else 'HTTP ' + str(r['status'])}",
                               server.tail())
    return results


def measure(scenario, repeats=5, *, iters_per_ms=None, gap_s=0.3, run_timeout_s=60.0,
            start_timeout_s=30.0, progress=lambda event: None, judge=None, max_attempts=None,
            python=None, spin_ms=2.0, deadline=None):
    """Returns {"iters_per_ms", "runs": [{"requests": [...], "other_cores", ...}], "discarded"}.

    No run starts after `deadline` (time.monotonic(); None: no limit), so a caller measuring in a
    bounded window gets the runs kept so far rather than nothing.

    Raises ServerFailed (with the server's output tail) or client.RunTimeout. The server and
    everything it started are stopped before this returns or raises.
    """
    judge = judge or KeepEveryRun()
    all_steps = [s for r in scenario["routes"] for s in r["steps"]]
    if iters_per_ms is None and uses_cpu(all_steps):
        progress({"phase": "calibrating"})
        iters_per_ms = calibrate(5, 40)
    workers = scenario.get("server", {}).get("workers", 1)
    warm = scenario.get("server", {}).get("warmPools", False) is True
    path = _scenario_file(scenario)
    server = UvicornServer(path, workers, iters_per_ms, python=python, start_timeout=start_timeout_s)
    runs, discarded = [], []
    try:
        progress({"phase": "starting", "workers": workers})
        server.start()
        if warm:
            progress({"phase": "warmup"})
            _run_once(scenario, server, run_timeout_s, spin_ms)
        time.sleep(gap_s)
        attempts = 0
        while (len(runs) < repeats and attempts < (max_attempts or repeats)
               and (deadline is None or time.monotonic() < deadline)):
            attempts += 1
            if not warm and attempts > 1:  # cold: every run on a server that has just started
                progress({"phase": "starting", "workers": workers})
                server.stop()
                server.start()
                time.sleep(gap_s)
            progress({"phase": "run", "run": len(runs) + 1, "of": repeats})
            info = judge.before()
            meter = OthersMeter(server.proc.pid)
            meter.start()
            results = _run_once(scenario, server, run_timeout_s, spin_ms)
            info["other_cores"] = meter.stop()
            ok, info = judge.after(info)
            if ok:
                runs.append({**info, "requests": results})
            else:
                discarded.append(info)
            time.sleep(gap_s)
    finally:
        progress({"phase": "stopping"})
        server.stop()
        os.unlink(path)
    return {"iters_per_ms": iters_per_ms, "runs": runs, "discarded": discarded}
