"""Sends a scenario's requests to a real server at their arrival times and records their ends.

One thread, non-blocking sockets, one connection per request (`Connection: close`).
"Arrival" = the moment the server's kernel has the connection in its accept queue *and* the
request bytes in the socket: at the scheduled time the client connects (on loopback the
handshake completes inside connect(), ~30 µs) and at once sends the whole request. A
connection opened earlier would be accepted earlier by whichever worker loop was free then,
which is not what the model's accept rule (docs/model.md#accept) means by arrival. The
client spins for the last 2 ms before an arrival so that it is on time.

Times are ms from the run's start t0 (time.monotonic(), the clock of the server's X-Start /
X-End headers). Only the standard library: the client runs in the measuring process, which
never imports FastAPI.
"""

import errno
import selectors
import socket
import time


def expand_requests(scenario):
    """The engine's request numbering (docs/model.md#order): entries in order, a train's requests one
    after another; closed-loop user u's j-th request is base + u*each + j."""
    routes = {r["name"]: i for i, r in enumerate(scenario["routes"])}
    out = []  # dicts: id, route (index), at (ms, or None until the previous one ends), next, think
    for entry in scenario["requests"]:
        ri = routes[entry["route"]]
        if "users" in entry:
            n, k = entry["users"], entry.get("each", 1)
            base = len(out)
            out.extend([None] * (n * k))
            for u in range(n):
                for j in range(k):
                    rid = base + u * k + j
                    out[rid] = {
                        "id": rid,
                        "route": ri,
                        "at": entry.get("at", 0) if j == 0 else None,
                        "next": rid + 1 if j + 1 < k else None,
                        "think": entry.get("think", 0),
                    }
        else:
            count, every = entry.get("count", 1), entry.get("every", 0)
            for j in range(count):
                out.append({"id": len(out), "route": ri, "at": entry.get("at", 0) + j * every,
                            "next": None, "think": 0})
    return out


class _Conn:
    __slots__ = ("req", "sock", "buf", "sent_at", "end", "headers", "need")

    def __init__(self, req, sock, sent_at):
        self.req, self.sock, self.sent_at = req, sock, sent_at
        self.buf = b""
        self.end = None
        self.headers = None
        self.need = None


class RunTimeout(Exception):
    """The run did not finish within its bound; `pending` are the request ids still open."""

    def __init__(self, timeout_s, pending):
        super().__init__(f"the run did not finish within {timeout_s:g} s "
                         f"({len(pending)} request(s) unanswered: {pending[:10]})")
        self.pending = pending


def run_once(scenario, host="127.0.0.1", port=8000, lead_ms=50.0, timeout_s=60.0, spin_ms=2.0):
    """Runs the scenario once; returns a list of per-request dicts, indexed by id.

    Every wait is bounded: connect() by 5 s, the whole run by `timeout_s` (RunTimeout).
    `spin_ms`: how long before an arrival the client stops sleeping and spins (0 at real-time
    priority, where a spinning client would keep the server's threads off a core).
    """
    reqs = expand_requests(scenario)
    sel = selectors.DefaultSelector()
    t0 = time.monotonic() + lead_ms / 1000
    due = sorted((r["at"], r["id"]) for r in reqs if r["at"] is not None)
    results = [None] * len(reqs)
    conns = {}
    deadline = t0 + timeout_s

    def now_ms():
        return (time.monotonic() - t0) * 1000

    def send(req):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        s.settimeout(5.0)
        try:
            s.connect((host, port))  # completes in the kernel on loopback
        except OSError:
            s.close()
            raise
        sent = now_ms()
        s.sendall(f"GET /r{req['route']} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        s.setblocking(False)
        c = _Conn(req, s, sent)
        sel.register(s, selectors.EVENT_READ, c)
        conns[req["id"]] = c

    def finish(c):
        sel.unregister(c.sock)
        c.sock.close()
        del conns[c.req["id"]]
        h = c.headers
        req = c.req
        results[req["id"]] = {
            "id": req["id"],
            "route": req["route"],
            "scheduled_ms": req["at"],
            "sent_ms": c.sent_at,
            "end_ms": c.end,
            "start_ms": (float(h["x-start"]) - t0) * 1000 if "x-start" in h else None,
            "handler_end_ms": (float(h["x-end"]) - t0) * 1000 if "x-end" in h else None,
            "pid": int(h["x-pid"]) if "x-pid" in h else None,
            "status": h.get(":status"),
        }
        if req["next"] is not None:
            nxt = reqs[req["next"]]
            nxt["at"] = c.end + req["think"]
            due.append((nxt["at"], nxt["id"]))
            due.sort()

    try:
        while due or conns:
            if time.monotonic() > deadline:
                raise RunTimeout(timeout_s, sorted(conns) + [rid for _, rid in due])
            while due and due[0][0] <= now_ms():  # send everything that is due
                _, rid = due.pop(0)
                send(reqs[rid])
            if due:
                wait = (due[0][0] - now_ms()) / 1000
                timeout = 0 if wait < spin_ms / 1000 else wait - spin_ms / 1000
            else:
                timeout = 0.5
            timeout = min(timeout, max(0.0, deadline - time.monotonic()))
            for key, _ in sel.select(timeout):
                c = key.data
                try:
                    data = c.sock.recv(65536)
                except OSError as e:
                    if e.errno in (errno.EAGAIN, errno.EWOULDBLOCK):
                        continue
                    raise
                if not data:  # EOF
                    if c.end is None:
                        c.end = now_ms()
                        if c.headers is None:
                            c.headers = {}
                    finish(c)
                    continue
                c.buf += data
                if c.headers is None and b"\r\n\r\n" in c.buf:
                    head, _, body = c.buf.partition(b"\r\n\r\n")
                    lines = head.decode("latin-1").split("\r\n")
                    hd = {":status": int(lines[0].split()[1])}
                    for line in lines[1:]:
                        k, _, v = line.partition(":")
                        hd[k.strip().lower()] = v.strip()
                    c.headers = hd
                    c.need = int(hd.get("content-length", -1))
                    c.buf = body
                if c.headers is not None and c.end is None and 0 <= c.need <= len(c.buf):
                    c.end = now_ms()  # the whole response is here: the request has ended
                    # Close now rather than wait for the server's EOF: pool processes forked
                    # while this connection was open hold its socket, and the EOF never comes.
                    finish(c)
    finally:
        for c in list(conns.values()):
            c.sock.close()
        sel.close()
    return results
