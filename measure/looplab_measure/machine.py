"""What the measurement ran on, and how busy the rest of the machine was meanwhile.

The busy-ness figures read /proc (Linux); elsewhere they are None.
"""

import json
import os
import platform
import sys
import time

from .steps import burn, calibrate, fastest_burn_ms

PACKAGES = ("fastapi", "starlette", "uvicorn", "anyio", "httpx", "h11")


def versions():
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version(), "implementation": platform.python_implementation()}
    for name in PACKAGES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def machine():
    return {"cores": os.cpu_count(), "cpu": cpu_model(), "os": platform.system(), "kernel": platform.release()}


def save_probe(path, probe, **fields):
    """Writes a probe's results as JSON to `path` (nothing without one), headed by what every
    probe's file says first: which probe, when, on what machine and stack."""
    if not path:
        return
    out = {"probe": probe, "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(),
           "versions": versions(), **fields}
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return float(f.read().split()[0])
    except OSError:
        return None


def cpu_sample():
    """The machine's busy and idle jiffies from /proc/stat's summary line, how many cores it sums
    and time.monotonic() right after reading it; None without /proc/stat, or with a summary line
    it cannot read."""
    try:
        with open("/proc/stat") as f:
            head = f.readline()
            cores = sum(1 for line in f if line.startswith("cpu") and line[3:4].isdigit())
        at = time.monotonic()
    except OSError:
        return None
    try:
        return parse_cpu_line(head, cores, at)
    except ValueError:
        return None


def parse_cpu_line(line, cores, at):
    """cpu_sample() from /proc/stat's summary line ("cpu  user nice system idle iowait irq
    softirq steal guest guest_nice", in jiffies). Older kernels end the line earlier: a column
    they lack counts 0. No per-core lines (`cores` 0) counts the cores Python sees, rather than
    a wall time of nothing that would bound every reading to 0. ValueError for a line that is
    not a summary line."""
    head, *fields = line.split()
    if head != "cpu" or len(fields) < 4:
        raise ValueError(f"not /proc/stat's summary line: {line!r}")
    v = [int(x) for x in fields[:8]] + [0] * (8 - min(8, len(fields)))
    idle = v[3] + v[4]
    # guest and guest_nice (9th, 10th) are already counted in user and nice
    return {"busy": sum(v) - idle, "idle": idle, "cores": cores or os.cpu_count() or 1, "at": at}


def machine_busy_jiffies(before, after, hz):
    """Jiffies the whole machine was busy between two cpu_sample()s.

    /proc/stat's busy columns are sampled at each scheduler tick, but with a tickless kernel its
    idle column is the cores' idle time measured to the microsecond. When threads hand the GIL
    round (three CPU-bound threads on two cores) the second core wakes and sleeps again many
    times a tick, and ticks that land in those wake-ups are charged to a busy column (softirq)
    while the same time counts as idle too: on a quiet 2-core VM (kernel 6.18) the columns then
    summed to 2.07–2.12 cores over 3 s windows, and that excess read as 0.11–0.13 cores of
    other processes. The wall time less the idle time bounds what can have been busy, so the
    busy columns are counted only up to it; where the columns do not overlap (an idle column
    counted in ticks too, or columns summing to less than the wall time), they stand."""
    busy = after["busy"] - before["busy"]
    idle = after["idle"] - before["idle"]
    wall = (after["at"] - before["at"]) * hz * after["cores"]
    return max(0.0, min(busy, wall - idle))


def _process_times():
    """pid → (ppid, its own utime+stime, the cutime+cstime of the children it reaped), in jiffies,
    of every process, from /proc."""
    procs = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                raw = f.read()
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2:].split()
        procs[int(d)] = (int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14]))
    return procs


