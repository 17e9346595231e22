"""Where a `def` route's time goes on the real stack: a scenario's runs with the hand-offs timed.

    nice -n -15 /usr/bin/python3 fidelity/handoff_probe.py fidelity/scenarios/s_convoy_cpu_io_10.json \
        [--repeats 9] [--ipm 42330] [--out probe.json]

fidelity/run.py gives each request's end; this probe says what happened in between. It serves
the scenario with the same app as the fidelity runs (uvicorn 0.17 `--loop asyncio --http h11`,
one worker, warm pools), with its `def` endpoints and the hand-offs around them timed with
time.monotonic_ns() (a few µs each):

  asgi        the request's task starts the ASGI app (uvicorn has read and parsed it)
  body        the endpoint's body begins, on the pool thread
  step<i>     step i begins / ends on the thread; a `blocking_io` step's end is when
              time.sleep() has returned *and the thread has the GIL back*
  returned    the body returns its response (the thread calls call_soon_threadsafe next)
  report      the loop runs AnyIO's WorkerThread._report_result (sets the future)
  resumed     the request's coroutine runs again after `await run_in_threadpool` (FastAPI)
  head, sent  uvicorn is asked to send the response's head, then its body (each a send())
  end         the whole response is at the client (the client's clock: the same
              CLOCK_MONOTONIC)

Requests carry their id in the query string (`/r0?i=3`), which FastAPI ignores. The client
is the fidelity client's protocol (one connection per request, `Connection: close`) in this
process; the server is a child process started with this file's `--serve`.
"""

import argparse
import contextvars
import json
import os
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "measure"))

now = time.monotonic_ns
REQUEST = contextvars.ContextVar("request", default=-1)


def build_probe_app(scenario, ipm, events):
    """The fidelity app with its def routes' hand-offs timed into `events` (id, name, ns)."""
    import anyio._backends._asyncio as aio
    import fastapi.routing
    from starlette.responses import Response

    from looplab_measure.app import build_app
    from looplab_measure.steps import burn

    app = build_app(scenario, ipm)

    def timed_endpoint(steps):
        def endpoint():
            i = REQUEST.get()
            t0 = time.monotonic()
            events.append((i, "body", now()))
            for k, step in enumerate(steps):
                events.append((i, f"step{k}", now()))
                if "cpu" in step:
                    burn(int(step["cpu"] * ipm))
                else:
                    time.sleep(step["blocking_io"] / 1000)
                events.append((i, f"step{k}_end", now()))
            resp = Response(content=b"ok", media_type="text/plain",
                            headers={"X-Pid": str(os.getpid()), "X-Start": repr(t0), "X-End": repr(time.monotonic())})
            resp.probe_id = i
            events.append((i, "returned", now()))
            return resp
        return endpoint

    # Replace each def route's endpoint (the routes are /r0, /r1, …).
    for route in app.routes:
        path = getattr(route, "path", "")
        if path.startswith("/r") and path[2:].isdigit():
            spec = scenario["routes"][int(path[2:])]
            if spec["kind"] == "sync":
                ep = timed_endpoint(spec["steps"])
                route.endpoint = ep
                route.dependant.call = ep
                route.app = fastapi.routing.request_response(route.get_route_handler())

    report = aio.WorkerThread._report_result

    def timed_report(self, future, result, exc):
        events.append((getattr(result, "probe_id", -1), "report", now()))
        report(self, future, result, exc)

    aio.WorkerThread._report_result = timed_report

    run_in_threadpool = fastapi.routing.run_in_threadpool

    async def timed_run_in_threadpool(func, *args, **kwargs):
        out = await run_in_threadpool(func, *args, **kwargs)
        events.append((REQUEST.get(), "resumed", now()))
        return out

    fastapi.routing.run_in_threadpool = timed_run_in_threadpool

    async def probe(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        qs = scope.get("query_string", b"")
        i = int(qs[2:]) if qs.startswith(b"i=") else -1
        if scope["path"] == "/events":
            body = json.dumps(events).encode()
            events.clear()
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        REQUEST.set(i)
        events.append((i, "asgi", now()))

        async def timed_send(message):
            if message["type"] == "http.response.start":
                events.append((i, "head", now()))
            elif message["type"] == "http.response.body":
                events.append((i, "sent", now()))
            await send(message)

        await app(scope, receive, timed_send)

    return probe


def serve(scenario_path, ipm, port):
    import uvicorn

    with open(scenario_path) as f:
        scenario = json.load(f)
    events = []
    app = build_probe_app(scenario, ipm, events)
    uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, loop="asyncio", http="h11",
                                  log_level="warning", lifespan="on")).run()


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def get(port, path, timeout=10.0):
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    buf = b""
    while True:
        d = s.recv(1 << 20)
        if not d:
            break
        buf += d
    s.close()
    return buf.partition(b"\r\n\r\n")[2]


