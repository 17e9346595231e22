import { describe, expect, it } from 'vitest';
import { simulate, simulateColumns } from '../engine/simulate';
import { timelineWithLazySegments } from '../engine/segmentColumns';
import type { RequestColumns } from '../engine/requestColumns';
import { parseScenario } from '../scenario/load';
import { layoutTimeline } from './layout';
import { requestTableOf, timelineWithLazyRequests } from './requestTable';

const parsed = parseScenario(JSON.stringify({
  name: 'two routes', server: { cores: 2, workers: 2 },
  routes: [
    { name: 'a', kind: 'async', steps: [{ cpu: 1 }, { await_io: 5 }, { gather: [[{ await_io: 2 }], [{ cpu: 1 }]] }] },
    { name: 's', kind: 'sync', steps: [{ blocking_io: 4 }, { cpu: 2 }] },
  ],
  requests: [{ route: 'a', at: 0, count: 4, every: 1 }, { route: 's', at: 1, count: 3, every: 0.5 }],
}));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const scenario = parsed.scenario;

/** The page's kind of timeline, with a count of how often anything read the per-state totals (only objects need them). */
function columnTimeline() {
  const { timeline, columns, requests } = simulateColumns(scenario);
  const reads = { stateTime: 0 };
  const watched: RequestColumns = { ...requests, get stateTime() { reads.stateTime++; return requests.stateTime; } };
  return { timeline: timelineWithLazyRequests(timelineWithLazySegments({ ...timeline, requests: [] }, columns), watched), reads };
}

describe('request table', () => {
  it('reads the same requests from the engine columns as from the objects', () => {
    const fromObjects = requestTableOf(simulate(scenario));
    const fromColumns = requestTableOf(columnTimeline().timeline);
    const rows = (t: typeof fromObjects) => Array.from({ length: t.length }, (_, i) => [t.id(i), t.route(i), t.worker(i)]);
    expect(fromColumns.length).toBe(7);
    expect(rows(fromColumns)).toEqual(rows(fromObjects));
    expect(fromColumns.lastEnd()).toBe(fromObjects.lastEnd());
    expect(fromColumns.route(99)).toBe('');
  });

  it('lays a column timeline out in both views without building its request objects', () => {
    const { timeline, reads } = columnTimeline();
    const reference = simulate(scenario);
    for (const view of ['resources', 'requests'] as const) {
      const layout = layoutTimeline(scenario, timeline, { view, chef: false });
      const expected = layoutTimeline(scenario, reference, { view, chef: false });
      expect(layout.rows).toEqual(expected.rows);
      expect(layout.bars.slice().map((b) => b.label)).toEqual(expected.bars.slice().map((b) => b.label));
      expect([layout.endMs, layout.requestCount]).toEqual([expected.endMs, expected.requestCount]);
    }
    expect(reads.stateTime).toBe(0);
  });

  it('still gives the whole requests list to whoever reads it, built once', () => {
    const { timeline, reads } = columnTimeline();
    expect(timeline.requests).toEqual(simulate(scenario).requests);
    expect(timeline.requests).toBe(timeline.requests);
    expect(reads.stateTime).toBeGreaterThan(0);
  });
});