def _processes():
    """pid → (ppid, jiffies) of every process, from /proc: its utime+stime, and the cutime+cstime
    of the children it reaped. A child that exits inside a metered window leaves /proc, and its
    time is then found only in its parent's cutime: without it, a child of ours forked and reaped
    during the window (0.5 s of CPU in 0.7 s) read as 0.72 core of other processes. A child that
    was alive at the window's start counts its time so far there, and its whole life in its
    parent's cutime at the end: the difference is what it used inside the window."""
    return {pid: (ppid, own + reaped) for pid, (ppid, own, reaped) in _process_times().items()}


def _tree(procs, roots):
    """`roots` and every descendant of theirs among `procs`."""
    tree, grew = set(roots), True
    while grew:
        grew = False
        for pid, (ppid, _) in procs.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return tree


def descendants(root):
    """Every live descendant pid of `root` (Linux; an empty list elsewhere)."""
    if not os.path.isdir("/proc"):
        return []
    return sorted(_tree(_processes(), {root}) - {root})


def thread_ns(pid):
    """tid → CPU time in ns of every live thread of process `pid`, from
    /proc/<pid>/task/<tid>/schedstat (empty where the kernel keeps no schedstat)."""
    out = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                out[int(tid)] = int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return out


def tree_times(*roots):
    """pid → (own jiffies, reaped children's jiffies, thread_ns) of the processes `roots` and all
    their descendants, each once (see _process_times)."""
    procs = _process_times()
    tree = _tree({pid: (v[0], None) for pid, v in procs.items()}, roots)
    return {p: (procs[p][1], procs[p][2], thread_ns(p)) for p in tree if p in procs}


def ours_jiffies(before, after, hz):
    """Jiffies the processes of two tree_times() readings used in between. A process's own time is
    counted both ways, as utime+stime (whole jiffies, its ended threads included) and as its live
    threads' nanoseconds, and the larger taken: whole jiffies lose up to one per process, half on
    average for one forked in between (four pool processes forked during a run of 0.35 s read
    as 0.06 core of other work), and the nanoseconds lose threads that ended in between. A
    process gone by the end was reaped by its parent, whose reaped time then holds its whole
    life; what it had used before the first reading is taken off."""
    total = 0.0
    for pid, (own1, reaped1, ns1) in after.items():
        own0, reaped0, ns0 = before.get(pid, (0, 0, {}))
        ns = sum(t - ns0.get(tid, 0) for tid, t in ns1.items())
        total += max(own1 - own0, ns * hz / 1e9) + (reaped1 - reaped0)
    return total - sum(own + reaped for pid, (own, reaped, _) in before.items() if pid not in after)


class OthersMeter:
    """CPU (in cores) that processes other than ours used between start() and stop(): the whole
    machine's busy time (machine_busy_jiffies) less that of this process, the server and their
    descendants (ours_jiffies; a server started elsewhere is named by `server_pid`, one we
    started is our descendant anyway, and is counted once)."""

    def __init__(self, server_pid):
        self.server_pid = server_pid
        self.available = os.path.isdir("/proc")
        self.hz = os.sysconf("SC_CLK_TCK") if self.available else None
        self.cpu0 = None

    def _ours(self):
        return tree_times(os.getpid(), self.server_pid)

    def start(self):
        if self.available:
            # the same order at both ends, so that our processes' time during the /proc scan
            # falls inside the window at one end and outside it at the other
            self.cpu0 = cpu_sample()
            self.ours0 = self._ours()

    def stop(self):
        """The cores others used since start(); None where /proc/stat could not be read (at
        either end), as without /proc."""
        cpu1 = cpu_sample() if self.available and self.cpu0 is not None else None
        if cpu1 is None:
            return None
        ours1 = self._ours()
        return others_cores(self.cpu0, cpu1, ours_jiffies(self.ours0, ours1, self.hz), self.hz)


def others_cores(before, after, ours, hz):
    """Cores that others used between two cpu_sample()s, given the jiffies `ours` our processes
    used meanwhile; None for samples taken at the same instant (no time to divide by)."""
    wall = after["at"] - before["at"]
    if wall <= 0:
        return None
    return max(0.0, (machine_busy_jiffies(before, after, hz) - ours) / hz / wall)


