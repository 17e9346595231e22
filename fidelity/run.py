"""Measures LoopLab scenarios on the real stack and writes fidelity/measured/<name>.json.

    nice -n -15 /usr/bin/python3 fidelity/run.py fidelity/scenarios/*.json [--repeats 7]

For each scenario: calibrate the CPU busy loop, start uvicorn (asyncio loop, h11,
--workers N) on a free loopback port with looplab_measure.app (measure/), run the scenario once
unmeasured (warm-up: pool threads, processes, code paths), then `repeats` measured runs
with a pause between them, stop the server, and write per-request medians.
Before each run it waits (up to 30 s) for the machine to be idle; a run during which
other processes used more than 0.1 core (from /proc/stat minus our own processes), or during
which one core ran slower than its calibration (every core, for scenarios whose CPU can use several
at once), is discarded and redone (up to 3 x repeats attempts).
"""

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "measure"))

from looplab_measure.machine import (  # noqa: E402
    all_cores_speed_probe, careful_calibration, loadavg, machine, parallel_probe, set_autogroup_nice, speed_probe,
    versions, wait_for_fast, wait_for_quiet,
)
from looplab_measure.measure import measure as measure_runs  # noqa: E402
from looplab_measure.steps import uses_cpu, uses_process_pool  # noqa: E402


PRIORITY = {}  # how the measuring process (and the server it starts) was prioritised


class DiscardDisturbed:
    """fidelity's judge: wait for a quiet machine before each run; discard (and redo) a run
    during which others used more than `max_other` cores, or (CPU scenarios) a 5 ms probe ran
    more than `max_slow` times slower than the calibration before or after it.

    Scenarios whose CPU can run on several cores at once (process pools, several workers) are
    judged by the same probe run on every core at once (machine.all_cores_speed_probe): the host
    slows this VM's cores independently of each other, so a fast core under the one-core probe
    says nothing of the other (fidelity/README.md, "Noise"). They also record the machine's
    capacity before and after each run (machine.parallel_probe: cores' worth of CPU over 40 ms),
    as evidence."""

    def __init__(self, name, ipm, cpu, max_other, max_slow, quiet_wait=30.0, parallel=False, fast_wait=60.0,
                 all_cores=False):
        self.name, self.ipm, self.cpu = name, ipm, cpu
        self.max_other, self.max_slow = max_other, max_slow
        self.quiet_wait, self.fast_wait = quiet_wait, fast_wait
        self.parallel = cpu and parallel  # capacity recorded
        self.all_cores = cpu and (parallel or all_cores)  # judged by the all-cores probe
        self.attempt = 0

    def before(self):
        self.attempt += 1
        quiet = wait_for_quiet(max_wait=self.quiet_wait)
        cap0 = parallel_probe(self.ipm) if self.parallel else None
        slow0 = all0 = None  # the speed probes last, so that they are the closest to the run
        if self.all_cores:
            slow0, all0 = wait_for_fast(self.ipm, self.max_slow, self.fast_wait, all_cores=True)
        elif self.cpu:
            slow0 = wait_for_fast(self.ipm, self.max_slow, self.fast_wait)
        return {"loadavg": loadavg3(), "quiet_before": round(quiet, 3) if quiet is not None else None,
                "_slow0": slow0, "_all0": all0, "_cap0": cap0}

    def after(self, info):
        slow0, all0, cap0 = info.pop("_slow0"), info.pop("_all0"), info.pop("_cap0")
        slow1 = speed_probe(self.ipm) if self.cpu else None
        all1 = all_cores_speed_probe(self.ipm) if self.all_cores else None
        cap1 = parallel_probe(self.ipm) if self.parallel else None
        other = info["other_cores"] or 0.0
        ok = (other <= self.max_other and (not self.cpu or max(slow0, slow1) <= self.max_slow)
              and (not self.all_cores or max(all0, all1) <= self.max_slow))
        info["other_cores"] = round(other, 3)
        info["slowdown"] = [round(slow0, 3), round(slow1, 3)] if self.cpu else None
        if self.all_cores:
            info["slowdown_all_cores"] = [round(all0, 3), round(all1, 3)]
        if self.parallel:
            info["capacity"] = [round(cap0, 3), round(cap1, 3)]
        sl = f" slow {slow0:.2f}/{slow1:.2f}" if self.cpu else ""
        sl += f" all cores {all0:.2f}/{all1:.2f}" if self.all_cores else ""
        sl += f" capacity {cap0:.2f}/{cap1:.2f} cores" if self.parallel else ""
        print(f"  {self.name} run {self.attempt}: other {other:.2f} cores{sl}"
              f"{'' if ok else ' DISTURBED, redone'}", file=sys.stderr)
        if not ok:
            return False, {k: info[k] for k in ("other_cores", "slowdown", "slowdown_all_cores", "capacity")
                           if k in info}
        return True, info


