import { describe, expect, it } from 'vitest';
import { ends, run, scenario } from './testScenario';
import { simulate } from './simulate';
import type { Timeline } from './timeline';
import { GIL_TIMING } from './gilTiming';

describe('the GIL (docs/model.md#gil)', () => {
  const crunchAndPingInput = (crunch: number, server = {}): Parameters<typeof run> => [
    [
      { name: 'crunch', kind: 'sync', steps: [{ cpu: 300 }] },
      { name: 'io', kind: 'async', steps: [{ await_io: 10 }] },
    ],
    [{ route: 'crunch', at: 0, count: crunch }, { route: 'io', at: 50 }],
    server,
  ];
  const crunchAndPing = (crunch: number, server = {}) => run(...crunchAndPingInput(crunch, server));

  it('makes two CPU-bound def routes in one worker share it: both end near 218, not 100', () => {
    const t = run([{ name: 'r', kind: 'sync', steps: [{ cpu: 100 }] }], [{ route: 'r', at: 0, count: 2 }]);
    // 200 ms of CPU on one GIL, switched every interval (5 ms, plus 0.1 for the waiter's timer),
    // each forced switch costing 0.45 ms, as does each wake-up of a thread (or the loop) a
    // release signals, and of a pool thread handed its job (measured: 219, 217).
    expect(ends(t)).toEqual([220.25, 220.25]);
    expect(t.segments.filter((s) => s.state === 'cpu')).toHaveLength(44);
  });

  it('lets both run at once without the GIL (free-threaded 3.13t) on 2 cores', () => {
    const t = run([{ name: 'r', kind: 'sync', steps: [{ cpu: 100 }] }], [{ route: 'r', at: 0, count: 2 }], { gil: false });
    expect(ends(t)).toEqual([100, 100]);
  });

  it('makes the loop wait one interval each time it needs the GIL beside a CPU-bound thread', () => {
    const t = crunchAndPing(1);
    // The ping needs the GIL three times (woken by its connection, again after a short system
    // call lost it, woken by its timer), each after one interval: 5 ms + 0.1 timer + 0.45 switch.
    // 50 + 3 × 5.55 + 10 (the await) = 76.65. (A fourth wait follows the response: its send
    // and close lose the GIL again.)
    expect(ends(t)[1]).toBe(76.65);
    const loopWaits = (tl: Timeline) => tl.segments.filter((s) => s.state === 'gil_wait' && tl.lanes[s.lane!]?.kind === 'loop' && s.start < 76.65);
    // Waits that touch (the loop holds the GIL for no time between them) show as one segment;
    // the engine's own pieces show each wait.
    expect(loopWaits(t).reduce((sum, s) => sum + Math.min(s.end, 76.65) - s.start, 0)).toBeCloseTo(3 * 5.55, 9);
    const pieces = loopWaits(simulate(scenario(...crunchAndPingInput(1)), { mergeSegments: false }));
    expect(pieces.map((s) => Math.round((s.end - s.start) * 100) / 100)).toEqual([5.55, 5.55, 5.55]);
  });

  it('uses the switch interval from the scenario', () => {
    // The same three waits, 20 ms intervals: 50 + 3 × 20.55 + 10 = 121.65.
    expect(ends(crunchAndPing(1, { switchIntervalMs: 20 }))[1]).toBe(121.65);
  });

  it('starves the loop beside two or three CPU-bound threads: they take turns, and the loop, which gives the GIL up by itself, gets in only when it asks or has waited 25 ms', () => {
    // Beside one thread the loop asks at the end of each interval it waits (no switch happens):
    // 26.65 ms (above). Beside two or three, every interval it waits sees them switch, so it never
    // asks, and the turns go to the threads that were forced off: it gets the GIL only once it
    // has wanted it GIL_TIMING.starvedWinsAfterMs, several times per ping.
    const ping = (crunch: number) => { const e = ends(crunchAndPing(crunch)); return Math.round((e[e.length - 1]! - 50) * 100) / 100; };
    expect([ping(1), ping(2), ping(3)]).toEqual([26.65, 146.38, 146.36]);
  });

  it('gives a forced switch to the first in line among threads that were forced off, not to the thread that asked: CPU-bound threads take turns', () => {
    const t = run([{ name: 'c', kind: 'sync', steps: [{ cpu: 30 }] }], [{ route: 'c', at: 0, count: 3 }]);
    const holders = t.segments.filter((s) => s.state === 'cpu').sort((a, b) => a.start - b.start).map((s) => s.request);
    // The asker has just begun a new wait (it asked holding the GIL's mutex, which the holder
    // needs to drop), so it is not first in the condition variable's line. Thread 2 joins the
    // turns once it has been forced off itself (it first gets in by waiting 25 ms); then each holds it
    // in turn, and all three end within a few ms (measured: three to_thread jobs of 100 ms end
    // together, ~300 ms).
    expect(holders.slice(5, 14)).toEqual([2, 1, 0, 2, 1, 0, 2, 1, 0]);
    const e = ends(t);
    expect(Math.max(...e) - Math.min(...e)).toBeLessThan(10);
  });

  it('makes a pool thread take the GIL to start its job and to report its result', () => {
    const t = run(
      [
        { name: 'c', kind: 'sync', steps: [{ cpu: 50 }] },
        { name: 'b', kind: 'sync', steps: [{ blocking_io: 10 }] },
      ],
      [{ route: 'c', at: 0 }, { route: 'b', at: 1 }],
    );
    const second = t.lanes.find((l) => l.kind === 'anyio' && l.index === 1)!.id;
    const onSecond = t.segments.filter((s) => s.lane === second).map((s) => [s.state, s.start, s.end]);
    // Its 10 ms sleep needs no GIL, but the thread waits for it before (to start the job) and
    // after (to hand the result to the loop), while thread 0 computes.
    expect(onSecond).toEqual([['gil_wait', 18.1, 23.65], ['blocking_io', 23.65, 33.65], ['gil_wait', 33.65, 39.2]]);
  });

  it('wakes a pool thread for its job: the request waits wakeMs for its thread, drawn as waiting for a thread', () => {
    const t = run([{ name: 'b', kind: 'sync', steps: [{ blocking_io: 10 }] }], [{ route: 'b', at: 0 }]);
    const waits = t.segments.filter((s) => s.request === 0 && s.state === 'token_wait');
    expect(waits.map((s) => Math.round((s.end - s.start) * 1e3) / 1e3)).toEqual([GIL_TIMING.wakeMs]);
    // Awake, it finds the GIL free (the loop is idle in select()) and starts its step at once.
    expect(t.segments.find((s) => s.state === 'blocking_io')!.start).toBe(waits[0]!.end);
  });

  it('starts a queued job at once on the thread that ends the one before (its get() never sleeps), and any job at once without the GIL', () => {
    const one = run(
      [{ name: 'x', kind: 'async', steps: [{ to_thread: [{ blocking_io: 10 }], pool: 'executor' }] }],
      [{ route: 'x', at: 0, count: 2 }],
      { executorThreads: 1 },
    );
    const io = one.segments.filter((s) => s.state === 'blocking_io').sort((a, b) => a.start - b.start);
    expect(io[1]!.start).toBe(io[0]!.end);
    const free = run([{ name: 'b', kind: 'sync', steps: [{ blocking_io: 10 }] }], [{ route: 'b', at: 0 }], { gil: false });
    expect(free.segments.filter((s) => s.state === 'token_wait')).toEqual([]);
  });

  it('costs the loop nothing extra when no thread wants the GIL', () => {
    const t = run([{ name: 'io', kind: 'async', steps: [{ await_io: 10 }] }], [{ route: 'io', at: 50 }]);
    expect(ends(t)).toEqual([60]);
  });
});

