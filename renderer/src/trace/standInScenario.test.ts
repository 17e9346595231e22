import { describe, expect, it } from 'vitest';
import { standInScenario, stepLabelsOf } from './standInScenario';

describe('standInScenario', () => {
  it('rebuilds steps from paths: one inner index is a thread, two or more a gather branch', () => {
    const s = standInScenario('t', [
      { route: 'r', path: [0], label: 'parse' },
      { route: 'r', path: [2, 1], label: 'render' },
      { route: 'r', path: [2], label: 'to thread' },
      { route: 'r', path: [3, 1, 0], label: 'cache' },
    ], ['r', 'idle']);
    expect(s.routes).toEqual([
      { name: 'r', kind: 'async', steps: [
        { cpu: 0, label: 'parse' },
        { cpu: 0 },
        { to_thread: [{ cpu: 0 }, { cpu: 0, label: 'render' }], pool: 'anyio', label: 'to thread' },
        { gather: [[], [{ cpu: 0, label: 'cache' }]] },
      ] },
      { name: 'idle', kind: 'async', steps: [] },
    ]);
    expect(s.requests).toEqual([]);
  });

  it('reads labels only from complete events that carry a route, a path and a step', () => {
    expect(stepLabelsOf({ traceEvents: [
      { ph: 'X', args: { route: 'r', path: [1], step: 'a' } },
      { ph: 'X', args: { route: 'r', path: [], step: 'before' } },
      { ph: 'M', args: { route: 'r', path: [0], step: 'meta' } },
      { ph: 'X', args: { route: 'r', path: [-1], step: 'bad' } },
      { ph: 'X', name: 'foreign' },
    ] })).toEqual([{ route: 'r', path: [1], label: 'a' }]);
  });
});
