"""The line protocol the Node side speaks (measure/pythonMeasure.ts):

  python -m looplab_measure check
      prints one JSON object: Python version, missing or broken packages, versions.
  python -m looplab_measure run [--repeats N] [--run-timeout S] [--start-timeout S] [--gap S]
                               [--nice N [--realtime]]
      reads the scenario as one JSON line on stdin, then keeps reading: end of input means
      the caller has gone, and everything stops. Prints JSON lines on stdout:
        {"event": "progress", "phase": "calibrating" | "starting" | "warmup" | "run" | "stopping", ...}
        {"event": "result", "environment": {...}, "iters_per_ms": ..., "runs": [...]}
        {"event": "error", "kind": "server" | "timeout" | "scenario", "message": ..., "tail": ...}
      Exit status: 0 result printed, 3 error printed, 4 stopped (SIGTERM, SIGINT or end of input).
"""

import argparse
import json
import os
import signal
import sys
import threading


class Stopped(BaseException):
    """SIGTERM, SIGINT or the end of stdin: stop the server and leave."""


def _emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def _on_stop_request(signum, frame):
    # Once stopping, further signals must not interrupt the cleanup they asked for.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise Stopped()


def _watch_stdin():
    """The caller keeps our stdin open while it wants us; when it closes (or dies), stop."""
    try:
        while sys.stdin.buffer.read(65536):
            pass
    except (OSError, ValueError):
        pass
    os.kill(os.getpid(), signal.SIGTERM)


def _run(args):
    signal.signal(signal.SIGTERM, _on_stop_request)
    signal.signal(signal.SIGINT, _on_stop_request)
    line = sys.stdin.buffer.readline()
    try:
        scenario = json.loads(line)
    except ValueError as e:
        _emit({"event": "error", "kind": "scenario", "message": f"no scenario on stdin: {e}", "tail": ""})
        return 3
    threading.Thread(target=_watch_stdin, daemon=True).start()

    from .client import RunTimeout
    from .machine import machine, raise_priority, versions
    from .measure import measure
    from .server import ServerFailed

    priority = (raise_priority(args.nice, args.realtime) if args.nice is not None
                else {"nice": None, "autogroup": None, "realtime": False})
    try:
        result = measure(scenario, args.repeats, gap_s=args.gap, run_timeout_s=args.run_timeout,
                         start_timeout_s=args.start_timeout,
                         progress=lambda e: _emit({"event": "progress", **e}))
    except ServerFailed as e:
        _emit({"event": "error", "kind": "server", "message": str(e), "tail": e.tail})
        return 3
    except RunTimeout as e:
        _emit({"event": "error", "kind": "timeout", "message": str(e), "tail": ""})
        return 3
    except Stopped:
        return 4
    _emit({"event": "result", "environment": {**versions(), **machine(), "priority": priority}, **result})
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m looplab_measure", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="which required packages this Python lacks")
    run = sub.add_parser("run", help="measure the scenario given on stdin")
    run.add_argument("--repeats", type=int, default=5)
    run.add_argument("--gap", type=float, default=0.3, help="seconds between runs")
    run.add_argument("--run-timeout", type=float, default=60.0, help="bound of one run, seconds")
    run.add_argument("--start-timeout", type=float, default=30.0, help="bound of the server's start, seconds")
    run.add_argument("--nice", type=int, default=None,
                     help="run at this nice (and this session's autogroup nice) when allowed")
    run.add_argument("--realtime", action="store_true",
                     help="with --nice: SCHED_RR at the lowest real-time priority when allowed "
                     "(for I/O-bound scenarios only)")
    args = ap.parse_args(argv)
    if args.command == "check":
        from .check import check

        _emit(check())
        return 0
    try:
        return _run(args)
    except Stopped:
        return 4


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # os._exit: the stdin watcher may be blocked in read(), and a normal interpreter shutdown
    # aborts on a daemon thread that holds stdin's lock.
    os._exit(code)
