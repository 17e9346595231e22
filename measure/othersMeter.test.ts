/**
 * fidelity/run.py discards a run during which other processes used more than a tenth of a core,
 * as looplab_measure.machine.OthersMeter reads it: the whole machine's busy time from /proc/stat
 * less that of the measuring process, the server and their descendants. Threads of the server
 * that hand the GIL round must read as ours, not as other work; a process outside our tree that
 * burns a core must read as about one core.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { measuringPython, NO_PYTHON_REASON, PACKAGE_DIR } from './testSupport';

const python = await measuringPython();

function runPython<T>(code: string, ...args: string[]): T {
  const out = execFileSync(python!, ['-c', code, ...args], { cwd: PACKAGE_DIR, encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

// Two summary lines of /proc/stat read 3.01 s apart on a quiet 2-core VM (kernel 6.18.44,
// 2026-12-04, load average 1.8) while a child process ran three CPU-bound threads that shared the
// GIL; that child and the meter used 304 jiffies between them. The columns sum to 633 jiffies
// where two cores have 602: 33 jiffies of softirq counted while the same cores' idle time, kept
// to the microsecond, counted them too. `outside_core` is made up beside them: over the same
// window one core ran 301 jiffies of a process outside our tree and the other idled 301.
const RECORDED = `
import json
from looplab_measure.machine import busy_fraction, others_cores, parse_cpu_line
before = parse_cpu_line("cpu  1041901 84195 499855 1683216 1482 0 9778 0 0 0", 2, 0.0)
after = parse_cpu_line("cpu  1042201 84195 499858 1683513 1482 0 9811 0 0 0", 2, 3.01)
one_core_busy = parse_cpu_line("cpu  1042202 84195 499855 1683517 1482 0 9778 0 0 0", 2, 3.01)
print(json.dumps({
    "convoy": others_cores(before, after, 304, 100),
    "outside_core": others_cores(before, one_core_busy, 0, 100),
    "busy_share": busy_fraction(before, after, 100),
}))
`;

// A kernel that prints fewer columns (before iowait, irq and steal had theirs), and a /proc/stat
// that cannot be read at all (OthersMeter started and stopped with cpu_sample() failing).
const DEGRADED = `
import json, os
import looplab_measure.machine as machine
short = machine.parse_cpu_line("cpu  100 0 50 800", 2, 0.0)
machine.cpu_sample = lambda: None
meter = machine.OthersMeter(os.getpid())
meter.start()
print(json.dumps({"short": short, "unreadable": meter.stop()}))
`;

// Our processes' time, read at two moments as pid → (own jiffies, reaped children's jiffies,
// tid → ns). A process forked in between that used 5 ms of CPU shows 0 whole jiffies and 5,000,000
// ns; a thread that ended in between is in its process's jiffies and no longer in the ns; a child
// reaped in between is gone, its whole life (50 jiffies, 5 of them before) in its parent's.
const ROUNDING = `
import json
from looplab_measure.machine import ours_jiffies
print(json.dumps({
    "forked": ours_jiffies({1: (300, 0, {1: 10**9})}, {1: (300, 0, {1: 10**9}), 2: (0, 0, {2: 5_000_000})}, 100),
    "ended": ours_jiffies({1: (300, 0, {1: 10**9, 3: 10**9})}, {1: (310, 0, {1: 10**9})}, 100),
    "reaped": ours_jiffies({1: (0, 0, {}), 2: (5, 0, {2: 5 * 10**7})}, {1: (0, 50, {})}, 100),
}))
`;

// A server that forks 40 processes once it is being metered, each burning about 5 ms of CPU and
// then staying alive: each reads 0 or 1 whole jiffy.
const FORKER = `
import os, time
time.sleep(0.8)
for _ in range(40):
    if os.fork() == 0:
        t = time.process_time()
        while time.process_time() - t < 0.005:
            pass
        time.sleep(60)
        os._exit(0)
time.sleep(60)
`;

const CONTENDERS = `
import threading, time
def burn():
    x = 0
    while True:
        x += 1
for _ in range(3):
    threading.Thread(target=burn, daemon=True).start()
time.sleep(60)
`;

// Meters a window of argv[2] seconds with the process argv[1] as the server: the meter's reading,
// what every process outside our tree says it used itself (utime+stime, plus the children it
// reaped), which no tick sampling of /proc/stat enters, and the busy time no process owns:
// interrupts, and the cores a virtual machine's host took meanwhile (steal). With argv[3], the meter's own process
// forks a child that burns that many seconds of CPU and reaps it inside the window.
const METER = `
import json, multiprocessing, os, sys, time
from looplab_measure.machine import OthersMeter, _processes, _tree
server = int(sys.argv[1])
def by_process():
    totals = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                raw = open(f"/proc/{d}/stat").read()
            except OSError:
                continue
            f = raw[raw.rindex(")") + 2:].split()
            totals[int(d)] = sum(int(x) for x in f[11:15])
    return totals
def unowned():
    # busy time in /proc/stat that is no process's: interrupts (irq, softirq) and, in a virtual
    # machine, the cores its host took (steal)
    fields = [int(x) for x in open("/proc/stat").readline().split()[1:9]] + [0] * 8
    return fields[5] + fields[6], fields[7]
ours = lambda: _tree(_processes(), {os.getpid(), server})
meter = OthersMeter(server)
time.sleep(0.3)
a, t0, unowned0 = by_process(), time.monotonic(), unowned()
def burn(seconds):
    t = time.process_time()
    while time.process_time() - t < seconds:
        pass
meter.start()
started_at = time.monotonic()
if len(sys.argv) > 3:
    child = multiprocessing.get_context("fork").Process(target=burn, args=(float(sys.argv[3]),))
    child.start()
    child.join()
time.sleep(max(0.0, float(sys.argv[2]) - (time.monotonic() - started_at)))
other = meter.stop()
b, t1 = by_process(), time.monotonic()
unowned1 = unowned()
mine = ours()
own = sum(v - a.get(p, 0) for p, v in b.items() if p not in mine) - sum(v for p, v in a.items() if p not in b and p not in mine)
cores = lambda jiffies: jiffies / os.sysconf("SC_CLK_TCK") / (t1 - t0)
print(json.dumps({"meter": other, "by_process": cores(own), "interrupts": cores(unowned1[0] - unowned0[0]),
                  "steal": cores(unowned1[1] - unowned0[1])}))
`;

interface Metered { meter: number; by_process: number; interrupts: number; steal: number }

/** The live children of `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'latin1');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

function started(code: string) {
  return spawn(python!, ['-c', code], { stdio: 'ignore' });
}

describe('the other-process meter', () => {
  describe.skipIf(python === undefined)(`from recorded /proc/stat lines ${python === undefined ? `(skipped: ${NO_PYTHON_REASON})` : ''}`, () => {
    it('does not count as other work the ticks that /proc/stat charges to a core it also counts idle', () => {
      const { convoy } = runPython<{ convoy: number }>(RECORDED);
      expect(convoy).toBeLessThan(0.02);
    });

    it('waits for a quiet machine by the busy share bounded the same way: the raw columns would call it 53 % busy where the cores were busy 304 jiffies of 602', () => {
      const { busy_share } = runPython<{ busy_share: number }>(RECORDED);
      expect(busy_share).toBeGreaterThan(0.5);
      expect(busy_share).toBeLessThan(0.515);
    });

    it('reads a core that was busy and not ours as one core', () => {
      const { outside_core } = runPython<{ outside_core: number }>(RECORDED);
      expect(outside_core).toBeGreaterThan(0.95);
      expect(outside_core).toBeLessThan(1.05);
    });

    it('counts our processes\' time to the nanosecond where whole jiffies would lose it, in jiffies where a thread has ended, and a reaped child once', () => {
      const { forked, ended, reaped } = runPython<{ forked: number; ended: number; reaped: number }>(ROUNDING);
      expect(forked).toBeCloseTo(0.5, 6);
      expect(ended).toBe(10);
      expect(reaped).toBe(45);
    });

    it('counts a column an older kernel does not print as 0', () => {
      const { short } = runPython<{ short: { busy: number; idle: number } }>(DEGRADED);
      expect(short).toMatchObject({ busy: 150, idle: 800 });
    });

    it('reads nothing, rather than failing, when /proc/stat cannot be read', () => {
      const { unreadable } = runPython<{ unreadable: number | null }>(DEGRADED);
      expect(unreadable).toBeNull();
    });
  });

  // One retry: other processes that start and end inside a window, their parent too (a build's
  // short-lived tools on a machine shared with other work), are busy in /proc/stat and in no
  // accounting of a process we can still read. Seen once, at others' 1.6 cores of 2: 0.047 cores
  // over. They come and go; a miscount of our own processes repeats, and fails again.
  describe.skipIf(python === undefined || !existsSync('/proc/stat'))('on this machine', { retry: 1 }, () => {
    // These checks hold the meter to our own processes' time, not to the rest of the machine: a
    // busy machine's interrupts and a virtual machine's stolen time are busy in /proc/stat and no
    // process's, so each check allows them, and what the meter read beyond all of that before,
    // with nothing of ours running (a server that sleeps), as time no process we can see accounts
    // for. The ticks /proc/stat counts both busy and idle are interrupts too: these live checks do
    // not see that double count, the recorded lines above do.
    const unowned = (m: Metered) => m.interrupts + m.steal;
    const figures = (m: Metered) =>
      `meter ${m.meter.toFixed(3)} cores; other processes' own accounting ${m.by_process.toFixed(3)}; interrupts ${m.interrupts.toFixed(3)}; steal ${m.steal.toFixed(3)}`;
    let unexplained = 0;
    let baseline: Metered | undefined;
    // Bounded as the tests are (vitest.config.ts), not by Vitest's 10 s for a hook: on a busy
    // machine starting Python and metering 2 s can take longer, and runPython has its own bound.
    beforeAll(() => {
      const server = started('import time; time.sleep(60)');
      try {
        baseline = runPython<Metered>(METER, String(server.pid), '2.0');
        unexplained = Math.max(0, baseline.meter - baseline.by_process - unowned(baseline));
      } finally {
        server.kill('SIGKILL');
      }
    }, 60_000);
    /** The meter read no more than other processes account for and the time no process owns, with a 0.05-core margin. */
    const expectNoMoreThanOthers = (m: Metered) => {
      expect(m.meter, `${figures(m)}; before, with nothing of ours running: ${baseline ? figures(baseline) : 'not measured'}`)
        .toBeLessThan(m.by_process + unowned(m) + unexplained + 0.05);
    };

    it('reads three server threads sharing the GIL as ours, no more than other processes account for themselves', () => {
      const server = started(CONTENDERS);
      try {
        expectNoMoreThanOthers(runPython<Metered>(METER, String(server.pid), '2.0'));
      } finally {
        server.kill('SIGKILL');
      }
    });

    it('reads a child of ours that ran and was reaped inside the window as ours', () => {
      const server = started('import time; time.sleep(60)');
      try {
        expectNoMoreThanOthers(runPython<Metered>(METER, String(server.pid), '1.0', '0.5'));
      } finally {
        server.kill('SIGKILL');
      }
    });

    it('reads processes the server forks during the run, each using less than a jiffy, as ours', () => {
      const server = started(FORKER);
      try {
        expectNoMoreThanOthers(runPython<Metered>(METER, String(server.pid), '1.5'));
      } finally {
        for (const pid of childrenOf(server.pid!)) process.kill(pid, 'SIGKILL');
        server.kill('SIGKILL');
      }
    });

    it('reads a busy process outside our tree as about one core', () => {
      const outside = started('while True: pass');
      const server = started(CONTENDERS);
      try {
        const metered = runPython<Metered>(METER, String(server.pid), '2.0');
        expect(metered.meter).toBeGreaterThan(0.6);
        expectNoMoreThanOthers(metered); // and no more than all others account for
      } finally {
        outside.kill('SIGKILL');
        server.kill('SIGKILL');
      }
    });
  });
});
