"""Measures LoopLab scenarios on the real stack and writes fidelity/measured/<name>.json.

    nice -n -15 /usr/bin/python3 fidelity/run.py fidelity/scenarios/*.json [--repeats 7]

For each scenario: calibrate the CPU busy loop, start uvicorn (asyncio loop, h11,
--workers N) on a free loopback port with the app of server.py, run the scenario once
unmeasured (warm-up: pool threads, processes, code paths), then `repeats` measured runs
with a pause between them, stop the server, and write per-request medians.
Before each run it waits (up to 30 s) for the machine to be idle; a run during which
other processes used more than 0.1 core (from /proc/stat minus our own processes) is
discarded and redone (up to 3 x repeats attempts).
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


def _cpu_jiffies():
    """(busy, total) jiffies of the whole machine."""
    v = [int(x) for x in open("/proc/stat").readline().split()[1:]]
    idle = v[3] + v[4]
    return sum(v) - idle, sum(v)


def _tree_jiffies(root):
    """utime+stime (jiffies) of process `root` (the server) and all its descendants."""
    procs = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            raw = open(f"/proc/{d}/stat").read()
        except OSError:
            continue
        f = raw[raw.rindex(")") + 2:].split()
        procs[int(d)] = (int(f[1]), int(f[11]) + int(f[12]))
    tree, tot, grew = {root}, 0, True
    while grew:
        grew = False
        for pid, (ppid, _) in procs.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(procs[p][1] for p in tree if p in procs)


def _own_jiffies():
    t = os.times()
    return (t.user + t.system) * os.sysconf("SC_CLK_TCK")


def wait_for_quiet(max_busy=0.15, window=0.3, max_wait=30.0):
    """Waits until the machine is nearly idle (others' builds and tests pause);
    returns the busy fraction of the last window."""
    deadline = time.monotonic() + max_wait
    while True:
        b0, t0 = _cpu_jiffies()
        time.sleep(window)
        b1, t1 = _cpu_jiffies()
        busy = (b1 - b0) / max(1, t1 - t0)
        if busy <= max_busy or time.monotonic() > deadline:
            return busy
        time.sleep(0.5)


def speed_probe(ipm, ms=5.0, trials=3):
    """How much slower than the calibration this machine runs right now (1.0 = as fast).
    Other virtual machines on the same host slow this one down by up to 2x at times,
    without any process of ours or theirs showing up in /proc/stat."""
    n = int(ms * ipm)
    best = float("inf")
    for _ in range(trials):
        t = time.perf_counter()
        server.burn(n)
        best = min(best, (time.perf_counter() - t) * 1000)
    return best / ms


def wait_for_fast(ipm, max_slow, max_wait=60.0):
    deadline = time.monotonic() + max_wait
    while True:
        slow = speed_probe(ipm)
        if slow <= max_slow or time.monotonic() > deadline:
            return slow
        time.sleep(0.3)


def careful_calibration(rounds=5):
    """Iterations per ms of an uncontended core: the best of several quiet rounds."""
    best = 0.0
    for _ in range(rounds):
        wait_for_quiet(0.05, max_wait=10)
        best = max(best, server.calibrate(7, 40))
        time.sleep(0.2)
    return best


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
    proc = subprocess.Popen(cmd, env=env)  # same session: same autogroup (see main)
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
    proc.send_signal(signal.SIGINT)  # uvicorn (or its supervisor) shuts the workers down
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def renumber(pids):
    """Workers renumbered 0.. in order of first use (by request id)."""
    seen = {}
    for p in pids:
        if p not in seen:
            seen[p] = len(seen)
    return [seen[p] for p in pids]


def measure(path, repeats, gap_s, out_dir, max_other=0.10, ipm=None, max_slow=1.08):
    with open(path) as f:
        sc = json.load(f)
    srv = sc.get("server", {})
    if srv.get("gil", True) is not True:
        print(f"skip {path}: gil false cannot be measured", file=sys.stderr)
        return None
    workers = srv.get("workers", 1)
    uses_cpu = '"cpu"' in json.dumps(sc["routes"])
    port = free_port()
    proc = start_server(path, port, workers, ipm)
    runs = []
    discarded = []
    try:
        client.run_once(sc, port=port)  # warm-up, not measured
        time.sleep(gap_s)
        attempts = 0
        while len(runs) < repeats and attempts < 3 * repeats:
            attempts += 1
            quiet = wait_for_quiet()
            slow0 = wait_for_fast(ipm, max_slow) if uses_cpu else None
            la = loadavg()
            b0, t0 = _cpu_jiffies()
            s0 = _tree_jiffies(proc.pid) + _own_jiffies()
            w0 = time.monotonic()
            res = client.run_once(sc, port=port)
            wall = time.monotonic() - w0
            b1, t1 = _cpu_jiffies()
            s1 = _tree_jiffies(proc.pid) + _own_jiffies()
            slow1 = speed_probe(ipm) if uses_cpu else None
            # CPU used by other people's processes during the run, in cores
            other = max(0.0, ((b1 - b0) - (s1 - s0)) / os.sysconf("SC_CLK_TCK") / wall)
            ends = ", ".join(f"{r['end_ms']:.0f}" for r in res)
            ok = other <= max_other and (not uses_cpu or max(slow0, slow1) <= max_slow)
            sl = f" slow {slow0:.2f}/{slow1:.2f}" if uses_cpu else ""
            print(f"  {os.path.basename(path)} run {attempts}: other {other:.2f} cores{sl}"
                  f"{'' if ok else ' DISTURBED, redone'}: {ends}", file=sys.stderr)
            if ok:
                runs.append({"loadavg": la, "quiet_before": round(quiet, 3),
                             "other_cores": round(other, 3),
                             "slowdown": [round(slow0, 3), round(slow1, 3)] if uses_cpu else None,
                             "requests": res})
            else:
                discarded.append({"other_cores": round(other, 3),
                                  "slowdown": [round(slow0, 3), round(slow1, 3)] if uses_cpu else None})
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
        "repeats": len(runs),
        "repeats_requested": repeats,
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "loadavg": [r["loadavg"] for r in runs],
        "other_cores_during_runs": [r["other_cores"] for r in runs],
        "discarded_disturbed_runs": discarded,
        "notes": "times in ms from the run's start; arrival = client connect()+send; "
                 "start = endpoint body began (server clock); end = whole response "
                 "received by the client. worker = the modal assignment over the "
                 "repeats, workers renumbered 0.. by first use in request-id order.",
        "requests": reqs,
        "worker_patterns": [{"pattern": list(p), "count": c} for p, c in pattern_counts.most_common()],
        "runs": [
            {
                "loadavg": run["loadavg"],
                "other_cores": run["other_cores"],
                "slowdown": run["slowdown"],
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
    ap.add_argument("--ipm", type=float, default=None,
                    help="pin the busy loop's iterations per ms (default: careful calibration)")
    ap.add_argument("--max-slow", type=float, default=1.08,
                    help="discard a run if a speed probe before or after it ran this much "
                    "slower than the calibration")
    ap.add_argument("--max-other", type=float, default=0.10,
                    help="discard a run if others used more cores than this")
    ap.add_argument("--autogroup-nice", type=int, default=-15,
                    help="with sched_autogroup, per-process nice does not count against other "
                    "sessions' processes; as root, set this session's autogroup nice")
    a = ap.parse_args()
    try:  # Linux autogroup: the server stays in our session, hence in this group
        with open("/proc/self/autogroup", "w") as f:
            f.write(str(a.autogroup_nice))
        print(f"autogroup nice {a.autogroup_nice}", file=sys.stderr)
    except OSError as e:
        print(f"could not set autogroup nice: {e}", file=sys.stderr)
    ipm = a.ipm or careful_calibration()
    print(f"busy loop: {ipm:.0f} iterations per ms", file=sys.stderr)
    for path in a.scenarios:
        out = measure(path, a.repeats, a.gap, a.out, a.max_other, ipm, a.max_slow)
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
