import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/scenario/types';
import { defaultServer } from '../../../shared/scenario/types';
import { isRefusal } from './editResult';
import { addStep, deleteStep, moveStep, setRouteKind, setStepDuration, unwrapStep, wrapStep } from './routeEdits';

const doc: Scenario = Object.freeze({
  name: 't', server: defaultServer(),
  routes: [
    { name: 'slow', kind: 'sync', steps: [{ blocking_io: 100 }, { cpu: 10 }] },
    { name: 'fast', kind: 'async', steps: [{ await_io: 50 }, { to_thread: [{ cpu: 5 }, { blocking_io: 7 }], pool: 'executor' }] },
  ],
  requests: [{ route: 'slow', at: 0, count: 3, every: 10 }],
}) as Scenario;
const before = JSON.stringify(doc);

function ok(r: ReturnType<typeof addStep>): Scenario {
  if (isRefusal(r)) throw new Error(r.error);
  return r;
}

describe('route edits', () => {
  it('appends an I/O wait to an async route', () => {
    expect(ok(addStep(doc, { route: 1, kind: 'await_io', ms: 20 })).routes[1]!.steps[2]).toEqual({ await_io: 20 });
  });

  it('inserts a CPU burst after the selected step, inside a wrapper too', () => {
    expect(ok(addStep(doc, { route: 0, kind: 'cpu', ms: 5, after: [0] })).routes[0]!.steps).toEqual([{ blocking_io: 100 }, { cpu: 5 }, { cpu: 10 }]);
    const r = ok(addStep(doc, { route: 1, kind: 'blocking_io', ms: 3, after: [1, 0] })).routes[1]!.steps[1];
    expect(r).toEqual({ to_thread: [{ cpu: 5 }, { blocking_io: 3 }, { blocking_io: 7 }], pool: 'executor' });
  });

  it('refuses an await in a def route and a negative duration, leaving the document untouched', () => {
    const a = addStep(doc, { route: 0, kind: 'await_io', ms: 20 });
    expect(isRefusal(a) && a.error).toMatch(/await is only allowed inside async def/);
    const b = setStepDuration(doc, { route: 0, path: [0], ms: -5 });
    expect(isRefusal(b) && b.error).toBe('Step 1 of "slow" keeps its 100 ms: a duration cannot be negative (got -5 ms).');
    const nested = setStepDuration(doc, { route: 1, path: [1, 1], ms: 4_000_000 });
    expect(isRefusal(nested) && nested.error).toMatch(/^Step 2\.2 of "fast" keeps its 7 ms: a duration of 4000000 ms is over an hour/);
    expect(isRefusal(setStepDuration(doc, { route: 0, path: [0], ms: NaN }))).toBe(true);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('changes a duration by path, nested or not, and refuses wrappers', () => {
    expect(ok(setStepDuration(doc, { route: 1, path: [1, 1], ms: 70 })).routes[1]!.steps[1]).toEqual({ to_thread: [{ cpu: 5 }, { blocking_io: 70 }], pool: 'executor' });
    expect(isRefusal(setStepDuration(doc, { route: 1, path: [1], ms: 70 }))).toBe(true);
  });

  it('keeps where an analysed step came from when its duration is typed, and drops "assumed": the figure is no longer a guess', () => {
    const analysed: Scenario = { ...doc, routes: [{ name: 'a', kind: 'async', steps: [{ blocking_io: 100, label: 'requests.get(url)', line: 7, column: 9, assumed: true }] }] };
    expect(ok(setStepDuration(analysed, { route: 0, path: [0], ms: 250 })).routes[0]!.steps[0]).toEqual({ blocking_io: 250, label: 'requests.get(url)', line: 7, column: 9 });
  });

  it('moves steps within bounds only', () => {
    expect(ok(moveStep(doc, { route: 0, path: [1], by: -1 })).routes[0]!.steps).toEqual([{ cpu: 10 }, { blocking_io: 100 }]);
    expect(isRefusal(moveStep(doc, { route: 0, path: [0], by: -1 }))).toBe(true);
    expect(isRefusal(moveStep(doc, { route: 0, path: [1], by: 1 }))).toBe(true);
  });

  it('deletes a step but not the last one inside a wrapper', () => {
    expect(ok(deleteStep(doc, { route: 0, path: [0] })).routes[0]!.steps).toEqual([{ cpu: 10 }]);
    const once = ok(deleteStep(doc, { route: 1, path: [1, 0] }));
    expect(isRefusal(deleteStep(once, { route: 1, path: [1, 0] }))).toBe(true);
  });

  it('wraps a sync step of an async route in to_thread and unwraps it again', () => {
    const async = ok(setRouteKind(doc, { route: 0, kind: 'async' }));
    const wrapped = ok(wrapStep(async, { route: 0, path: [0], wrapper: 'to_thread' }));
    expect(wrapped.routes[0]!.steps[0]).toEqual({ to_thread: [{ blocking_io: 100 }], pool: 'executor' });
    expect(ok(unwrapStep(wrapped, { route: 0, path: [0, 0] })).routes[0]!.steps).toEqual(async.routes[0]!.steps);
    expect(isRefusal(wrapStep(doc, { route: 0, path: [0], wrapper: 'to_process' }))).toBe(true);
    expect(isRefusal(wrapStep(doc, { route: 1, path: [0], wrapper: 'to_thread' }))).toBe(true);
  });

  it('switching an async route to def turns its awaits into blocking calls', () => {
    expect(ok(setRouteKind(doc, { route: 1, kind: 'sync' })).routes[1]).toEqual({
      name: 'fast', kind: 'sync', steps: [{ blocking_io: 50 }, { cpu: 5 }, { blocking_io: 7 }],
    });
    expect(setRouteKind(doc, { route: 0, kind: 'sync' })).toBe(doc);
  });
});