describe("the loop's own work per request (docs/model.md#server-work)", () => {
  it('draws it as server segments before and after the route, and it delays a chain by that much per request', () => {
    const t = run([{ name: 'r', kind: 'async', steps: [{ blocking_io: 100 }] }], [{ route: 'r', at: 0, count: 3 }], { loopCpuPerRequestMs: 1 });
    expect(ends(t)).toEqual([101, 202, 303]);
    const server = t.segments.filter((s) => s.state === 'server').map((s) => [s.request, s.path, s.start, s.end]);
    expect(server.slice(0, 2)).toEqual([[0, [-1], 0, 0.5], [0, [-2], 100.5, 101]]);
    // Not the route blocking its loop: only the three sleeps count.
    expect(t.metrics.loopBlockedTotalMs).toBe(300);
  });

  it('spreads a hundred concurrent requests: the loop reads them one after another', () => {
    const t = run([{ name: 'r', kind: 'async', steps: [{ await_io: 200 }] }], [{ route: 'r', at: 0, count: 100 }], { loopCpuPerRequestMs: 0.35 });
    const latencies = t.requests.map((r) => r.latency);
    // The first: 0.175 ms to read it, the await, 0.175 ms to answer. The last is read after the
    // 99 before it (100 × 0.175 = 17.5 ms), then awaits 200 and is answered.
    expect(Math.min(...latencies)).toBe(200.35);
    expect(Math.max(...latencies)).toBe(217.675);
  });
});

