"""Prints a Markdown table of fidelity/measured/*.json (for README.md)."""

import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "measured", "*.json")))
print("| scenario | runs | request: route @arrival → end median [min..max] (worker) |")
print("|---|---|---|")
for f in files:
    m = json.load(open(f))
    cells = []
    for r in m["requests"]:
        w = f" w{r['worker']}" if max(x["worker"] for x in m["requests"]) > 0 else ""
        cells.append(f"#{r['id']} {r['route']} @{r['arrival_ms_median']:.0f} → "
                     f"**{r['end_ms_median']:.0f}** [{r['end_ms_min']:.0f}..{r['end_ms_max']:.0f}]{w}")
    print(f"| `{os.path.basename(f)[:-5]}` | {m['repeats']} | {'<br>'.join(cells)} |")
