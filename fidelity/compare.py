"""Compares the engine's per-request end times with the measured medians.

    /usr/bin/python3 fidelity/compare.py [fidelity/measured/*.json]

Runs `looplab simulate <scenario>` (cli/bin.mjs) for each measured file and prints, per
request, the measured median [min..max], the engine's end, the difference and whether it
is within the fidelity test's tolerance max(15 ms, 15 % of the measured median).
"""

import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def simulate(path):
    p = subprocess.run(
        ["node", "cli/bin.mjs", "simulate", path],
        cwd=ROOT, capture_output=True, text=True,
    )
    if p.returncode != 0:
        return None, (p.stderr or p.stdout).strip().splitlines()[-1:]
    return json.loads(p.stdout), None


def main(files):
    total = bad = 0
    for f in files:
        m = json.load(open(f))
        tl, err = simulate(os.path.join(ROOT, m["scenario"]))
        print(f"\n{os.path.basename(f)}: {m['name']}  (repeats {m['repeats']})")
        if tl is None:
            print(f"  engine failed: {err}")
            continue
        eng = {r["id"]: r for r in tl["requests"]}
        for r in m["requests"]:
            e = eng[r["id"]]
            d = e["end"] - r["end_ms_median"]
            tol = max(15.0, 0.15 * r["end_ms_median"])
            ok = abs(d) <= tol
            total += 1
            bad += not ok
            print(f"  #{r['id']:<2} {r['route']:<8} measured {r['end_ms_median']:7.1f} "
                  f"[{r['end_ms_min']:.0f}..{r['end_ms_max']:.0f}] w{r['worker']}   engine "
                  f"{e['end']:7.1f} w{e['worker']}   diff {d:+7.1f} {'ok' if ok else 'OUT'}")
    print(f"\n{total - bad}/{total} requests within max(15 ms, 15 %)")


if __name__ == "__main__":
    main(sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "measured", "*.json"))))
