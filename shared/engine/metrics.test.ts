import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { latencyStats } from './metrics';
import { roundOut } from './simTime';
import { defaultServer, type Scenario } from '../scenario/types';

/** Requests that arrive apart and finish out of order: a closed-loop user and an open train. */
const scenario: Scenario = {
  name: 'metrics',
  server: defaultServer({ cores: 2, workers: 2, threadpoolTokens: 2 }),
  routes: [
    { name: 'slow', kind: 'sync', steps: [{ blocking_io: 30 }, { cpu: 2 }] },
    { name: 'fast', kind: 'async', steps: [{ await_io: 1.25 }, { cpu: 0.3 }] },
  ],
  requests: [
    { route: 'slow', at: 0.5, count: 7, every: 0.7 },
    { route: 'fast', users: 2, each: 3, think: 4.1, at: 1 },
  ],
};

describe('the run\'s metrics', () => {
  it('summarise the request rows: latencies as the rows show them, and the makespan from the first arrival to the last end', () => {
    const t = simulate(scenario);
    const rows = t.requests;
    expect(rows.length).toBe(13);
    expect(t.metrics.requests).toBe(rows.length);
    expect(t.metrics.latency).toEqual(latencyStats(Float64Array.from(rows.map((r) => r.latency))));
    const first = Math.min(...rows.map((r) => r.arrival));
    const last = Math.max(...rows.map((r) => r.end));
    // The rows' times are rounded to the µs, the makespan from the raw times, then rounded.
    expect(Math.abs(t.metrics.makespan - (last - first))).toBeLessThanOrEqual(0.002);
    expect(t.metrics.makespan).toBe(roundOut(t.metrics.makespan));
  });
});
