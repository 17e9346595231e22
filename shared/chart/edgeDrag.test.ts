import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtinRuns } from '../../assets/scenarios/validBuiltins';
import { simulate } from '../engine/simulate';
import { arbitraryScenario } from '../engine/arbitraryScenario';
import { LIMITS } from '../scenario/limits';
import type { Scenario } from '../scenario/types';
import { layoutTimeline, type ChartLayout } from './layout';
import { fixtureScenario, fixtureTimeline } from './fixtures';
import { dragPrecision, draggedDuration, edgeAt, isLastSegmentOfStep, isResizableState, resizeText, stepDurationAt } from './edgeDrag';

const builtin = (id: string): Scenario => builtinRuns().find((b) => b.id === id)!.scenario;
const midY = (layout: ChartLayout, barIndex: number) => layout.bars.y(barIndex) + layout.bars.height(barIndex) / 2;

describe('which steps have a duration to drag', () => {
  const report = fixtureScenario.routes[0]!;
  it('finds a top-level step and a step inside to_thread / to_process, of the kind asked for', () => {
    expect(stepDurationAt(report, [0], 'cpu')).toBe(10);
    expect(stepDurationAt(report, [1], 'blocking_io')).toBe(50);
    expect(stepDurationAt(report, [2], 'await_io')).toBe(30);
    expect(stepDurationAt(report, [4, 0], 'cpu')).toBe(20);
  });

  it('refuses wrappers, gather branches, a kind that does not match, and paths that lead nowhere', () => {
    expect(stepDurationAt(report, [0], 'blocking_io')).toBeNull();
    expect(stepDurationAt(report, [4], 'cpu')).toBeNull();
    expect(stepDurationAt(report, [3, 0, 0], 'await_io')).toBeNull(); // inside a gather: edited as the whole gather
    expect(stepDurationAt(report, [3, 0], 'await_io')).toBeNull();
    expect(stepDurationAt(report, [], 'cpu')).toBeNull();
    expect(stepDurationAt(report, [9], 'cpu')).toBeNull();
    expect(stepDurationAt(undefined, [0], 'cpu')).toBeNull();
  });

  it('only a step\'s own work is resizable, never a wait', () => {
    expect(['cpu', 'await_io', 'blocking_io'].every((s) => isResizableState(s as never))).toBe(true);
    expect(['gil_wait', 'token_wait', 'loop_wait', 'process_wait'].some((s) => isResizableState(s as never))).toBe(false);
  });
});

