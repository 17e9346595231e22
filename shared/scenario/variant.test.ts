import { describe, expect, it } from 'vitest';
import type { Route, Scenario } from './types';
import { defaultServer } from './types';
import { flipRoute, flipScenario } from './variant';

const asyncRoute: Route = {
  name: 'a', kind: 'async',
  steps: [
    { await_io: 50, label: 'await db.fetch()' },
    { to_thread: [{ cpu: 10 }, { blocking_io: 5 }], pool: 'executor' },
    { to_process: [{ cpu: 30 }] },
    { gather: [[{ await_io: 20 }], [{ cpu: 3 }]] },
  ],
};
const syncRoute: Route = { name: 's', kind: 'sync', steps: [{ blocking_io: 100, label: 'requests.get()' }, { cpu: 5 }] };

describe('flipping a route', () => {
  it('turns async awaits into blocking calls (their label loses its await: def cannot await) and inlines thread, process and gather work', () => {
    expect(flipRoute(asyncRoute, 'naive')).toEqual({
      name: 'a', kind: 'sync',
      steps: [{ blocking_io: 50, label: 'db.fetch()' }, { cpu: 10 }, { blocking_io: 5 }, { cpu: 30 }, { blocking_io: 20 }, { cpu: 3 }],
    });
  });

  it('naively keeps a def route\'s blocking I/O, which now blocks the loop', () => {
    expect(flipRoute(syncRoute, 'naive')).toEqual({ ...syncRoute, kind: 'async' });
  });

  it('with await, replaces blocking I/O by awaited I/O and keeps CPU work', () => {
    expect(flipRoute(syncRoute, 'await').steps).toEqual([{ await_io: 100, label: 'requests.get()' }, { cpu: 5 }]);
  });

  it('keeps where an analysed step came from (line, column, assumed) through both flips', () => {
    const analysed: Route = { name: 'r', kind: 'async', steps: [{ await_io: 20, label: 'await db.get(k)', line: 9, column: 11, assumed: true }] };
    const synced = flipRoute(analysed, 'naive');
    expect(synced.steps).toEqual([{ blocking_io: 20, label: 'db.get(k)', line: 9, column: 11, assumed: true }]);
    expect(flipRoute(synced, 'await').steps).toEqual([{ await_io: 20, label: 'db.get(k)', line: 9, column: 11, assumed: true }]);
  });

  it('flips every route and leaves server and requests alone', () => {
    const s: Scenario = { name: 'x', server: defaultServer(), routes: [asyncRoute, syncRoute], requests: [{ route: 'a', at: 0 }] };
    const f = flipScenario(s, 'await');
    expect(f.routes.map((r) => r.kind)).toEqual(['sync', 'async']);
    expect(f.server).toBe(s.server);
    expect(f.requests).toBe(s.requests);
  });
});