def loadavg3():
    """The host's 1, 5 and 15 minute load averages, as `uptime` shows them."""
    try:
        with open("/proc/loadavg") as f:
            return [float(x) for x in f.read().split()[:3]]
    except OSError:
        return None


def renumber(pids):
    """Workers renumbered 0.. in order of first use (by request id)."""
    seen = {}
    for p in pids:
        if p not in seen:
            seen[p] = len(seen)
    return [seen[p] for p in pids]


def measure(path, repeats, gap_s, out_dir, max_other=0.10, ipm=None, max_slow=1.08,
            patience=3, quiet_wait=30.0, fast_wait=60.0, minutes=None, all_cores=False, append=False):
    with open(path) as f:
        sc = json.load(f)
    srv = sc.get("server", {})
    if srv.get("gil", True) is not True:
        print(f"skip {path}: gil false cannot be measured", file=sys.stderr)
        return None
    workers = srv.get("workers", 1)
    steps = [s for r in sc["routes"] for s in r["steps"]]
    cpu = uses_cpu(steps)
    parallel = workers > 1 or uses_process_pool(steps)
    judge = DiscardDisturbed(os.path.basename(path), ipm, cpu, max_other, max_slow, quiet_wait, parallel, fast_wait,
                             all_cores)
    measured = measure_runs(sc, repeats, iters_per_ms=ipm, gap_s=gap_s, judge=judge,
                            max_attempts=patience * repeats,
                            spin_ms=0.0 if PRIORITY.get("realtime") else 2.0,
                            deadline=None if minutes is None else time.monotonic() + minutes * 60)
    runs, discarded = measured["runs"], measured["discarded"]
    name = os.path.splitext(os.path.basename(path))[0]
    out_path = os.path.join(out_dir, name + ".json")
    kept = [
        {
            "loadavg": run["loadavg"],
            "other_cores": run["other_cores"],
            "slowdown": run["slowdown"],
            **({k: run[k] for k in ("slowdown_all_cores", "capacity") if k in run}),
            "end_ms": [round(r["end_ms"], 2) for r in run["requests"]],
            "start_ms": [round(r["start_ms"], 2) for r in run["requests"]],
            "arrival_ms": [round(r["sent_ms"], 2) for r in run["requests"]],
            "worker": renumber([r["pid"] for r in run["requests"]]),
        }
        for run in runs
    ]
    route_of = [r["name"] for r in sc["routes"]]
    routes = [route_of[r["route"]] for r in runs[0]["requests"]] if runs else None
    window = {"measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "kept": len(kept),
              "discarded": len(discarded), "repeats_requested": repeats}
    judged = {"max_other_cores": max_other, "max_slowdown": max_slow, "all_cores": judge.all_cores}
    windows, requested = [window], repeats
    if append and os.path.exists(out_path):
        with open(out_path) as f:
            before = json.load(f)
        same = {"cpu_iters_per_ms": round(ipm, 1), "judge": judged, "versions": versions(),
                "scenario": os.path.relpath(os.path.abspath(path), ROOT)}
        differs = [k for k, v in same.items() if before.get(k) != v]
        if differs:
            print(f"skip {path}: cannot append to {out_path}, which differs in {differs}", file=sys.stderr)
            return None
        kept = before["runs"] + kept
        discarded = before["discarded_disturbed_runs"] + discarded
        first = [{"measured_at": before["measured_at"], "kept": before["repeats"],
                  "discarded": len(before["discarded_disturbed_runs"]),
                  "repeats_requested": before["repeats_requested"]}]
        windows = before.get("windows", first) + windows
        requested += before["repeats_requested"]
        routes = routes or [r["route"] for r in before["requests"]]
    if not kept:
        print(f"skip {path}: every run was disturbed", file=sys.stderr)
        return None

    n = len(kept[0]["end_ms"])
    patterns = [tuple(run["worker"]) for run in kept]
    pattern_counts = Counter(patterns)
    modal = pattern_counts.most_common(1)[0][0]
    reqs = []
    for i in range(n):
        ends = [run["end_ms"][i] for run in kept]
        starts = [run["start_ms"][i] for run in kept]
        sent = [run["arrival_ms"][i] for run in kept]
        reqs.append({
            "id": i,
            "route": routes[i],
            "arrival_ms_median": round(statistics.median(sent), 2),
            "start_ms_median": round(statistics.median(starts), 2),
            "end_ms_median": round(statistics.median(ends), 2),
            "end_ms_min": round(min(ends), 2),
            "end_ms_max": round(max(ends), 2),
            "worker": modal[i],
            "worker_votes": sum(1 for p in patterns if p[i] == modal[i]),
        })
    out = {
        "scenario": os.path.relpath(os.path.abspath(path), ROOT),
        "name": sc.get("name"),
        "versions": versions(),
        "machine": machine(),
        "server_cmd": "uvicorn looplab_measure.app:app --loop asyncio --http h11 --log-level warning "
                      f"--workers {workers}",
        "pools": "warm" if srv.get("warmPools", False) is True else "cold",
        "priority": PRIORITY,
        "judge": judged,
        "cpu_iters_per_ms": round(ipm, 1),
        "repeats": len(kept),
        "repeats_requested": requested,
        "measured_at": windows[0]["measured_at"],
        **({"windows": windows} if len(windows) > 1 else {}),
        "loadavg": [r["loadavg"] for r in kept],
        "other_cores_during_runs": [r["other_cores"] for r in kept],
        "discarded_disturbed_runs": discarded,
        "notes": "times in ms from the run's start; arrival = client connect()+send; "
                 "start = endpoint body began (server clock); end = whole response "
                 "received by the client. worker = the modal assignment over the "
                 "repeats, workers renumbered 0.. by first use in request-id order.",
        "requests": reqs,
        "worker_patterns": [{"pattern": list(p), "count": c} for p, c in pattern_counts.most_common()],
        "runs": kept,
    }
    os.makedirs(out_dir, exist_ok=True)
    with open(out_path, "w") as f:
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
                    "slower than the calibration (on every core at once for scenarios whose CPU "
                    "can use several)")
    ap.add_argument("--max-other", type=float, default=0.10,
                    help="discard a run if others used more cores than this")
    ap.add_argument("--patience", type=int, default=3,
                    help="give a scenario up after this many times `repeats` attempts")
    ap.add_argument("--quiet-wait", type=float, default=30.0,
                    help="seconds to wait for an idle machine before each run")
    ap.add_argument("--fast-wait", type=float, default=60.0,
                    help="seconds to wait before each run for the speed probes to pass")
    ap.add_argument("--append", action="store_true",
                    help="add this command's runs (kept and discarded) to those already in the output "
                    "file, measured with the same busy loop, judge and versions, and recompute the "
                    "medians: a scenario measured over several quiet windows (the file lists them)")
    ap.add_argument("--all-cores", action="store_true",
                    help="judge every CPU scenario by the all-cores speed probe too (its threads "
                    "run on either core), not only those whose CPU can use several cores at once")
    ap.add_argument("--minutes", type=float, default=None,
                    help="start no run of a scenario after this many minutes (keeps a measuring "
                    "command inside a quiet window); the file records how many runs were kept")
    ap.add_argument("--realtime", action="store_true",
                    help="SCHED_RR 1 for this process and the servers it starts (the client then "
                    "sleeps rather than spins before an arrival); for scenarios whose Python never "
                    "needs more cores than there are (no process pool)")
    ap.add_argument("--autogroup-nice", type=int, default=-15,
                    help="with sched_autogroup, per-process nice does not count against other "
                    "sessions' processes; as root, set this session's autogroup nice")
    a = ap.parse_args()
    if set_autogroup_nice(a.autogroup_nice):  # Linux autogroup: the server stays in our session, hence in this group
        print(f"autogroup nice {a.autogroup_nice}", file=sys.stderr)
    try:
        with open("/proc/self/autogroup") as f:
            PRIORITY["autogroup"] = f.read().strip()
    except OSError:
        pass
    PRIORITY["nice"] = os.nice(0)
    if a.realtime:
        os.sched_setscheduler(0, os.SCHED_RR, os.sched_param(1))
        PRIORITY["realtime"] = "SCHED_RR 1"
    ipm = a.ipm or careful_calibration()
    print(f"busy loop: {ipm:.0f} iterations per ms", file=sys.stderr)
    for path in a.scenarios:
        out = measure(path, a.repeats, a.gap, a.out, a.max_other, ipm, a.max_slow,
                      a.patience, a.quiet_wait, a.fast_wait, a.minutes, a.all_cores,
                      a.append)
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
