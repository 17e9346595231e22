/**
 * fidelity/run.py discards a run during which other processes used more than a tenth of a core,
 * as looplab_measure.machine.OthersMeter reads it: the whole machine's busy time from /proc/stat
 * less that of the measuring process, the server and their descendants. Threads of the server
 * that hand the GIL round must read as ours, not as other work; a process outside our tree that
 * burns a core must read as about one core.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
// to the microsecond, counted them too.
const RECORDED = `
import json
from looplab_measure.machine import others_cores, parse_cpu_line
before = parse_cpu_line("cpu  1041901 84195 499855 1683216 1482 0 9778 0 0 0", 2, 0.0)
after = parse_cpu_line("cpu  1042201 84195 499858 1683513 1482 0 9811 0 0 0", 2, 3.01)
busy_only = parse_cpu_line("cpu  1042201 84195 499858 1683216 1482 0 9778 0 0 0", 2, 3.01)
print(json.dumps({
    "convoy": others_cores(before, after, 304, 100),
    "outside_core": others_cores(before, busy_only, 0, 100),
}))
`;

// A process forked during the run that used 5 ms of CPU shows 0 jiffies in /proc/<pid>/stat
// (whole jiffies of 10 ms), and its thread's schedstat 5,000,000 ns; a thread that ended during the
// run is in the jiffies and no longer in the schedstat.
const ROUNDING = `
import json
from looplab_measure.machine import ours_jiffies
print(json.dumps({
    "forked": ours_jiffies(300, 300, {1: 10**9}, {1: 10**9, 2: 5_000_000}, 100),
    "ended": ours_jiffies(300, 310, {1: 10**9, 3: 10**9}, {1: 10**9}, 100),
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

// Meters a window of argv[2] seconds with the process argv[1] as the server: the meter's reading, and what every process outside our tree says it used itself (utime+stime, plus the
// children it reaped), which no tick sampling of /proc/stat enters.
const METER = `
import json, os, sys, time
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
ours = lambda: _tree(_processes(), {os.getpid(), server})
meter = OthersMeter(server)
time.sleep(0.3)
a, t0 = by_process(), time.monotonic()
meter.start()
time.sleep(float(sys.argv[2]))
other = meter.stop()
b, t1 = by_process(), time.monotonic()
mine = ours()
own = sum(v - a.get(p, 0) for p, v in b.items() if p not in mine) - sum(v for p, v in a.items() if p not in b and p not in mine)
print(json.dumps({"meter": other, "by_process": own / os.sysconf("SC_CLK_TCK") / (t1 - t0)}))
`;

interface Metered { meter: number; by_process: number }

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

    it('counts our processes\' time to the nanosecond where whole jiffies would lose it, and in jiffies where a thread has ended', () => {
      const { forked, ended } = runPython<{ forked: number; ended: number }>(ROUNDING);
      expect(forked).toBeCloseTo(0.5, 6);
      expect(ended).toBe(10);
    });

    it('reads a core that was busy and not ours as one core', () => {
      const { outside_core } = runPython<{ outside_core: number }>(RECORDED);
      expect(outside_core).toBeGreaterThan(0.95);
      expect(outside_core).toBeLessThan(1.05);
    });
  });

  describe.skipIf(python === undefined || !existsSync('/proc/stat'))('on this machine', () => {
    it('reads three server threads sharing the GIL as ours, no more than other processes account for themselves', () => {
      const server = started(CONTENDERS);
      try {
        const { meter, by_process } = runPython<Metered>(METER, String(server.pid), '2.0');
        expect(meter).toBeLessThan(by_process + 0.05);
      } finally {
        server.kill('SIGKILL');
      }
    });

    it('reads processes the server forks during the run, each using less than a jiffy, as ours', () => {
      const server = started(FORKER);
      try {
        const { meter, by_process } = runPython<Metered>(METER, String(server.pid), '1.5');
        expect(meter).toBeLessThan(by_process + 0.05);
      } finally {
        for (const pid of childrenOf(server.pid!)) process.kill(pid, 'SIGKILL');
        server.kill('SIGKILL');
      }
    });

    it('reads a busy process outside our tree as about one core', () => {
      const outside = started('while True: pass');
      const server = started(CONTENDERS);
      try {
        const { meter } = runPython<Metered>(METER, String(server.pid), '2.0');
        expect(meter).toBeGreaterThan(0.6);
      } finally {
        outside.kill('SIGKILL');
        server.kill('SIGKILL');
      }
    });
  });
});