def busy_fraction(before, after, hz):
    """The share of the machine's cores that were busy between two cpu_sample()s, its busy time
    bounded as machine_busy_jiffies() bounds it: on a tickless kernel the raw columns count some
    moments both busy and idle."""
    busy = machine_busy_jiffies(before, after, hz)
    idle = after["idle"] - before["idle"]
    return busy / max(1, busy + idle)


def wait_for_quiet(max_busy=0.15, window=0.3, max_wait=30.0):
    """Waits (at most max_wait s) until the machine is nearly idle; returns the busy
    fraction of the last window (None without /proc)."""
    if cpu_sample() is None:
        return None
    hz = os.sysconf("SC_CLK_TCK")
    deadline = time.monotonic() + max_wait
    while True:
        s0 = cpu_sample()
        time.sleep(window)
        s1 = cpu_sample()
        if s0 is None or s1 is None:
            return None
        busy = busy_fraction(s0, s1, hz)
        if busy <= max_busy or time.monotonic() > deadline:
            return busy
        time.sleep(0.5)


def speed_probe(ipm, ms=5.0, trials=3):
    """How much slower than the calibration this machine runs right now (1.0 = as fast).
    Other virtual machines on the same host slow this one down by up to 2x at times,
    without any process of ours or theirs showing up in /proc/stat."""
    return fastest_burn_ms(int(ms * ipm), trials) / ms


def _pinned_trials(iterations, cpu, starts, out):
    try:
        os.sched_setaffinity(0, {cpu})
    except (OSError, AttributeError):
        pass
    walls = []
    for start_at in starts:
        while time.monotonic() < start_at:  # every core starts each trial at the same moment
            pass
        t = time.perf_counter()
        burn(iterations)
        walls.append((time.perf_counter() - t) * 1000)
    out.send(walls)
    out.close()


def on_each(target, args_list):
    """Forks one process per entry of `args_list`, each running `target(*args, pipe)` and sending
    one result down its pipe; returns the results in order. The probes below start every process
    before any result is read, so that all of them burn at the same moment."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    pipes, procs = [], []
    for args in args_list:
        recv, send = ctx.Pipe(duplex=False)
        p = ctx.Process(target=target, args=(*args, send))
        p.start()
        pipes.append(recv)
        procs.append(p)
    results = [r.recv() for r in pipes]
    for p in procs:
        p.join()
    return results


def all_cores_speed_probe(ipm, ms=5.0, trials=3):
    """speed_probe on every core at once: one process pinned to each core burns `ms` of
    calibrated work, all from the same moment, `trials` times; a trial's slowdown is its slowest
    core's, and the probe's is the fastest trial's (1.0 = every core as fast as the calibration).
    The host slows this VM's cores independently of each other, in windows of a tenth of a
    second to minutes (fidelity/probes/capacity_quiet_2.json: pinned alone, one core ran at 1.25 and the
    other at 1.84 times its calibrated time), so the one-core probe, which runs on one core,
    cannot vouch for a run whose CPU uses both."""
    try:
        cpus = sorted(os.sched_getaffinity(0))
    except AttributeError:
        cpus = list(range(os.cpu_count() or 1))
    iterations = int(ms * ipm)
    t0 = time.monotonic() + 0.05  # after every process has forked
    starts = [t0 + k * (3 * ms + 5) / 1000 for k in range(trials)]  # room for a 3x slow trial
    walls = on_each(_pinned_trials, [(iterations, cpu, starts) for cpu in cpus])
    return min(max(w[k] for w in walls) for k in range(trials)) / ms


def wait_for_fast(ipm, max_slow, max_wait=60.0, all_cores=False):
    """Waits (at most max_wait s) until the speed probe — on every core at once when
    `all_cores` — runs at most `max_slow` times slower than the calibration; returns the last
    probe's slowdown (the one-core probe's, and with `all_cores` also the all-cores probe's)."""
    deadline = time.monotonic() + max_wait
    while True:
        slow = speed_probe(ipm)
        both = all_cores_speed_probe(ipm) if all_cores and slow <= max_slow else None
        fast = slow <= max_slow and (not all_cores or both <= max_slow)
        if fast or time.monotonic() > deadline:
            if all_cores:
                return slow, both if both is not None else all_cores_speed_probe(ipm)
            return slow
        time.sleep(0.3)


