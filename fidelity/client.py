"""Sends a scenario's requests at their arrival times (the product's client,
measure/looplab_measure/client.py), for running by hand against a server:

    /usr/bin/python3 fidelity/client.py fidelity/scenarios/a_async_blocking.json --port 8000
"""

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "measure"))

from looplab_measure.client import expand_requests, run_once  # noqa: E402,F401

if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("scenario")
    ap.add_argument("--port", type=int, default=8000)
    a = ap.parse_args()
    with open(a.scenario) as f:
        sc = json.load(f)
    for r in run_once(sc, port=a.port):
        print(json.dumps(r))
