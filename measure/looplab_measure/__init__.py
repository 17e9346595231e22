"""Measure a LoopLab scenario on the real stack: FastAPI on uvicorn, driven by a timed client.

The same code serves the app's "Measure now", the command line's `measure` and fidelity/:

  steps     a scenario's steps as real Python (busy loop, sleeps, pools, gather)
  app       a FastAPI app built from a scenario (`looplab_measure.app:app` for uvicorn)
  client    sends the scenario's requests at their arrival times, records when each ends
  server    starts uvicorn on a free loopback port and stops it with every child process
  machine   versions, CPU model, and how busy the rest of the machine is
  measure   warm-up + N timed runs of one scenario on one server
  check     which of fastapi / uvicorn / httpx this Python lacks (imports nothing itself)
  __main__  the line protocol the Node side speaks (python -m looplab_measure)

Only the standard library is imported at package level, so `check` runs on a Python that
has none of the three packages.
"""
