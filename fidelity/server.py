"""The FastAPI app built from a scenario, for running by hand; the code is the product's
measuring package, measure/looplab_measure/ (app.py builds the app, steps.py runs the steps).

    LOOPLAB_SCENARIO=fidelity/scenarios/a_async_blocking.json LOOPLAB_CPU_ITERS_PER_MS=44500 \
      /usr/bin/python3 -m uvicorn server:app --app-dir fidelity \
      --loop asyncio --http h11 --log-level warning --workers 1
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "measure"))

from looplab_measure.steps import burn, calibrate, run_sync_steps  # noqa: E402,F401

if os.environ.get("LOOPLAB_SCENARIO"):
    from looplab_measure.app import SCENARIO, app  # noqa: E402,F401
