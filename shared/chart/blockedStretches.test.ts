import { describe, expect, it } from 'vitest';
import { dropSlivers, type BlockedStretch } from './blockedStretches';
import { layoutTimeline } from './layout';
import { simulate } from '../engine/simulate';
import { validateScenario } from '../scenario/load';
import type { Scenario } from '../scenario/types';

const at = (row: number, x0: number, x1: number): BlockedStretch => ({ row, worker: 0, x0, x1 });

/** Back-to-back stretches of `ms`, each followed by `gap` ms of something else. */
function train(count: number, ms: number, gap: number, row = 0): BlockedStretch[] {
  return Array.from({ length: count }, (_, i) => at(row, i * (ms + gap), i * (ms + gap) + ms));
}

describe('dropSlivers', () => {
  it('keeps blocking calls that follow each other closely, though each alone is shorter than the minimum', () => {
    const calls = train(20, 200, 0.35);
    expect(dropSlivers(calls, 1000)).toEqual(calls);
  });

  it('leaves out short waits far apart, however many', () => {
    expect(dropSlivers(train(1000, 0.1, 5), 40)).toEqual([]);
  });

  it('leaves out a lone stretch under the minimum and keeps one over it', () => {
    expect(dropSlivers([at(0, 0, 0.3), at(0, 50, 51)], 0.5)).toEqual([at(0, 50, 51)]);
  });

  it('never joins stretches of two loops', () => {
    expect(dropSlivers([at(0, 0, 300), at(1, 300.1, 600)], 400)).toEqual([]);
  });

  it('keeps a long stretch beside slivers it does not carry', () => {
    expect(dropSlivers([at(0, 0, 0.1), at(0, 0.2, 500)], 100)).toEqual([at(0, 0.2, 500)]);
  });
});

describe('the blocked loop at scale', () => {
  function blockingAsync(count: number): Scenario {
    const result = validateScenario({
      name: 'blocking in async def', routes: [{ name: 'report', kind: 'async', steps: [{ blocking_io: 200 }] }],
      requests: [{ route: 'report', at: 0, count }],
    });
    if (!result.ok) throw new Error('scenario does not load');
    return result.scenario;
  }

  it.each([5, 600])('marks the loop blocked for as long as the metrics say, at %i requests', (count) => {
    const scenario = blockingAsync(count);
    const timeline = simulate(scenario);
    const layout = layoutTimeline(scenario, timeline, { view: 'resources', chef: false });
    const marked = layout.blocked.reduce((ms, s) => ms + s.x1 - s.x0, 0);
    expect(marked).toBeCloseTo(timeline.metrics.loopBlockedTotalMs, 3);
    expect(marked).toBeCloseTo(count * 200, 3);
  });
});