def run_once(scenario, port, spin_ms=2.0, t_lead=0.05, timeout_s=30.0):
    """The scenario's requests at their times (one connection each); returns t0 and, by id, when each
    was sent and when its whole response was in (ns). Like the fidelity client it spins for the last
    `spin_ms` before an arrival; with 0 it sleeps until then (a spinning client holds a core the
    server's threads may need: with arrivals every 2 ms it never lets go of it)."""
    import selectors

    from looplab_measure.client import expand_requests

    reqs = expand_requests(scenario)
    t0 = now() + int(t_lead * 1e9)
    due = sorted((int(r["at"] * 1e6) + t0, r["id"], r["route"]) for r in reqs)
    sel = selectors.DefaultSelector()
    sent, ends, bufs = {}, {}, {}
    deadline = t0 + int(timeout_s * 1e9)
    while due or bufs:
        if now() > deadline:
            raise RuntimeError("run timed out")
        while due and due[0][0] <= now():
            _, rid, route = due.pop(0)
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sent[rid] = now()
            s.sendall(f"GET /r{route}?i={rid} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            s.setblocking(False)
            sel.register(s, selectors.EVENT_READ, rid)
            bufs[rid] = [s, b""]
        wait = 0.05 if not due else max(0.0, (due[0][0] - now()) / 1e9 - spin_ms / 1000)
        for key, _ in sel.select(wait):
            rid = key.data
            s, buf = bufs[rid]
            d = s.recv(65536)
            buf += d
            bufs[rid][1] = buf
            head, sep, body = buf.partition(b"\r\n\r\n")
            need = None
            if sep:
                for line in head.split(b"\r\n")[1:]:
                    k, _, v = line.partition(b":")
                    if k.strip().lower() == b"content-length":
                        need = int(v)
            if not d or (need is not None and len(body) >= need):
                ends[rid] = now()
                sel.unregister(s)
                s.close()
                del bufs[rid]
    sel.close()
    return t0, sent, ends


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scenario")
    ap.add_argument("--repeats", type=int, default=9)
    ap.add_argument("--ipm", type=float, default=None, help="busy-loop iterations per ms (calibrated when absent)")
    ap.add_argument("--gap", type=float, default=0.5, help="seconds between runs")
    ap.add_argument("--out", default=None)
    ap.add_argument("--autogroup-nice", type=int, default=-15)
    ap.add_argument("--max-other", type=float, default=0.10, help="discard a run during which others used more cores")
    ap.add_argument("--max-slow", type=float, default=1.08, help="discard a run whose busy-loop probe ran this much slower")
    ap.add_argument("--patience", type=int, default=3, help="at most this many attempts per kept run")
    ap.add_argument("--quiet-wait", type=float, default=30.0, help="seconds to wait for a quiet machine before a run")
    ap.add_argument("--realtime", action="store_true",
                    help="SCHED_RR 1 for the client and the server (with --client sleeps)")
    ap.add_argument("--client", choices=["spins", "sleeps", "alternates"], default="spins",
                    help="before an arrival the client spins for its last 2 ms (as fidelity/run.py's does "
                    "unless --realtime), sleeps, or alternates between the two from run to run")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.realtime and a.client != "sleeps":
        ap.error("at real-time priority the client must sleep (--client sleeps): spinning, it would hold a core")
    if a.serve:
        serve(a.scenario, a.ipm, a.port)
        return

    from looplab_measure.machine import OthersMeter, speed_probe, wait_for_fast, wait_for_quiet
    from looplab_measure.steps import calibrate

    try:  # as fidelity/run.py: with sched_autogroup only the session's nice counts against others
        with open("/proc/self/autogroup", "w") as f:
            f.write(str(a.autogroup_nice))
    except OSError as e:
        print(f"could not set autogroup nice: {e}", file=sys.stderr)
    if a.realtime:  # as fidelity/run.py --realtime: the server inherits SCHED_RR
        os.sched_setscheduler(0, os.SCHED_RR, os.sched_param(1))
    with open(a.scenario) as f:
        scenario = json.load(f)
    ipm = a.ipm or calibrate(5, 40)
    port = free_port()
    proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), a.scenario, "--serve",
                             "--port", str(port), "--ipm", str(ipm)])
    runs, discarded = [], []
    try:
        for _ in range(200):
            try:
                get(port, "/events")
                break
            except OSError:
                time.sleep(0.05)
        spins = [a.client == "spins"]
        if a.client == "alternates":
            spins = [True, False]
        run_once(scenario, port, 2.0 if spins[0] else 0.0)  # warm-up: pool threads, code paths
        get(port, "/events")
        attempts = 0
        while len(runs) < a.repeats and attempts < a.patience * a.repeats:
            attempts += 1
            time.sleep(a.gap)
            quiet = wait_for_quiet(max_wait=a.quiet_wait)
            slow0 = wait_for_fast(ipm, a.max_slow)
            load = [float(x) for x in open("/proc/loadavg").read().split()[:3]]
            spin_ms = 2.0 if spins[attempts % len(spins)] else 0.0
            meter = OthersMeter(proc.pid)
            meter.start()
            t0, sent, ends = run_once(scenario, port, spin_ms)
            other = meter.stop() or 0.0
            slow1 = speed_probe(ipm)
            events = json.loads(get(port, "/events"))
            ok = other <= a.max_other and max(slow0, slow1) <= a.max_slow
            print(f"attempt {attempts}: load {load[0]} quiet {quiet:.2f} other {other:.2f} cores, "
                  f"slow {slow0:.2f}/{slow1:.2f}{'' if ok else ' DISTURBED'}", file=sys.stderr)
            if not ok:
                discarded.append({"other_cores": round(other, 3), "slowdown": [round(slow0, 3), round(slow1, 3)]})
                continue
            ms = lambda ns: round((ns - t0) / 1e6, 3)
            reqs = {}
            for i, name, t in events:
                reqs.setdefault(i, {})[name] = ms(t)
            for i in sent:
                reqs.setdefault(i, {})["arrival"] = ms(sent[i])
                reqs[i]["end"] = ms(ends[i])
            runs.append({"loadavg": load, "other_cores": round(other, 3), "slowdown": [round(slow0, 3), round(slow1, 3)],
                         "client_spin_ms": spin_ms,
                         "requests": [reqs[i] for i in sorted(sent)]})
    finally:
        proc.terminate()
        proc.wait(10)
    out = {"scenario": a.scenario, "ipm": ipm, "realtime": a.realtime, "client": a.client,
           "discarded": discarded, "python": sys.version.split()[0],
           "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "runs": runs}
    if a.out:
        with open(a.out, "w") as f:
            json.dump(out, f, indent=1)
            f.write("\n")
    summarise(out)


def summarise(out):
    """Per request, the median over runs of each event's time (ms from the run's start)."""
    runs = out["runs"]
    if not runs:
        print("every run was disturbed")
        return
    n = len(runs[0]["requests"])
    names = []
    for r in runs[0]["requests"]:
        for k in r:
            if k not in names:
                names.append(k)
    order = sorted(names, key=lambda k: statistics.median(r["requests"][0].get(k, 0) for r in runs) if k != "end" else 1e9)
    print("median ms from the run's start, per request:")
    print("  id " + " ".join(f"{k:>9}" for k in order))
    for i in range(n):
        row = []
        for k in order:
            xs = [r["requests"][i][k] for r in runs if k in r["requests"][i]]
            row.append(f"{statistics.median(xs):9.1f}" if xs else " " * 9)
        print(f"  {i:2d} " + " ".join(row))


if __name__ == "__main__":
    main()
