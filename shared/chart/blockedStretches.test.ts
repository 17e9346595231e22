import { describe, expect, it } from 'vitest';
import { simulate } from '../engine/simulate';
import { defaultServer, type Scenario } from '../scenario/types';
import { layoutTimeline } from './layout';

/** `count` requests to an async route that blocks `ms` each, all at once: the loop runs them back to back. */
function backToBack(count: number, ms: number): Scenario {
  return {
    name: 'back to back', server: defaultServer(),
    routes: [{ name: 'sleepy', kind: 'async', steps: [{ blocking_io: ms, label: 'time.sleep()' }] }],
    requests: [{ route: 'sleepy', at: 0, count, every: 0 }],
  };
}

const blockedMs = (stretches: readonly { x0: number; x1: number }[]) => stretches.reduce((sum, s) => sum + s.x1 - s.x0, 0);

describe('blocked-loop stretches', () => {
  const scenario = backToBack(1000, 10);
  const timeline = simulate(scenario);
  const layout = layoutTimeline(scenario, timeline, { view: 'resources', chef: false });

  it('marks a loop blocked by a thousand short calls back to back, with only the server reading each request between them', () => {
    // Each 10 ms call is under the sliver threshold (0.2 % of a 10-second chart); together they are the whole chart.
    expect(layout.endMs).toBeGreaterThan(10_000);
    expect(blockedMs(layout.blocked)).toBeGreaterThan(0.99 * timeline.metrics.loopBlockedTotalMs);
  });

  it("counts only blocked time, not the server's own work between the calls", () => {
    expect(blockedMs(layout.blocked)).toBeLessThanOrEqual(timeline.metrics.loopBlockedTotalMs + 1e-6);
  });

  it('still leaves out a lone sliver on a long chart', () => {
    const scenario: Scenario = {
      name: 'one sliver', server: defaultServer(),
      routes: [
        { name: 'tick', kind: 'async', steps: [{ cpu: 1 }] },
        { name: 'wait', kind: 'async', steps: [{ await_io: 10_000 }] },
      ],
      requests: [{ route: 'tick', at: 0 }, { route: 'wait', at: 100 }],
    };
    const layout = layoutTimeline(scenario, simulate(scenario), { view: 'resources', chef: false });
    expect(layout.blocked).toEqual([]);
  });
});
