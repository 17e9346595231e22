"""A plain heap-based discrete-event simulation of LoopLab's execution model, in Python.

The baseline for `npm run bench`'s engine comparison (bench/engineVsPython.bench.ts): the same
rules as shared/engine (docs/model.md), written the way one would write them in Python —
heapq of (time, priority and tie, sequence) tuples, a class per simulated thing with
__slots__, no tricks. It covers what the benchmark's scenario uses: workers with an event loop
(iterations, call_soon hops, batch accept, the most recently idle loop woken, the loop's own
work per request), AnyIO's token pool (checkpoints, LIFO waiters), asyncio's default executor,
new pool threads' start-up, CPython's take_gil (timed waits of one interval, drop requests,
FORCE_SWITCHING, the loop's short system calls) and processor sharing of the cores. It
refuses scenarios with to_process, gather or closed-loop users.

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
ARRIVAL, AWAIT_DONE, STEP_DONE, GIL_TIMEOUT, GIL_WAKE, LOOP_WAKE = range(6)
CPU, BLOCKING, AWAIT, TO_THREAD, SERVER = range(5)
ANYIO, EXECUTOR = 0, 1
ACCEPT_HOPS, RESUME_HOPS = 2, 1
BUSY, SUSPENDED, DONE = range(3)
# AnyIO's handshake (TokenPhase in world.ts).
NOT_STARTED, CHECKPOINTED, HANDED_OVER, TAKEN = range(4)
# Where a thread is in take_gil (GilState in gil.ts).
G_NONE, G_WAITING, G_WAKING, G_SWITCH_WAIT = range(4)
# The states a loop's open segment can be in (only what loopBlockedMs needs).
SEG_NONE, SEG_CPU, SEG_SERVER, SEG_BLOCKING, SEG_GIL_WAIT = range(5)
# GIL_TIMING in gil.ts, in ms.
TIMER_LATENCY, WAKE, SWITCH_WAIT, SWITCH, LOOP_WAKE_MS = 0.1, 0.05, 0.01, 0.45, 0.1
SHORT_CALLS_PER_LOSS, STARVED_WINS_AFTER = 2, 55
THREAD_START_MS = 0.25
RECEIVE_SHARE = 0.5
RECEIVE, RESPOND = 1, 2


def js_round(x):
    """JavaScript's Math.round (half up), which the engine's time rounding uses."""
    return math.floor(x + 0.5)


def round_time(ms):
    return js_round(ms * 1e6) / 1e6


def round_out(ms):
    return js_round(ms * 1e3) / 1e3


class Task:
    __slots__ = ("request", "ops", "pc", "token_phase", "started_pool", "release_token", "hops", "worker")

    def __init__(self, request, ops):
        self.request = request
        self.ops = ops
        self.pc = 0
        self.token_phase = NOT_STARTED
        self.started_pool = False
        self.release_token = False
        self.hops = 0
        self.worker = None


class Thread:
    __slots__ = ("is_loop", "worker", "gil", "request", "on_step_done", "cpu_state", "remaining", "rate",
                 "last_t", "version", "running_idx", "gil_state", "gil_version", "gil_window_end",
                 "gil_timeout_at", "gil_want_since", "gil_switches", "on_gil", "seg_state", "seg_start",
                 "job_body", "job_step", "job_task", "next_job_step", "finish_job", "on_job_done")

    def __init__(self, is_loop, worker, gil):
        self.is_loop = is_loop
        self.worker = worker
        self.gil = gil
        self.request = -1
        self.on_step_done = None
        self.cpu_state = SEG_CPU
        self.remaining = 0.0
        self.rate = 0.0
        self.last_t = 0.0
        self.version = 0
        self.running_idx = -1
        self.gil_state = G_NONE
        self.gil_version = 0
        self.gil_window_end = 0.0
        self.gil_timeout_at = -1.0
        self.gil_want_since = 0.0
        self.gil_switches = 0
        self.on_gil = None
        self.seg_state = SEG_NONE
        self.seg_start = 0.0
        self.job_body = None
        self.job_step = 0
        self.job_task = None
        self.next_job_step = None
        self.finish_job = None
        self.on_job_done = None


class Worker:
    __slots__ = ("id", "gil", "loop", "ready", "current", "status", "resume_loop", "lost_gil",
                 "iteration_left", "tokens_free", "token_waiters", "anyio_idle",
                 "executor_idle", "executor_made", "executor_queue")

    def __init__(self, sim, wid, cfg):
        self.id = wid
        self.gil = Gil(sim, cfg["switchIntervalMs"]) if cfg["gil"] else None
        self.loop = Thread(True, wid, self.gil)
        self.ready = deque()
        self.current = None
        self.status = "idle"
        self.resume_loop = lambda: sim.schedule_loop(self)
        self.lost_gil = False
        self.iteration_left = 0
        self.tokens_free = cfg["threadpoolTokens"]
        self.token_waiters = []
        self.anyio_idle = []
        self.executor_idle = deque()
        self.executor_made = 0
        self.executor_queue = deque()


class Gil:
    """CPython 3.11's take_gil and drop_gil, as gil.ts models them (docs/model.md#gil)."""

    __slots__ = ("sim", "interval", "holder", "last_holder", "switches", "drop_requested", "requester",
                 "waiters", "wanting", "switch_waiters", "short_calls_made")

    def __init__(self, sim, interval):
        self.sim = sim
        self.interval = interval
        self.holder = None
        self.last_holder = None
        self.switches = 0
        self.drop_requested = False
        self.requester = None
        self.waiters = {}  # in the condition variable's timed wait, longest waiting first
        self.wanting = 0
        self.switch_waiters = []
        self.short_calls_made = 0

    def acquire(self, th, on_granted):
        if self.holder is th:
            return True
        if self.holder is None:
            self.take(th)
            return True
        sim = self.sim
        th.on_gil = on_granted
        sim.thread_state(th, SEG_GIL_WAIT)
        self.wanting += 1
        th.gil_want_since = sim.now
        self.start_wait(th, sim.now)
        return False

    def release(self, th):
        if self.holder is not th:
            return
        self.holder = None
        if self.drop_requested:
            self.hand_to_requester()
        else:
            self.signal()

    def drop_and_retake(self, th):
        if self.holder is not th:
            return False
        if self.drop_requested:
            self.holder = None
            self.hand_to_requester()
            return False
        if not self.waiters:
            return True
        if self.loses_short_calls(1):
            self.holder = None
            self.hand_to_oldest()
            return False
        w = next(iter(self.waiters))
        self.unlink(w)
        self.start_wait(w, self.sim.now + WAKE)
        return True

    def short_calls(self, th, n, in_burst):
        if not self.waiters or self.holder is not th or not self.loses_short_calls(n):
            return False
        sim = self.sim
        th.gil_want_since = sim.now
        if in_burst:
            sim.cores.stop(th)
            th.on_gil = None
            sim.thread_state(th, SEG_GIL_WAIT)
            self.wanting += 1
            self.start_wait(th, sim.now)
        self.holder = None
        self.hand_to_oldest()
        return True

    def loses_short_calls(self, calls):
        self.short_calls_made += calls * min(4, len(self.waiters))
        if self.short_calls_made < SHORT_CALLS_PER_LOSS:
            return False
        self.short_calls_made -= SHORT_CALLS_PER_LOSS
        return True

    def hand_to_oldest(self):
        w = next(iter(self.waiters))
        self.unlink(w)
        self.take(w)
        self.wake(w, WAKE)

    def reschedule(self):
        h = self.holder
        if h is not None and self.drop_requested and h.running_idx >= 0:
            self.force_drop(h)

    def timed_out(self, th):
        th.gil_timeout_at = -1.0
        if th.gil_state != G_WAITING:
            return
        sim = self.sim
        if sim.now < th.gil_window_end:
            self.queue_timeout(th)
            return
        self.unlink(th)
        h = self.holder
        if h is None:
            self.grant(th)
            return
        if h is th:
            return
        no_switch = self.switches == th.gil_switches
        self.start_wait(th, sim.now)
        if no_switch:
            self.drop_requested = True
            self.requester = th
            if h.running_idx >= 0:
                self.force_drop(h)

    def woken(self, th, version):
        if version != th.gil_version or th.gil_state != G_WAKING:
            return
        th.gil_state = G_NONE
        if self.holder is th:
            self.drop_requested = False
            self.requester = None
            self.run(th)
        elif self.holder is None:
            self.grant(th)
        else:
            self.start_wait(th, self.sim.now)

    def grant(self, th):
        self.take(th)
        self.run(th)

    def run(self, th):
        self.wanting -= 1
        self.sim.close_thread(th)
        granted = th.on_gil
        th.on_gil = None
        if granted is not None:
            granted()
        else:
            self.sim.cores.start(th)
        self.reschedule()

    def force_drop(self, h):
        sim = self.sim
        sim.cores.stop(h)
        h.on_gil = None
        sim.thread_state(h, SEG_GIL_WAIT)
        self.holder = None
        h.gil_state = G_SWITCH_WAIT
        h.gil_want_since = sim.now
        h.gil_version += 1
        self.wanting += 1
        self.switch_waiters.append(h)
        self.hand_to_requester()

    def hand_to_requester(self):
        self.drop_requested = False
        r = self.requester
        self.requester = None
        if r is None or r.gil_state != G_WAITING:
            self.signal()
            return
        if len(self.waiters) > 1:
            w = self.longest_wanting(r)
            if self.sim.now - w.gil_want_since >= STARVED_WINS_AFTER:
                self.unlink(w)
                self.wake(w, WAKE)
                return
        self.unlink(r)
        self.take(r)
        self.wake(r, SWITCH)

    def longest_wanting(self, other):
        best = None
        for w in self.waiters:
            if w is not other and (best is None or w.gil_want_since < best.gil_want_since):
                best = w
        return best

    def signal(self):
        if not self.waiters:
            return
        w = next(iter(self.waiters))
        self.unlink(w)
        self.wake(w, WAKE)

    def wake(self, th, after):
        th.gil_state = G_WAKING
        th.gil_version += 1
        sim = self.sim
        sim.push(round_time(sim.now + after), STATE, th.request, GIL_WAKE, th, th.gil_version)

    def take(self, th):
        self.holder = th
        if self.last_holder is not th:
            self.last_holder = th
            self.switches += 1
            if self.switch_waiters:
                for d in self.switch_waiters:
                    if d is not th and d.gil_state == G_SWITCH_WAIT:
                        self.wake(d, SWITCH_WAIT)
                self.switch_waiters.clear()
        self.drop_requested = False
        self.requester = None

    def start_wait(self, th, start):
        th.gil_state = G_WAITING
        th.gil_switches = self.switches
        th.gil_version += 1
        self.waiters[th] = None
        th.gil_window_end = round_time(start + self.interval + TIMER_LATENCY)
        if th.gil_timeout_at < 0 or th.gil_timeout_at > th.gil_window_end:
            self.queue_timeout(th)

    def queue_timeout(self, th):
        th.gil_timeout_at = th.gil_window_end
        self.sim.push(th.gil_window_end, GIL_SWITCH, th.request, GIL_TIMEOUT, th)

    def unlink(self, th):
        if th.gil_state != G_WAITING:
            return
        th.gil_state = G_NONE
        del self.waiters[th]


