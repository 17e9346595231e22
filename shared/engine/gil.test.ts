import { describe, expect, it } from 'vitest';
import { ends, run } from './testScenario';

describe('the GIL (docs/model.md#gil)', () => {
  it('makes two CPU-bound def routes in one worker share it: both end near 218, not 100', () => {
    const t = run([{ name: 'r', kind: 'sync', steps: [{ cpu: 100 }] }], [{ route: 'r', at: 0, count: 2 }]);
    // 200 ms of CPU on one GIL, plus 0.45 ms for each of the 41 hand-overs (measured: 219, 217).
    expect(ends(t)).toEqual([218.45, 218.45]);
    expect(t.segments.filter((s) => s.state === 'cpu')).toHaveLength(40);
  });

  it('lets both run at once without the GIL (free-threaded 3.13t) on 2 cores', () => {
    const t = run([{ name: 'r', kind: 'sync', steps: [{ cpu: 100 }] }], [{ route: 'r', at: 0, count: 2 }], { gil: false });
    expect(ends(t)).toEqual([100, 100]);
  });

  it('makes the loop queue for the GIL at every iteration while a CPU-bound thread runs (the convoy)', () => {
    const t = run(
      [
        { name: 'crunch', kind: 'sync', steps: [{ cpu: 300 }] },
        { name: 'io', kind: 'async', steps: [{ await_io: 10 }] },
      ],
      [{ route: 'crunch', at: 0 }, { route: 'io', at: 50 }],
    );
    // The ping needs five loop iterations (wake, two accept hops, handler, one resume hop,
    // resume); before each the loop waits 5 ms for a forced switch plus 0.45 ms for the
    // hand-over: 50 → 55.45 → 61.35 → 67.25, await 10 → 77.25 → 82.7 → 88.6.
    expect(ends(t)[1]).toBe(88.6);
    expect(t.segments.some((s) => s.state === 'gil_wait' && t.lanes[s.lane!]?.kind === 'loop')).toBe(true);
  });

  it('uses the switch interval from the scenario', () => {
    const t = run(
      [
        { name: 'crunch', kind: 'sync', steps: [{ cpu: 300 }] },
        { name: 'io', kind: 'async', steps: [{ await_io: 10 }] },
      ],
      [{ route: 'crunch', at: 0 }, { route: 'io', at: 50 }],
      { switchIntervalMs: 20 },
    );
    // The same five waits, 20 ms each: 50 → 70.45 → 91.35 → 112.25, +10 → 142.7 → 163.6.
    expect(ends(t)[1]).toBe(163.6);
  });

  it('costs the loop nothing extra when no thread wants the GIL', () => {
    const t = run([{ name: 'io', kind: 'async', steps: [{ await_io: 10 }] }], [{ route: 'io', at: 50 }]);
    expect(ends(t)).toEqual([60]);
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