describe('the edge under the pointer', () => {
  it('grabs the right edge of a blocking call within the slack, not its middle or its left edge', () => {
    const scenario = builtin('blocking-in-def');
    const timeline = simulate(scenario);
    for (const view of ['requests', 'resources'] as const) {
      const layout = layoutTimeline(scenario, timeline, { view, chef: false });
      const bar = layout.bars.slice().find((b) => b.request === 2 && b.state === 'blocking_io')!;
      const i = bar.index;
      const y = midY(layout, i);
      const handle = edgeAt(layout, scenario, timeline, { layoutY: y, ms: bar.x1 - 1 }, 2);
      expect(handle).toMatchObject({ request: 2, route: 'report', path: [0], state: 'blocking_io', ms: 200 });
      expect(handle!.bar).toEqual(bar);
      expect(handle!.bar.index).toBe(i);
      expect(edgeAt(layout, scenario, timeline, { layoutY: y, ms: bar.x1 + 1.5 }, 2)?.request).toBe(2);
      expect(edgeAt(layout, scenario, timeline, { layoutY: y, ms: (bar.x0 + bar.x1) / 2 }, 2)).toBeNull();
      expect(edgeAt(layout, scenario, timeline, { layoutY: y, ms: bar.x0 }, 2)).toBeNull();
      expect(edgeAt(layout, scenario, timeline, { layoutY: -5, ms: bar.x1 }, 2)).toBeNull();
    }
  });

  it('a CPU step split by GIL switches has one handle: the end of the request\'s last segment', () => {
    const scenario = builtin('gil-starves-loop');
    const timeline = simulate(scenario);
    const layout = layoutTimeline(scenario, timeline, { view: 'requests', chef: false });
    const segments = layout.bars.slice().map((b) => ({ b, i: b.index })).filter(({ b }) => b.request === 0 && b.state === 'cpu' && b.path[0] === 0);
    expect(segments.length).toBeGreaterThan(10);
    const last = segments.reduce((a, s) => (s.b.x1 > a.b.x1 ? s : a));
    for (const { b, i } of segments) {
      expect(isLastSegmentOfStep(layout, i)).toBe(i === last.i);
      const handle = edgeAt(layout, scenario, timeline, { layoutY: midY(layout, i), ms: b.x1 }, 0.01);
      if (i === last.i) expect(handle).toMatchObject({ request: 0, route: 'resize', path: [0], state: 'cpu', ms: 400 });
      else expect(handle).toBeNull();
    }
  });

  it('waits have no handle, even where a wait ends right under the pointer', () => {
    const scenario = builtin('gil-starves-loop');
    const timeline = simulate(scenario);
    const layout = layoutTimeline(scenario, timeline, { view: 'requests', chef: false });
    const waits = layout.bars.slice().map((b) => ({ b, i: b.index })).filter(({ b }) => !isResizableState(b.state) && b.x1 > b.x0 + 1);
    expect(waits.length).toBeGreaterThan(0);
    for (const { b, i } of waits) {
      const handle = edgeAt(layout, scenario, timeline, { layoutY: midY(layout, i), ms: b.x1 }, 0.0001);
      expect(handle === null || handle.bar.x1 === b.x1).toBe(true); // only a step ending at that very instant
      if (handle) expect(isResizableState(handle.bar.state)).toBe(true);
    }
  });

  it('in any scenario, a request\'s segments of one step share one lane (so its row holds its last segment)', () => {
    fc.assert(fc.property(arbitraryScenario, (scenario) => {
      const lanes = new Map<string, number | null>();
      for (const s of simulate(scenario).segments) {
        if (s.request < 0 || !isResizableState(s.state)) continue;
        const key = `${s.request}|${s.path.join(',')}|${s.state}`;
        if (!lanes.has(key)) lanes.set(key, s.lane);
        expect(lanes.get(key)).toBe(s.lane);
      }
    }), { numRuns: 100 });
  });

  it('names the step through the request\'s route in a scenario of several routes', () => {
    const layout = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'requests', chef: false });
    for (let i = 0; i < layout.bars.length; i++) {
      const bar = layout.bars.at(i);
      if (!isResizableState(bar.state) || bar.request < 0 || !isLastSegmentOfStep(layout, i)) continue;
      const handle = edgeAt(layout, fixtureScenario, fixtureTimeline, { layoutY: midY(layout, i), ms: bar.x1 }, 0.0001);
      const route = fixtureScenario.routes.find((r) => r.name === fixtureTimeline.requests[bar.request]!.route);
      expect(handle?.ms ?? null).toBe(stepDurationAt(route, bar.path, bar.state as never));
    }
  });
});

describe('the duration a drag gives', () => {
  it('rounds to a pixel\'s worth of time, a power of ten', () => {
    expect(dragPrecision(2)).toBe(1);
    expect(dragPrecision(1)).toBe(1);
    expect(dragPrecision(0.3)).toBe(0.1);
    expect(dragPrecision(0.1)).toBe(0.1);
    expect(dragPrecision(25)).toBe(10);
    expect(dragPrecision(1e-6)).toBe(0.001);
    expect(dragPrecision(0)).toBe(1);
  });

  it('adds the drag to the duration, rounded', () => {
    expect(draggedDuration(120, 30.4, 1)).toBe(150);
    expect(draggedDuration(120, -19.96, 0.1)).toBe(100);
    expect(draggedDuration(0.3, 0.1, 0.1)).toBe(0.4);
    expect(draggedDuration(123, 14, 10)).toBe(140);
  });

  it('a drag that ends where it began (or too little to show) changes nothing', () => {
    expect(draggedDuration(123.456, 0, 1)).toBe(123.456);
    expect(draggedDuration(123.456, 0.4, 1)).toBe(123.456);
    expect(draggedDuration(123, -4, 10)).toBe(123);
  });

  it('stays above zero and within the loader\'s limit', () => {
    expect(draggedDuration(10, -50, 1)).toBe(1);
    expect(draggedDuration(10, -50, 0.1)).toBe(0.1);
    expect(draggedDuration(LIMITS.maxTimeMs - 5, 1000, 10)).toBe(LIMITS.maxTimeMs);
    expect(draggedDuration(10, Number.NaN, 1)).toBe(10);
  });

  it('says what changes', () => {
    expect(resizeText('cpu', 120, 150)).toBe('CPU burst 120 → 150 ms');
    expect(resizeText('blocking_io', 1500, 1234.5)).toBe('blocking I/O 1,500 → 1,234.5 ms');
    expect(resizeText('cpu', 120, 150, true)).toBe('chopping 120 → 150 ms'); // chef mode's words
  });
});
