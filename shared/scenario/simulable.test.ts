import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../engine/simulate';
import { parseScenario } from './load';
import { SMALL_SHAPE, scenarioArbitrary } from './scenarioArbitrary';
import { serializeScenario } from './serialize';
import { docWithSteps } from './testDocs';

// The loader's promise: a scenario that loads is one the engine can simulate.
describe('a scenario that loads', () => {
  it('always simulates, every request ending', () => {
    fc.assert(
      fc.property(scenarioArbitrary(SMALL_SHAPE), (generated) => {
        const loaded = parseScenario(serializeScenario(generated));
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        const timeline = simulate(loaded.scenario);
        for (const r of timeline.requests) expect(r.end).toBeGreaterThanOrEqual(r.arrival);
      }),
      { numRuns: 200 },
    );
  });

  it('simulates at the edges the loader allows: no steps, zero times, deepest gather', () => {
    let deepest: unknown = { await_io: 0 };
    for (let i = 0; i < 8; i++) deepest = { gather: [[deepest], [{ cpu: 0 }]] };
    const doc = {
      ...docWithSteps('async', [deepest]),
      routes: [
        { name: 'report', kind: 'async', steps: [deepest, { to_thread: [{ cpu: 0 }], pool: 'executor' }, { to_process: [{ blocking_io: 0 }] }] },
        { name: 'health', kind: 'sync', steps: [] },
        { name: 'ping', kind: 'async', steps: [] },
      ],
      server: { cores: 1, workers: 3, threadpoolTokens: 1, executorThreads: 1, processPoolWorkers: 1, switchIntervalMs: 0.1 },
      requests: [{ route: 'report', at: 0, count: 3 }, { route: 'health', users: 2, each: 2 }, { route: 'ping', at: 0 }],
    };
    const loaded = parseScenario(JSON.stringify(doc));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(simulate(loaded.scenario).requests).toHaveLength(8);
  });
});
