"""A plain heap-based discrete-event simulation of LoopLab's execution model, in Python.

The baseline for `npm run bench`'s engine comparison (bench/engineVsPython.bench.ts): the same
rules as shared/engine (docs/model.md), written the way one would write them in Python —
heapq of (time, priority and tie, sequence) tuples, a class per simulated thing with
__slots__, no tricks. It covers what the benchmark's scenario uses: workers with an event loop
(iterations, call_soon hops, batch accept, the most recently idle loop woken), AnyIO's token
pool (checkpoints, LIFO waiters), asyncio's default executor, the GIL (FIFO waiters, forced
switches, the 0.45 ms hand-over, the loop releasing it at select()) and processor sharing of
the cores. It refuses scenarios with to_process, gather or closed-loop users.

    python3 bench/baseline/des.py SCENARIO.json [--ends]

prints one JSON line: the metrics, the events processed, the simulation's own time (wall and
CPU), and with
--ends every request's end time (to check it agrees with the engine). SCENARIO.json must be a
loaded scenario (every server field present), as the benchmark writes it.
"""

import heapq
import json
import math
import sys
import time
from collections import deque

STATE, GIL_SWITCH, LOOP = 0, 1, 2
TIE_SPAN = 1 << 22
ARRIVAL, AWAIT_DONE, STEP_DONE, FORCED_SWITCH, HANDOFF = range(5)
CPU, BLOCKING, AWAIT, TO_THREAD = range(4)
ANYIO, EXECUTOR = 0, 1
ACCEPT_HOPS, RESUME_HOPS = 2, 1
GIL_HANDOFF_MS = 0.45
BUSY, SUSPENDED, DONE = range(3)


def js_round(x):
    """JavaScript's Math.round (half up), which the engine's time rounding uses."""
    return math.floor(x + 0.5)


def round_time(ms):
    return js_round(ms * 1e6) / 1e6


def round_out(ms):
    return js_round(ms * 1e3) / 1e3


class Task:
    __slots__ = ("request", "ops", "pc", "anyio", "release_token", "hops", "worker")

    def __init__(self, request, ops):
        self.request = request
        self.ops = ops
        self.pc = 0
        self.anyio = 0
        self.release_token = False
        self.hops = 0
        self.worker = None


class Thread:
    __slots__ = ("is_loop", "worker", "gil", "request", "on_step_done", "remaining", "rate",
                 "last_t", "version", "running_idx", "gil_since", "on_gil", "seg_open",
                 "seg_start", "job_body", "job_step", "job_task", "on_job_done")

    def __init__(self, is_loop, worker, gil):
        self.is_loop = is_loop
        self.worker = worker
        self.gil = gil
        self.request = -1
        self.on_step_done = None
        self.remaining = 0.0
        self.rate = 0.0
        self.last_t = 0.0
        self.version = 0
        self.running_idx = -1
        self.gil_since = 0.0
        self.on_gil = None
        self.seg_open = False
        self.seg_start = 0.0
        self.job_body = None
        self.job_step = 0
        self.job_task = None
        self.on_job_done = None


class Worker:
    __slots__ = ("id", "gil", "loop", "ready", "current", "status", "resume_loop",
                 "iteration_left", "tokens_free", "token_waiters", "anyio_idle",
                 "executor_idle", "executor_threads", "executor_queue")

    def __init__(self, sim, wid, cfg):
        self.id = wid
        self.gil = Gil(sim, cfg["switchIntervalMs"]) if cfg["gil"] else None
        self.loop = Thread(True, wid, self.gil)
        self.ready = deque()
        self.current = None
        self.status = "idle"
        self.resume_loop = lambda: sim.schedule_loop(self)
        self.iteration_left = 0
        self.tokens_free = cfg["threadpoolTokens"]
        self.token_waiters = []
        self.anyio_idle = []
        self.executor_idle = deque()
        self.executor_threads = 0
        self.executor_queue = deque()


