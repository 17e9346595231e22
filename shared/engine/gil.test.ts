import { describe, expect, it } from 'vitest';
import { ends, run } from './testScenario';

describe('the GIL (rule 5)', () => {
  it('makes two CPU-bound def routes in one worker share it: both end near 200, not 100', () => {
    const t = run([{ name: 'r', kind: 'sync', steps: [{ cpu: 100 }] }], [{ route: 'r', at: 0, count: 2 }]);
    expect(ends(t)[0]).toBeGreaterThanOrEqual(190);
    expect(ends(t)[1]).toBe(200);
    const cpu = t.segments.filter((s) => s.state === 'cpu');
    // They alternate every switch interval (5 ms), never running at once.
    expect(cpu.length).toBeGreaterThan(30);
  });

  it('lets both run at once without the GIL (free-threaded 3.13t) on 2 cores', () => {
    const t = run([{ name: 'r', kind: 'sync', steps: [{ cpu: 100 }] }], [{ route: 'r', at: 0, count: 2 }], { gil: false });
    expect(ends(t)).toEqual([100, 100]);
  });

  it('makes the loop wait up to one switch interval for the GIL held by a CPU-bound thread', () => {
    const t = run(
      [
        { name: 'crunch', kind: 'sync', steps: [{ cpu: 300 }] },
        { name: 'io', kind: 'async', steps: [{ await_io: 10 }] },
      ],
      [{ route: 'crunch', at: 0 }, { route: 'io', at: 50 }],
    );
    // Arrives at 50, the loop gets the GIL at 55, awaits 10 ms, waits again for the GIL: 70.
    expect(ends(t)[1]).toBe(70);
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
    expect(ends(t)[1]).toBe(100);
  });
});

describe('cores (rule 6)', () => {
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
