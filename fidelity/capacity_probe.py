"""How many cores' worth of CPU this machine gives, sampled over a few minutes.

    nice -n -15 /usr/bin/python3 fidelity/capacity_probe.py \
        --minutes 4 --ipm 44500 --out fidelity/probes/capacity_<when>.json

Each sample, after waiting for an idle machine: the one-core speed probe run.py judges by (5 ms
of calibrated work, fastest of 3), then one busy loop alone and one per core from the same
moment, `--burn-ms` of calibrated work each (the length of the process pool scenarios' jobs),
with the hypervisor's steal time (/proc/stat) and other processes' CPU over each. The question
it answers: when the one-core probe says the machine is fast and no other process runs, do the
two cores together give two cores' worth, or does the second core come and go?
"""

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "measure"))

from looplab_measure.machine import (  # noqa: E402
    cpu_sample, loadavg, machine_busy_jiffies, on_each, parallel_probe, save_probe, set_autogroup_nice,
    speed_probe, wait_for_quiet,
)
from looplab_measure.steps import burn, calibrate  # noqa: E402


def steal_jiffies():
    """Per-core steal jiffies (time the hypervisor ran something else while this vCPU wanted to run)."""
    out = []
    with open("/proc/stat") as f:
        for line in f:
            if line.startswith("cpu") and line[3].isdigit():
                out.append(int(line.split()[8]))
    return out


def lone_burn_ms(iterations, cpu=None):
    """Wall ms of one burn on this process, pinned to `cpu` if given."""
    before = os.sched_getaffinity(0)
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    try:
        t = time.perf_counter()
        burn(iterations)
        return (time.perf_counter() - t) * 1000
    finally:
        os.sched_setaffinity(0, before)


def _pinned_burn(iterations, cpu, start_at, out):
    os.sched_setaffinity(0, {cpu})
    while time.monotonic() < start_at:
        pass
    t = time.perf_counter()
    burn(iterations)
    out.send((time.perf_counter() - t) * 1000)
    out.close()


def pinned_pair_ms(iterations):
    """Wall ms of one burn per core (pinned: cpu 0, cpu 1, ...) started at the same moment."""
    start_at = time.monotonic() + 0.05
    return on_each(_pinned_burn, [(iterations, cpu, start_at) for cpu in sorted(os.sched_getaffinity(0))])


def own_cpu_s():
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def sample(ipm, burn_ms):
    quiet = wait_for_quiet(max_wait=20)
    hz = os.sysconf("SC_CLK_TCK")
    n = int(burn_ms * ipm)
    b0, c0 = cpu_sample(), own_cpu_s()
    st0, w0 = steal_jiffies(), time.monotonic()
    slow = speed_probe(ipm)
    lone = lone_burn_ms(n) / burn_ms
    st1, w1 = steal_jiffies(), time.monotonic()
    cap = parallel_probe(ipm, ms=burn_ms, trials=3)
    st2, w2 = steal_jiffies(), time.monotonic()
    # each core alone, then both at once, pinned: is one vCPU slow, or do they slow each other?
    alone = [lone_burn_ms(n, cpu) / burn_ms for cpu in sorted(os.sched_getaffinity(0))]
    pair = [w / burn_ms for w in pinned_pair_ms(n)]
    alone_after = [lone_burn_ms(n, cpu) / burn_ms for cpu in sorted(os.sched_getaffinity(0))]
    w3 = time.monotonic()
    # Busy time bounded by the wall time less the idle time, as run.py's meter counts it: on a
    # tickless kernel the raw columns count some moments both busy and idle (machine.py).
    b1 = cpu_sample()
    busy_s = machine_busy_jiffies(b0, b1, hz) / hz if b0 is not None and b1 is not None else 0.0
    other = max(0.0, busy_s - (own_cpu_s() - c0)) / (w3 - w0)
    return {
        "t": round(time.time(), 1),
        "loadavg": loadavg(),
        "busy_before": round(quiet, 3) if quiet is not None else None,
        "slowdown_5ms": round(slow, 3),
        "lone_burn_slowdown": round(lone, 3),
        "capacity_cores": round(cap, 3),
        "other_cores": round(other, 3) if other is not None else None,
        "steal_cores_lone": [round((b - a) / hz / (w1 - w0), 3) for a, b in zip(st0, st1)],
        "steal_cores_parallel": [round((b - a) / hz / (w2 - w1), 3) for a, b in zip(st1, st2)],
        "pinned_alone_slowdown": [round(x, 3) for x in alone],
        "pinned_pair_slowdown": [round(x, 3) for x in pair],
        "pinned_alone_after_slowdown": [round(x, 3) for x in alone_after],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=4.0)
    ap.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    ap.add_argument("--burn-ms", type=float, default=100.0)
    ap.add_argument("--ipm", type=float, default=None)
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    set_autogroup_nice(-15)
    ipm = a.ipm or calibrate(7, 40)
    fresh = calibrate(7, 40)
    print(f"ipm {ipm:.0f} (calibrated now: {fresh:.0f})", file=sys.stderr)
    samples = []
    end = time.monotonic() + a.minutes * 60
    while time.monotonic() < end:
        s = sample(ipm, a.burn_ms)
        samples.append(s)
        print(f"  load {s['loadavg']:.2f} other {s['other_cores']:.2f} slow5 {s['slowdown_5ms']:.3f} "
              f"lone {s['lone_burn_slowdown']:.3f} capacity {s['capacity_cores']:.2f} "
              f"pinned alone {s['pinned_alone_slowdown']} pair {s['pinned_pair_slowdown']} "
              f"alone {s['pinned_alone_after_slowdown']} steal {s['steal_cores_parallel']}", file=sys.stderr)
        time.sleep(a.every)
    save_probe(a.out, "capacity", ipm=round(ipm, 1), ipm_calibrated_now=round(fresh, 1), burn_ms=a.burn_ms,
               samples=samples)


if __name__ == "__main__":
    main()