class Cores:
    """Processor sharing: n threads running Python on c cores each run at min(1, c / n); only the burst that ends first has its end queued."""

    __slots__ = ("sim", "count", "running", "last_change", "time_at_level", "queued", "queued_at")

    def __init__(self, sim, count):
        self.sim = sim
        self.count = count
        self.running = []
        self.last_change = 0.0
        self.time_at_level = [0.0]
        self.queued = None
        self.queued_at = -1.0

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
        if self.queued is th:
            self.queued = None
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
        first = None
        first_at = math.inf
        for th in self.running:
            if th.rate != rate:
                th.remaining = remaining_at(th, now)
                th.last_t = now
                th.rate = rate
                sim.thread_state(th, th.cpu_state)
            at = round_time(th.last_t + th.remaining / rate)
            if at < first_at or (at == first_at and th.request < first.request):
                first = th
                first_at = at
        if first is self.queued and first_at == self.queued_at:
            return
        if self.queued is not None:
            self.queued.version += 1
        self.queued = first
        self.queued_at = first_at
        if first is not None:
            sim.push(first_at, STATE, first.request, STEP_DONE, first, first.version)


def remaining_at(th, now):
    left = th.remaining - (now - th.last_t) * th.rate
    return left if left > 1e-9 else 0.0


def compile_route(route, server_ms):
    """A route's ops (kind, ms, pool, body, path), with the loop's own work around them."""
    def sync(step):
        return (CPU, step["cpu"], ANYIO, (), 0) if "cpu" in step else (BLOCKING, step["blocking_io"], ANYIO, (), 0)

    if route["kind"] == "sync":
        ops = [(TO_THREAD, 0, ANYIO, tuple(sync(s) for s in route["steps"]), 0)]
    else:
        ops = []
        for s in route["steps"]:
            if "cpu" in s or "blocking_io" in s:
                ops.append(sync(s))
            elif "await_io" in s:
                ops.append((AWAIT, s["await_io"], ANYIO, (), 0))
            elif "to_thread" in s:
                ops.append((TO_THREAD, 0, EXECUTOR if s.get("pool") == "executor" else ANYIO, tuple(sync(b) for b in s["to_thread"]), 0))
            else:
                raise SystemExit(f"the baseline does not model this step: {json.dumps(s)}")
    if server_ms > 0:
        ops.insert(0, (SERVER, server_ms * RECEIVE_SHARE, ANYIO, (), RECEIVE))
        ops.append((SERVER, server_ms * (1 - RECEIVE_SHARE), ANYIO, (), RESPOND))
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
        self.route_ops = [compile_route(r, cfg["loopCpuPerRequestMs"]) for r in scenario["routes"]]
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

    # A loop's open segment: what loopBlockedMs adds up (cpu, blocking I/O, GIL waits; not the server's own work).
    def thread_state(self, th, state):
        self.close_thread(th)
        th.seg_state = state
        th.seg_start = self.now

    def close_thread(self, th):
        state = th.seg_state
        if state == SEG_NONE:
            return
        th.seg_state = SEG_NONE
        if self.now - th.seg_start < 1e-9:
            return
        if th.is_loop and state != SEG_SERVER:
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
            elif kind == GIL_TIMEOUT:
                target.gil.timed_out(target)
            elif kind == LOOP_WAKE:
                if target.status == "waking":
                    self.schedule_loop(target)
            else:
                target.gil.woken(target, version)
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
            self.wake_idle_loop(w)

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
            self.wake_idle_loop(w)

    def wake_idle_loop(self, w):
        """An idle loop takes a moment to wake when other threads want the GIL (they may get there first)."""
        if w.gil is None or w.gil.wanting == 0:
            self.schedule_loop(w)
            return
        w.status = "waking"
        self.push(round_time(self.now + LOOP_WAKE_MS), STATE, -1, LOOP_WAKE, w)

    # The event loop: iterations, each starting with select() (which drops the GIL for a moment).
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
            if self.run_task(cur) == BUSY or self.requeue_if_lost(w):
                return
        while True:
            while w.iteration_left > 0:
                w.iteration_left -= 1
                if self.run_task(w.ready.popleft()) == BUSY or self.requeue_if_lost(w):
                    return
            if not w.ready and not self.pending:
                break
            if not after_select and gil is not None and not gil.drop_and_retake(th):
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

    def requeue_if_lost(self, w):
        if not w.lost_gil:
            return False
        w.lost_gil = False
        w.status = "scheduled"
        self.loop_run(w)
        return True

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
            kind, ms, pool, body, path = ops[task.pc]
            if kind == CPU or kind == BLOCKING or kind == SERVER:
                task.pc += 1
                w.current = task
                w.status = "busy"
                if kind == BLOCKING:
                    self.run_blocking(w.loop, ms, req, w.resume_loop)
                elif kind == CPU:
                    self.run_cpu(w.loop, ms, req, w.resume_loop)
                else:
                    self.run_cpu(w.loop, ms, req, w.resume_loop, SEG_SERVER)
                    if path == RECEIVE and w.gil is not None:
                        w.gil.short_calls(w.loop, 2, True)  # accept, recv
                return BUSY
            if kind == AWAIT:
                task.pc += 1
                self.push(round_time(self.now + ms), STATE, req, AWAIT_DONE, task)
                return SUSPENDED
            start_ms = 0 if task.started_pool else self.start_up_ms(w, task, pool)
            if start_ms > 0:
                # The loop starts the thread before it hands the job over.
                task.started_pool = True
                w.current = task
                w.status = "busy"
                self.run_cpu(w.loop, start_ms, req, w.resume_loop, SEG_SERVER)
                return BUSY
            task.started_pool = False
            if pool == ANYIO:
                self.to_anyio_thread(task, body)
            else:
                self.to_executor(task, body)
            return SUSPENDED
        self.end[req] = self.now
        self.completed += 1
        # The response went out with send(); then close(): two more short calls on the loop.
        if w.gil is not None and w.gil.short_calls(w.loop, 2, False):
            w.lost_gil = True
        return DONE

    def start_up_ms(self, w, task, pool):
        """A new pool thread costs the loop Thread.start() on a server that has just started."""
        if self.cfg["warmPools"]:
            return 0
        if pool == EXECUTOR:
            return THREAD_START_MS if not w.executor_idle and w.executor_made < self.cfg["executorThreads"] else 0
        handing = task.token_phase == TAKEN or task.token_phase == HANDED_OVER
        return THREAD_START_MS if handing and not w.anyio_idle else 0

    # AnyIO's token pool and asyncio's executor.
    def to_anyio_thread(self, task, body):
        w = task.worker
        if task.token_phase == NOT_STARTED:
            task.token_phase = CHECKPOINTED
            self.make_ready(task, 0)  # checkpoint()
            return
        if task.token_phase == CHECKPOINTED:
            if w.tokens_free == 0:
                w.token_waiters.append(task)
                return
            w.tokens_free -= 1
            task.token_phase = TAKEN
            self.make_ready(task, 0)  # cancel_shielded_checkpoint()
            return
        task.token_phase = NOT_STARTED
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
        nxt.token_phase = HANDED_OVER
        self.make_ready(nxt)

    def to_executor(self, task, body):
        w = task.worker
        th = w.executor_idle.popleft() if w.executor_idle else None
        if th is None and w.executor_made < self.cfg["executorThreads"]:
            th = self.new_executor_thread(w)
        if th is None:
            w.executor_queue.append(task)
            return
        self.start_pool_job(th, task, body)

    def new_executor_thread(self, w):
        th = Thread(False, w.id, w.gil)
        w.executor_made += 1

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
        self.run_job(th, task, body)

    # A pool thread's job: it takes the GIL to start it and to report the result, and runs its steps.
    def run_job(self, th, task, body):
        th.job_body = body
        th.job_step = 0
        th.job_task = task
        if th.next_job_step is None:
            th.next_job_step = lambda: self.job_step(th)
        if th.gil is not None and not th.gil.acquire(th, th.next_job_step):
            return
        th.next_job_step()

    def job_step(self, th):
        task = th.job_task
        if th.job_step >= len(th.job_body):
            if th.finish_job is None:
                th.finish_job = lambda: self.end_job(th)
            if th.gil is not None and not th.gil.acquire(th, th.finish_job):
                return
            th.finish_job()
            return
        kind, ms, _, _, _ = th.job_body[th.job_step]
        th.job_step += 1
        if kind == CPU:
            self.run_cpu(th, ms, task.request, th.next_job_step)
        else:
            self.run_blocking(th, ms, task.request, th.next_job_step)

    def end_job(self, th):
        task = th.job_task
        if th.gil is not None:
            th.gil.release(th)
        th.job_task = None
        th.on_job_done(task)

    # A thread's sync steps: cpu holds the GIL on a share of a core, blocking I/O releases it.
    def run_cpu(self, th, ms, req, on_done, state=SEG_CPU):
        th.request = req
        th.cpu_state = state
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
        self.thread_state(th, SEG_BLOCKING)
        self.push(round_time(self.now + ms), STATE, req, STEP_DONE, th, th.version)

    def step_done(self, th, version):
        if version != th.version:
            return
        if th.running_idx >= 0:
            self.cores.stop(th)
            if th.gil is not None:
                th.gil.reschedule()
        self.close_thread(th)
        done = th.on_step_done
        th.on_step_done = None
        if done is not None:
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