class Gil:
    """One per worker: FIFO waiters, a forced switch after the switch interval, a costly hand-over."""

    __slots__ = ("sim", "switch", "holder", "held_since", "waiters", "version")

    def __init__(self, sim, switch_ms):
        self.sim = sim
        self.switch = switch_ms
        self.holder = None
        self.held_since = 0.0
        self.waiters = deque()
        self.version = 0

    def acquire(self, th, on_granted):
        sim = self.sim
        if self.holder is th:
            return True
        if self.holder is None and not self.waiters:
            self.holder = th
            self.held_since = sim.now
            return True
        th.gil_since = sim.now
        th.on_gil = on_granted
        self.waiters.append(th)
        sim.open_segment(th)
        self.reschedule()
        return False

    def release(self, th):
        if self.holder is not th:
            return
        self.holder = None
        self.grant_next()

    def reschedule(self):
        self.version += 1
        h = self.holder
        if h is None or h.running_idx < 0 or not self.waiters:
            return
        at = max(self.held_since, self.waiters[0].gil_since) + self.switch
        self.sim.push(round_time(at), GIL_SWITCH, h.request, FORCED_SWITCH, self, self.version)

    def force_switch(self, version):
        if version != self.version:
            return
        h = self.holder
        if h is None or h.running_idx < 0 or not self.waiters:
            return
        sim = self.sim
        sim.cores.stop(h)
        h.gil_since = sim.now
        h.on_gil = None
        self.waiters.append(h)
        sim.open_segment(h)
        self.holder = None
        self.grant_next()

    def grant_next(self):
        sim = self.sim
        if self.waiters:
            nxt = self.waiters.popleft()
            self.holder = nxt
            self.held_since = sim.now + GIL_HANDOFF_MS
            sim.push(round_time(sim.now + GIL_HANDOFF_MS), STATE, nxt.request, HANDOFF, nxt)
        self.reschedule()

    def handoff_done(self, nxt):
        sim = self.sim
        sim.close_segment(nxt)
        granted = nxt.on_gil
        nxt.on_gil = None
        if granted is not None:
            granted()
        else:
            sim.cores.start(nxt)
        self.reschedule()


class Cores:
    """Processor sharing: n threads running Python on c cores each run at min(1, c / n)."""

    __slots__ = ("sim", "count", "running", "last_change", "time_at_level")

    def __init__(self, sim, count):
        self.sim = sim
        self.count = count
        self.running = []
        self.last_change = 0.0
        self.time_at_level = [0.0]

    def integrate(self, now):
        n = len(self.running)
        while len(self.time_at_level) <= n:
            self.time_at_level.append(0.0)
        self.time_at_level[n] += now - self.last_change
        self.last_change = now

    def start(self, th):
        now = self.sim.now
        self.integrate(now)
        th.running_idx = len(self.running)
        self.running.append(th)
        th.rate = 0.0
        th.last_t = now
        self.retune()

    def stop(self, th):
        now = self.sim.now
        self.integrate(now)
        th.remaining = remaining_at(th, now)
        th.last_t = now
        th.rate = 0.0
        th.version += 1
        i = th.running_idx
        last = self.running.pop()
        if last is not th:
            self.running[i] = last
            last.running_idx = i
        th.running_idx = -1
        self.retune()

    def retune(self):
        sim = self.sim
        now = sim.now
        n = len(self.running)
        rate = 1 if n <= self.count else self.count / n
        for th in self.running:
            if th.rate == rate:
                continue
            th.remaining = remaining_at(th, now)
            th.last_t = now
            th.rate = rate
            th.version += 1
            sim.open_segment(th)
            sim.push(round_time(now + th.remaining / rate), STATE, th.request, STEP_DONE, th, th.version)


def remaining_at(th, now):
    left = th.remaining - (now - th.last_t) * th.rate
    return left if left > 1e-9 else 0.0


