import { describe, expect, it } from 'vitest';
import { simulate } from '../../../shared/engine/simulate';
import { parseScenario } from '../../../shared/scenario/load';
import type { Scenario } from '../../../shared/scenario/types';
import { INLINE_MAX_REQUESTS, INLINE_MAX_REQUESTS_BESIDE_CODE, simulateInline } from './inlineSimulation';

function scenario(count: number, cpu = 1, switchIntervalMs = 5, kind = 'async'): Scenario {
  const r = parseScenario(JSON.stringify({
    name: 't', server: { switchIntervalMs },
    routes: [{ name: 'api', kind, steps: kind === 'async' ? [{ cpu }, { await_io: 40 }] : [{ cpu }] }],
    requests: [{ route: 'api', at: 0, count, every: 2 }],
  }));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

describe('simulating small scenarios inline', () => {
  it('gives the same timeline as the engine for a small scenario', () => {
    const s = scenario(50);
    expect(simulateInline(s)).toEqual(simulate(s));
  });

  it('leaves scenarios with many requests to the worker', () => {
    expect(simulateInline(scenario(INLINE_MAX_REQUESTS + 1))).toBeNull();
    expect(simulateInline(scenario(INLINE_MAX_REQUESTS))).not.toBeNull();
  });

  it('keeps to a lower bound when asked (beside the Python panel), leaving the rest to the worker', () => {
    expect(simulateInline(scenario(INLINE_MAX_REQUESTS_BESIDE_CODE + 1), INLINE_MAX_REQUESTS_BESIDE_CODE)).toBeNull();
    expect(simulateInline(scenario(INLINE_MAX_REQUESTS_BESIDE_CODE), INLINE_MAX_REQUESTS_BESIDE_CODE)).not.toBeNull();
  });

  it('hands a few requests that need too many events to the worker instead of blocking the page', () => {
    // Two def requests of 10 s of CPU each, in two threads sliced every 0.1 ms by the GIL: ~200,000 switches.
    const heavy = scenario(2, 10_000, 0.1, 'sync');
    expect(simulateInline(heavy)).toBeNull();
  });
});