def _timed_burn(iterations, start_at, out):
    while time.monotonic() < start_at:  # every core starts its burn at the same moment
        pass
    t = time.perf_counter()
    burn(iterations)
    out.send((time.perf_counter() - t) * 1000)
    out.close()


def parallel_probe(ipm, ms=40.0, trials=3):
    """How many cores' worth of CPU the machine gives when every core is busy, in units of one
    core running at the calibration's speed (a quiet 2-core machine gives 2.0). One process per
    core burns `ms` of calibrated work from the same moment; the capacity is the sum over them
    of ms / their wall time. A virtual machine whose cores share the host with others gives less
    than its core count, which the single-core speed probe does not see: one core can run at
    full speed while the other is slowed. The median of `trials`: unlike one core's speed, whose
    fastest trial is the least disturbed, the capacity is the typical figure a run saw."""
    cores = os.cpu_count() or 1
    iterations = int(ms * ipm)
    found = []
    for _ in range(trials):
        start_at = time.monotonic() + 0.05
        walls = on_each(_timed_burn, [(iterations, start_at)] * cores)
        found.append(sum(ms / w for w in walls))
    found.sort()
    return found[len(found) // 2]


def careful_calibration(rounds=5):
    """Iterations per ms of an uncontended core: the best of several quiet rounds."""
    best = 0.0
    for _ in range(rounds):
        wait_for_quiet(0.05, max_wait=10)
        best = max(best, calibrate(7, 40))
        time.sleep(0.2)
    return best


def set_autogroup_nice(nice):
    """Sets this session's Linux autogroup nice (with sched_autogroup a per-process nice does not
    count against other sessions; needs root), for the fidelity runner and its probes, which
    run as their own session. Says on stderr when it could not; returns whether it did."""
    try:
        with open("/proc/self/autogroup", "w") as f:
            f.write(str(nice))
        return True
    except OSError as e:
        print(f"could not set autogroup nice: {e}", file=sys.stderr)
        return False


def raise_priority(nice=-10, realtime=False):
    """Runs this process (and the server it starts: children inherit it) ahead of other work:
    a lower nice, and, when this process leads its own session, its Linux autogroup's nice too
    (with sched_autogroup a per-process nice does not count against other sessions). With
    `realtime`, SCHED_RR at the lowest real-time priority instead: a waking thread then runs at
    once rather than after other programs' time slices, which on a busy machine is the
    difference between ±0.5 ms and +30 ms per request. The caller asks for it only for
    I/O-bound scenarios (a CPU-bound one at real-time priority would starve the machine; the
    kernel keeps 5 % for others). Needs root or CAP_SYS_NICE; without it the priority stays
    as it was. Returns what was set."""
    done = {"nice": None, "autogroup": None, "realtime": False}
    try:
        os.setpriority(os.PRIO_PROCESS, 0, nice)
        done["nice"] = nice
    except (OSError, AttributeError):
        pass
    try:
        if os.getsid(0) == os.getpid():  # never raise the caller's session with ours
            with open("/proc/self/autogroup", "w") as f:
                f.write(str(nice))
            done["autogroup"] = nice
    except OSError:
        pass
    if realtime:
        try:
            os.sched_setscheduler(0, os.SCHED_RR, os.sched_param(1))
            done["realtime"] = True
        except (OSError, AttributeError):
            pass
    return done