def compile_route(route):
    def sync(step):
        return (CPU, step["cpu"], ANYIO, ()) if "cpu" in step else (BLOCKING, step["blocking_io"], ANYIO, ())

    if route["kind"] == "sync":
        return [(TO_THREAD, 0, ANYIO, tuple(sync(s) for s in route["steps"]))]
    ops = []
    for s in route["steps"]:
        if "cpu" in s or "blocking_io" in s:
            ops.append(sync(s))
        elif "await_io" in s:
            ops.append((AWAIT, s["await_io"], ANYIO, ()))
        elif "to_thread" in s:
            ops.append((TO_THREAD, 0, EXECUTOR if s.get("pool") == "executor" else ANYIO, tuple(sync(b) for b in s["to_thread"])))
        else:
            raise SystemExit(f"the baseline does not model this step: {json.dumps(s)}")
    return ops


class Sim:
    def __init__(self, scenario):
        cfg = scenario["server"]
        self.cfg = cfg
        self.now = 0.0
        self.heap = []
        self.seq = 0
        self.events = 0
        self.cores = Cores(self, cfg["cores"])
        self.workers = [Worker(self, i, cfg) for i in range(cfg["workers"])]
        self.due = []
        self.idle = [self.workers[i] for i in range(cfg["workers"] - 1, -1, -1)]
        self.accept_wake = None
        self.pending = deque()
        self.busy_threads = 0
        self.peak_threads = 0
        self.loop_blocked = [0.0] * cfg["workers"]
        names = {r["name"]: i for i, r in enumerate(scenario["routes"])}
        self.route_ops = [compile_route(r) for r in scenario["routes"]]
        self.route_of = []
        base = 0
        for a in scenario["requests"]:
            if "users" in a:
                raise SystemExit("the baseline does not model closed-loop users")
            count = a.get("count", 1)
            self.route_of.extend([names[a["route"]]] * count)
            if count > 0:
                # [next id, t, every, left]
                self.push(a.get("at", 0), STATE, base, ARRIVAL, [base, a.get("at", 0), a.get("every", 0), count])
            base += count
        n = base
        self.arrival = [0.0] * n
        self.start = [-1.0] * n
        self.end = [-1.0] * n
        self.completed = 0

    # The event heap and the loops due now.
    def push(self, t, prio, tie, kind, target, version=0):
        self.seq += 1
        heapq.heappush(self.heap, (t, prio * TIE_SPAN + tie + 1, self.seq, kind, target, version))

    def schedule_loop(self, w):
        w.status = "scheduled"
        due = self.due
        i = len(due)
        while i > 0 and due[i - 1].id > w.id:
            i -= 1
        due.insert(i, w)

    # Loop-blocked time: a loop's open segment (cpu, blocking I/O or a GIL wait).
    def open_segment(self, th):
        self.close_segment(th)
        if th.is_loop:
            th.seg_open = True
            th.seg_start = self.now

    def close_segment(self, th):
        if th.seg_open:
            th.seg_open = False
            if self.now - th.seg_start >= 1e-9:
                self.loop_blocked[th.worker] += self.now - th.seg_start

    def run(self):
        heap = self.heap
        due = self.due
        while True:
            if due and not (heap and heap[0][0] == self.now and heap[0][1] < LOOP * TIE_SPAN):
                self.events += 1
                self.loop_run(due.pop(0))
                continue
            if not heap:
                break
            t, _, _, kind, target, version = heapq.heappop(heap)
            self.now = t
            self.events += 1
            if kind == ARRIVAL:
                self.on_arrival(target)
            elif kind == AWAIT_DONE:
                self.make_ready(target)
            elif kind == STEP_DONE:
                self.step_done(target, version)
            elif kind == FORCED_SWITCH:
                target.force_switch(version)
            else:
                target.gil.handoff_done(target)
        self.cores.integrate(self.now)
        if self.completed != len(self.end):
            raise SystemExit(f"baseline bug: {len(self.end) - self.completed} requests never finished")

    # Arrivals and the shared socket.
    def on_arrival(self, cursor):
        rid = cursor[0]
        cursor[3] -= 1
        if cursor[3] > 0:
            cursor[0] += 1
            cursor[1] += cursor[2]
            self.push(cursor[1], STATE, cursor[0], ARRIVAL, cursor)
        self.arrival[rid] = self.now
        self.pending.append(Task(rid, self.route_ops[self.route_of[rid]]))
        if self.accept_wake is None and self.idle:
            w = self.idle.pop()
            self.accept_wake = w
            self.schedule_loop(w)

    def accept(self, w):
        if not self.pending:
            return
        self.accept_wake = None
        while self.pending:
            task = self.pending.popleft()
            task.worker = w
            task.hops = ACCEPT_HOPS
            w.ready.append(task)

    def make_ready(self, task, hops=RESUME_HOPS):
        w = task.worker
        task.hops = hops
        w.ready.append(task)
        if w.status == "idle":
            idle = self.idle
            for i in range(len(idle) - 1, -1, -1):
                if idle[i] is w:
                    del idle[i]
                    break
            self.schedule_loop(w)

    # The event loop: iterations, each starting with select() (which releases the GIL).
    def loop_run(self, w):
        if w.status != "scheduled":
            return
        th = w.loop
        gil = w.gil
        if gil is not None and gil.holder is not th:
            if not gil.acquire(th, w.resume_loop):
                w.status = "gil_wait"
                return
        w.status = "running"
        cur = w.current
        after_select = cur is None and w.iteration_left == 0
        if cur is not None:
            w.current = None
            if self.run_task(cur) == BUSY:
                return
        while True:
            while w.iteration_left > 0:
                w.iteration_left -= 1
                if self.run_task(w.ready.popleft()) == BUSY:
                    return
            if not w.ready and not self.pending:
                break
            if not after_select and gil is not None and gil.waiters:
                gil.release(th)
                w.status = "scheduled"
                self.loop_run(w)
                return
            after_select = False
            self.accept(w)
            w.iteration_left = len(w.ready)
        w.status = "idle"
        if gil is not None:
            gil.release(th)
        self.idle.append(w)

    def run_task(self, task):
        w = task.worker
        req = task.request
        if task.hops > 0:
            task.hops -= 1
            w.ready.append(task)
            return SUSPENDED
        if self.start[req] < 0:
            self.start[req] = self.now
        if task.release_token:
            task.release_token = False
            self.release_token(w)
        ops = task.ops
        while task.pc < len(ops):
            kind, ms, pool, body = ops[task.pc]
            if kind == CPU or kind == BLOCKING:
                task.pc += 1
                w.current = task
                w.status = "busy"
                if kind == CPU:
                    self.run_cpu(w.loop, ms, req, w.resume_loop)
                else:
                    self.run_blocking(w.loop, ms, req, w.resume_loop)
                return BUSY
            if kind == AWAIT:
                task.pc += 1
                self.push(round_time(self.now + ms), STATE, req, AWAIT_DONE, task)
                return SUSPENDED
            if pool == ANYIO:
                self.to_anyio_thread(task, body)
            else:
                self.to_executor(task, body)
            return SUSPENDED
        self.end[req] = self.now
        self.completed += 1
        return DONE

    # AnyIO's token pool and asyncio's executor.
    def to_anyio_thread(self, task, body):
        w = task.worker
        if task.anyio == 0:
            task.anyio = 1
            self.make_ready(task, 0)  # checkpoint()
            return
        if task.anyio == 1:
            if w.tokens_free == 0:
                w.token_waiters.append(task)
                return
            w.tokens_free -= 1
            task.anyio = 3
            self.make_ready(task, 0)  # cancel_shielded_checkpoint()
            return
        task.anyio = 0
        th = w.anyio_idle.pop() if w.anyio_idle else self.new_anyio_thread(w)
        self.start_pool_job(th, task, body)

    def new_anyio_thread(self, w):
        th = Thread(False, w.id, w.gil)

        def done(task):
            self.busy_threads -= 1
            w.anyio_idle.append(th)
            task.pc += 1
            task.release_token = True
            self.make_ready(task)

        th.on_job_done = done
        return th

    def release_token(self, w):
        if not w.token_waiters:
            w.tokens_free += 1
            return
        nxt = w.token_waiters.pop()  # AnyIO 3.x: OrderedDict.popitem(), the newest waiter
        nxt.anyio = 2
        self.make_ready(nxt)

    def to_executor(self, task, body):
        w = task.worker
        th = w.executor_idle.popleft() if w.executor_idle else None
        if th is None and w.executor_threads < self.cfg["executorThreads"]:
            th = self.new_executor_thread(w)
        if th is None:
            w.executor_queue.append(task)
            return
        self.start_pool_job(th, task, body)

    def new_executor_thread(self, w):
        th = Thread(False, w.id, w.gil)
        w.executor_threads += 1

        def done(task):
            self.busy_threads -= 1
            task.pc += 1
            self.make_ready(task)
            if w.executor_queue:
                queued = w.executor_queue.popleft()
                self.start_pool_job(th, queued, queued.ops[queued.pc][3])
            else:
                w.executor_idle.append(th)

        th.on_job_done = done
        return th

    def start_pool_job(self, th, task, body):
        self.busy_threads += 1
        if self.busy_threads > self.peak_threads:
            self.peak_threads = self.busy_threads
        th.job_body = body
        th.job_step = 0
        th.job_task = task
        self.next_job_step(th)

    def next_job_step(self, th):
        task = th.job_task
        if th.job_step >= len(th.job_body):
            if th.gil is not None:
                th.gil.release(th)
            th.job_task = None
            th.on_job_done(task)
            return
        kind, ms, _, _ = th.job_body[th.job_step]
        th.job_step += 1
        on_done = lambda: self.next_job_step(th)
        if kind == CPU:
            self.run_cpu(th, ms, task.request, on_done)
        else:
            self.run_blocking(th, ms, task.request, on_done)

    # A thread's sync steps: cpu holds the GIL on a share of a core, blocking I/O releases it.
    def run_cpu(self, th, ms, req, on_done):
        th.request = req
        th.on_step_done = on_done
        th.remaining = ms
        th.rate = 0.0
        if th.gil is not None and not th.gil.acquire(th, None):
            return
        self.cores.start(th)
        if th.gil is not None:
            th.gil.reschedule()

    def run_blocking(self, th, ms, req, on_done):
        if th.gil is not None:
            th.gil.release(th)
        th.request = req
        th.on_step_done = on_done
        th.version += 1
        self.open_segment(th)
        self.push(round_time(self.now + ms), STATE, req, STEP_DONE, th, th.version)

    def step_done(self, th, version):
        if version != th.version:
            return
        if th.running_idx >= 0:
            self.cores.stop(th)
            if th.gil is not None:
                th.gil.reschedule()
        self.close_segment(th)
        done = th.on_step_done
        th.on_step_done = None
        done()

    def metrics(self):
        n = len(self.end)
        latencies = sorted(self.end[i] - self.arrival[i] for i in range(n))
        first = min(self.arrival)
        makespan = max(self.end) - first
        total = 0.0
        for l in latencies:
            total += l

        def pct(p):
            rank = math.ceil(p / 100 * n)
            return latencies[min(n, max(1, rank)) - 1]

        levels = self.cores.time_at_level
        return {
            "requests": n,
            "makespan": round_out(makespan),
            "throughput": js_round(n / makespan * 1e6) / 1e3 if makespan > 0 else 0,
            "latency": {"mean": round_out(total / n), "p50": round_out(pct(50)), "p95": round_out(pct(95)),
                        "p99": round_out(pct(99)), "max": round_out(latencies[-1])},
            "loopBlockedMs": [round_out(b) for b in self.loop_blocked],
            "loopBlockedTotalMs": round_out(sum(self.loop_blocked)),
            "peakThreads": self.peak_threads,
            "cpuUtilisation": [js_round(sum(levels[k + 1:]) / makespan * 1e4) / 1e4 if makespan > 0 else 0
                               for k in range(self.cfg["cores"])],
        }


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    with open(argv[1]) as f:
        scenario = json.load(f)
    t0, cpu0 = time.perf_counter(), time.process_time()
    sim = Sim(scenario)
    sim.run()
    metrics = sim.metrics()
    ms, cpu_ms = (time.perf_counter() - t0) * 1000, (time.process_time() - cpu0) * 1000
    out = {"metrics": metrics, "events": sim.events, "ms": ms, "cpuMs": cpu_ms}
    if "--ends" in argv:
        out["ends"] = sim.end
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv)
