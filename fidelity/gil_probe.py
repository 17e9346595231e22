"""Measures how CPython 3.11 hands its GIL to an event-loop-like thread beside CPU-bound threads.

    nice -n -15 /usr/bin/python3 fidelity/gil_probe.py [--threads 0 1 2 3] [--wakes 60]

No web server: the real stack's convoy comes down to this, so it is measured alone.
`threads` CPU-bound threads run a pure-Python loop. A "loop" thread imitates asyncio's
thread: it blocks in select() on a pipe; a separate process (so it never needs our GIL)
writes a byte to the pipe every `every` ms and records when (CLOCK_MONOTONIC, shared by
both processes). When the loop thread wakes it records when it had the GIL back, then
makes `calls` short system calls (a 1-byte os.write and os.read on a second pipe, each
releasing and re-taking the GIL, as accept/recv/send do), recording the time after each.
With `--call tcp` a short call is a 200-byte send() and recv() on a loopback TCP connection
instead (a response's size; loopback TCP does more work in the kernel than a pipe).

From that, per wake: the wait from the writer's write to the loop running Python again
(`wake_ms`), and the wait after each short call (`call_ms`). The CPU threads record
every gap in their own progress longer than 0.2 ms (they lost the GIL), so the output
also tells how long each holder kept the GIL (`cpu_run_ms`).
"""

import argparse
import json
import os
import platform
import select
import statistics
import sys
import threading
import time

GAP_NS = 200_000


def cpu_thread(stop, gaps):
    """Busy pure-Python work; records (start, end) of every stretch it did not run."""
    now = time.monotonic_ns
    last = now()
    while not stop.is_set():
        x = 0
        for i in range(200):  # ~5 µs of bytecode between two clock reads
            x += i
        t = now()
        if t - last > GAP_NS:
            gaps.append((last, t))
        last = t


def writer(fd, every_ms, wakes, out_fd, start_ns):
    """In a child process: a byte every `every_ms`, and the time of each write. It sleeps
    rather than spins, so that it never holds a core the measured threads need (at real-time
    priority a spinning writer would keep a waking thread off its core)."""
    times = []
    t = start_ns
    for _ in range(wakes):
        t += int(every_ms * 1e6)
        left = (t - time.monotonic_ns()) / 1e9
        if left > 0:
            time.sleep(left)
        times.append(time.monotonic_ns())
        os.write(fd, b"x")
    os.write(out_fd, json.dumps(times).encode())
    os.close(out_fd)


def short_call_pair(kind):
    """Two ends the loop thread writes to and reads back from (each call releases the GIL)."""
    if kind == "pipe":
        r, w = os.pipe()
        return (lambda: os.write(w, b"y")), (lambda: os.read(r, 1))
    import socket
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    a = socket.create_connection(srv.getsockname())
    b, _ = srv.accept()
    for s in (a, b):
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    payload = b"z" * 200
    return (lambda: a.send(payload)), (lambda: b.recv(4096))


def run(threads, wakes, every_ms, calls, switch_ms, call_kind="pipe"):
    sys.setswitchinterval(switch_ms / 1000)
    wake_r, wake_w = os.pipe()
    res_r, res_w = os.pipe()
    call_out, call_in = short_call_pair(call_kind)
    start_ns = time.monotonic_ns() + 200_000_000
    pid = os.fork()
    if pid == 0:
        os.close(wake_r)
        os.close(res_r)
        try:
            writer(wake_w, every_ms, wakes, res_w, start_ns)
        finally:
            os._exit(0)
    os.close(wake_w)
    os.close(res_w)

    stop = threading.Event()
    gaps = [[] for _ in range(threads)]
    workers = [threading.Thread(target=cpu_thread, args=(stop, gaps[i]), daemon=True) for i in range(threads)]
    for w in workers:
        w.start()

    woke, after_calls = [], []
    for _ in range(wakes):
        select.select([wake_r], [], [])
        t = time.monotonic_ns()
        os.read(wake_r, 1)
        woke.append(t)
        stamps = []
        for _ in range(calls):
            call_out()
            call_in()
            stamps.append(time.monotonic_ns())
        after_calls.append(stamps)
    stop.set()
    for w in workers:
        w.join()
    written = json.loads(os.read(res_r, 1 << 20).decode())
    os.waitpid(pid, 0)

    wake_ms = [(w - s) / 1e6 for w, s in zip(woke, written)]
    call_ms = []
    for w, stamps in zip(woke, after_calls):
        prev = w
        for s in stamps:
            call_ms.append((s - prev) / 1e6)
            prev = s
    t0, t1 = written[0] - 50_000_000, woke[-1]
    held = []  # how long each CPU thread ran between two of its own gaps
    for g in gaps:
        inside = [(a, b) for a, b in g if t0 <= a <= t1]
        held += [(a2 - b1) / 1e6 for (_, b1), (a2, _) in zip(inside, inside[1:])]
    return {
        "threads": threads, "wakes": wakes, "every_ms": every_ms, "calls": calls, "call": call_kind,
        "switch_ms": switch_ms,
        "wake_ms": [round(x, 3) for x in wake_ms],
        "call_ms": [round(x, 3) for x in call_ms],
        "cpu_run_ms": [round(x, 3) for x in held],
    }


def summary(xs):
    if not xs:
        return "-"
    q = statistics.quantiles(xs, n=10) if len(xs) >= 10 else [min(xs)] * 9
    return f"median {statistics.median(xs):7.3f}  p10 {q[0]:7.3f}  p90 {q[8]:7.3f}  max {max(xs):7.3f}  (n {len(xs)})"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threads", type=int, nargs="+", default=[0, 1, 2, 3])
    ap.add_argument("--wakes", type=int, default=60)
    ap.add_argument("--every", type=float, default=20.0, help="ms between two wakes")
    ap.add_argument("--calls", type=int, default=6, help="short system calls after each wake")
    ap.add_argument("--call", choices=["pipe", "tcp"], default="pipe")
    ap.add_argument("--switch", type=float, default=5.0, help="sys.setswitchinterval, ms")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    results = []
    for n in a.threads:
        r = run(n, a.wakes, a.every, a.calls, a.switch, a.call)
        r["loadavg"] = [float(x) for x in open("/proc/loadavg").read().split()[:3]]
        results.append(r)
        print(f"{n} CPU threads (load {r['loadavg'][0]}):")
        print(f"  wake → loop runs   {summary(r['wake_ms'])}")
        print(f"  short call → back  {summary(r['call_ms'])}")
        lost = sum(1 for x in r["call_ms"] if x > 0.5)
        print(f"  short calls that lost the GIL (> 0.5 ms): {lost} of {len(r['call_ms'])}")
        print(f"  CPU thread runs    {summary(r['cpu_run_ms'])}")
        sys.stdout.flush()
    if a.out:
        with open(a.out, "w") as f:
            json.dump({"python": platform.python_version(), "results": results,
                       "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
