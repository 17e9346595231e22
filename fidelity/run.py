"""Measures LoopLab scenarios on the real stack and writes fidelity/measured/<name>.json.

    nice -n -10 /usr/bin/python3 fidelity/run.py fidelity/scenarios/*.json [--repeats 7]

For each scenario: calibrate the CPU busy loop, start uvicorn (asyncio loop, h11,
--workers N) on a free loopback port with the app of server.py, run the scenario once
unmeasured (warm-up: pool threads, processes, code paths), then `repeats` measured runs
with a pause between them, stop the server, and write per-request medians.
"""

import argparse
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from importlib.metadata import version

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import client  # noqa: E402
import server  # noqa: E402  (only for burn/calibrate; no app without LOOPLAB_SCENARIO)


def versions():
    return {
        "python": platform.python_version(),
        "fastapi": version("fastapi"),
        "starlette": version("starlette"),
        "uvicorn": version("uvicorn"),
        "anyio": version("anyio"),
        "h11": version("h11"),
    }


def machine():
    model = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": model, "kernel": platform.release()}


def loadavg():
    try:
        return float(open("/proc/loadavg").read().split()[0])
    except OSError:
        return None


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def ping(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.sendall(b"GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    data = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    s.close()
    return data


def start_server(path, port, workers, iters_per_ms):
    env = dict(os.environ)
    env["LOOPLAB_SCENARIO"] = os.path.abspath(path)
    env["LOOPLAB_CPU_ITERS_PER_MS"] = repr(iters_per_ms)
    cmd = [
        "/usr/bin/python3", "-m", "uvicorn", "server:app", "--app-dir", HERE,
        "--host", "127.0.0.1", "--port", str(port), "--loop", "asyncio", "--http", "h11",
        "--log-level", "warning", "--workers", str(workers),
    ]
    proc = subprocess.Popen(cmd, env=env, start_new_session=True)
    deadline = time.monotonic() + 30
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            ping(port)
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    if workers > 1:
        time.sleep(2.0)  # let every worker finish its start-up (process pools, etc.)
    return proc


def stop_server(proc):
    try:
        os.killpg(proc.pid, signal.SIGINT)  # the session we created for it
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def renumber(pids):
    """Workers renumbered 0.. in order of first use (by request id)."""
    seen = {}
    for p in pids:
        if p not in seen:
            seen[p] = len(seen)
    return [seen[p] for p in pids]


def measure(path, repeats, gap_s, out_dir):
    with open(path) as f:
        sc = json.load(f)
    srv = sc.get("server", {})
    if srv.get("gil", True) is not True:
        print(f"skip {path}: gil false cannot be measured", file=sys.stderr)
        return None
    workers = srv.get("workers", 1)
    ipm = server.calibrate()
    port = free_port()
    proc = start_server(path, port, workers, ipm)
    runs = []
    try:
        client.run_once(sc, port=port)  # warm-up, not measured
        time.sleep(gap_s)
        for k in range(repeats):
            la = loadavg()
            res = client.run_once(sc, port=port)
            runs.append({"loadavg": la, "requests": res})
            ends = ", ".join(f"{r['end_ms']:.0f}" for r in res)
            print(f"  {os.path.basename(path)} run {k}: {ends}", file=sys.stderr)
            time.sleep(gap_s)
    finally:
        stop_server(proc)

    n = len(runs[0]["requests"])
    patterns = [tuple(renumber([r["pid"] for r in run["requests"]])) for run in runs]
    pattern_counts = Counter(patterns)
    modal = pattern_counts.most_common(1)[0][0]
    routes = [r["name"] for r in sc["routes"]]
    reqs = []
    for i in range(n):
        col = [run["requests"][i] for run in runs]
        ends = [c["end_ms"] for c in col]
        starts = [c["start_ms"] for c in col]
        sent = [c["sent_ms"] for c in col]
        reqs.append({
            "id": i,
            "route": routes[col[0]["route"]],
            "arrival_ms_median": round(statistics.median(sent), 2),
            "start_ms_median": round(statistics.median(starts), 2),
            "end_ms_median": round(statistics.median(ends), 2),
            "end_ms_min": round(min(ends), 2),
            "end_ms_max": round(max(ends), 2),
            "worker": modal[i],
            "worker_votes": sum(1 for p in patterns if p[i] == modal[i]),
        })
    name = os.path.splitext(os.path.basename(path))[0]
    out = {
        "scenario": os.path.relpath(os.path.abspath(path), ROOT),
        "name": sc.get("name"),
        "versions": versions(),
        "machine": machine(),
        "server_cmd": "uvicorn server:app --loop asyncio --http h11 --log-level warning "
                      f"--workers {workers}",
        "cpu_iters_per_ms": round(ipm, 1),
        "repeats": repeats,
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "loadavg": [r["loadavg"] for r in runs],
        "notes": "times in ms from the run's start; arrival = client connect()+send; "
                 "start = endpoint body began (server clock); end = whole response "
                 "received by the client. worker = the modal assignment over the "
                 "repeats, workers renumbered 0.. by first use in request-id order.",
        "requests": reqs,
        "worker_patterns": [{"pattern": list(p), "count": c} for p, c in pattern_counts.most_common()],
        "runs": [
            {
                "loadavg": run["loadavg"],
                "end_ms": [round(r["end_ms"], 2) for r in run["requests"]],
                "start_ms": [round(r["start_ms"], 2) for r in run["requests"]],
                "arrival_ms": [round(r["sent_ms"], 2) for r in run["requests"]],
                "worker": list(p),
            }
            for run, p in zip(runs, patterns)
        ],
    }
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, name + ".json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scenarios", nargs="+")
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--gap", type=float, default=0.5, help="seconds between runs")
    ap.add_argument("--out", default=os.path.join(HERE, "measured"))
    a = ap.parse_args()
    for path in a.scenarios:
        out = measure(path, a.repeats, a.gap, a.out)
        if out is None:
            continue
        print(f"{out['name']}  ({os.path.basename(path)}, ipm {out['cpu_iters_per_ms']})")
        for r in out["requests"]:
            print(f"  #{r['id']:<2} {r['route']:<8} arr {r['arrival_ms_median']:7.1f} "
                  f"start {r['start_ms_median']:7.1f} end {r['end_ms_median']:7.1f} "
                  f"[{r['end_ms_min']:.1f}..{r['end_ms_max']:.1f}] w{r['worker']}"
                  f" ({r['worker_votes']}/{out['repeats']})")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