describe("starting the pools on a server that has just started (docs/model.md#start-up)", () => {
  const defs = (warmPools: boolean) =>
    run([{ name: 'r', kind: 'sync', steps: [{ blocking_io: 100 }] }], [{ route: 'r', at: 0, count: 3 }], { warmPools, gil: false });

  it('makes the loop start each new pool thread before its job goes', () => {
    const cold = defs(false);
    const starts = cold.segments.filter((s) => s.state === 'server').map((s) => [s.request, s.path, s.start, s.end]);
    // The three jobs start 0.25, 0.5 and 0.75 ms late: the loop starts one thread after another.
    expect(starts).toEqual([[0, [-3], 0, 0.25], [1, [-3], 0.25, 0.5], [2, [-3], 0.5, 0.75]]);
    expect(ends(cold)).toEqual([100.25, 100.5, 100.75]);
    expect(ends(defs(true))).toEqual([100, 100, 100]);
  });

  it("forks the whole process pool at its first job, on the loop", () => {
    const t = run(
      [{ name: 'p', kind: 'async', steps: [{ to_process: [{ cpu: 10 }] }] }],
      [{ route: 'p', at: 0 }, { route: 'p', at: 50 }],
      { warmPools: false, processPoolWorkers: 2 },
    );
    const forks = t.segments.filter((s) => s.state === 'server' && s.path[0] === -4);
    expect(forks.map((s) => [s.request, s.end - s.start])).toEqual([[0, 8]]); // 2 × 4 ms, once
    expect(ends(t)).toEqual([18, 60]);
  });
});

describe('cores (docs/model.md#cores)', () => {
  it('stretches bursts when more threads run Python than there are cores', () => {
    const t = run([{ name: 'p', kind: 'async', steps: [{ to_process: [{ cpu: 100 }] }] }], [{ route: 'p', at: 0, count: 4 }], {
      cores: 2,
      processPoolWorkers: 4,
    });
    expect(ends(t)).toEqual([200, 200, 200, 200]);
    expect(t.segments.filter((s) => s.state === 'cpu').every((s) => s.share === 0.5)).toBe(true);
    expect(t.metrics.cpuUtilisation).toEqual([1, 1]);
  });

  it('gives a burst its full core back when another finishes', () => {
    const t = run(
      [
        { name: 'short', kind: 'async', steps: [{ to_process: [{ cpu: 50 }] }] },
        { name: 'long', kind: 'async', steps: [{ to_process: [{ cpu: 100 }] }] },
      ],
      [{ route: 'short', at: 0 }, { route: 'long', at: 0 }],
      { cores: 1, processPoolWorkers: 2 },
    );
    // Both at half a core until 100 (short done), then long alone: 50 left at full speed.
    expect(ends(t)).toEqual([100, 150]);
  });
});

describe('scenarios too large to simulate', () => {
  it('stops with a clear error instead of hanging when GIL switching would need too many events', async () => {
    const { simulate, SimulationTooLargeError } = await import('./simulate');
    const { scenario } = await import('./testScenario');
    const sc = scenario([{ name: 'r', kind: 'sync', steps: [{ cpu: 3_600_000 }] }], [{ route: 'r', at: 0, count: 2 }], {
      switchIntervalMs: 0.1,
    });
    expect(() => simulate(sc, { maxEvents: 10_000 })).toThrow(SimulationTooLargeError);
    expect(() => simulate(sc, { maxEvents: 10_000 })).toThrow(/more than 10,000 simulation events .* raise server.switchIntervalMs/);
  });
});
