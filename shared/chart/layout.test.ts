import { describe, expect, it } from 'vitest';
import { layoutTimeline, ROW } from './layout';
import { fixtureScenario, fixtureTimeline } from './fixtures';
import { simulate } from '../engine/simulate';
import { defaultServer, type Scenario } from '../scenario/types';

describe('layoutTimeline, resources view', () => {
  const layout = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'resources', chef: false });

  it('has one row per lane, event loop first, grouped by worker', () => {
    expect(layout.rows.map((r) => r.label)).toEqual(['event loop', 'anyio thread 0', 'anyio thread 1', 'pool process 0']);
    expect(layout.groups.map((g) => g.label)).toEqual(['worker 0']);
  });

  it('makes the loop row taller than thread rows', () => {
    expect(layout.rows[0]!.height).toBeGreaterThan(layout.rows[1]!.height);
  });

  it('places rows one under another after the group heading', () => {
    expect(layout.rows[0]!.y).toBe(ROW.groupHeading);
    expect(layout.rows[1]!.y).toBe(ROW.groupHeading + ROW.loop);
    expect(layout.height).toBe(ROW.groupHeading + ROW.loop + 3 * ROW.thread);
  });

  it('keeps only segments that ran on a lane, sorted by start', () => {
    const loop = layout.rows[0]!;
    const loopBars = layout.bars.slice(loop.firstBar, loop.firstBar + loop.barCount);
    expect(loopBars.map((b) => b.state)).toEqual(['cpu', 'blocking_io', 'gil_wait']);
    expect(layout.bars.slice().every((b) => b.lane !== null)).toBe(true);
  });

  it('labels bars with the step label resolved through the path', () => {
    const labels = layout.bars.slice().map((b) => b.label);
    expect(labels).toContain('parse body');
    expect(labels).toContain('render pdf'); // gather branch → to_thread body inherits the to_thread label
    expect(labels).toContain('resize image'); // to_process[0]
    expect(labels).toContain('loop waits for the GIL');
  });

  it('finds the blocked-loop stretch, merging adjacent cpu and blocking I/O', () => {
    expect(layout.blocked).toEqual([
      { row: 0, worker: 0, x0: 0, x1: 60 },
      { row: 0, worker: 0, x0: 110, x1: 112 },
    ]);
  });

  it('ends where the timeline ends', () => {
    expect(layout.endMs).toBe(138);
  });
});

describe('layoutTimeline, requests view', () => {
  const layout = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'requests', chef: false });

  it('shows the event loop on top, then one row per request', () => {
    expect(layout.rows.map((r) => r.label)).toEqual(['event loop', '#0 report', '#1 legacy']);
    expect(layout.groups.map((g) => g.label)).toEqual(['worker 0', 'requests']);
  });

  it('puts every segment of a request in its row, lane or not', () => {
    const row = layout.rows[2]!;
    const states = layout.bars.slice(row.firstBar, row.firstBar + row.barCount).map((b) => b.state);
    expect(states).toEqual(['loop_wait', 'token_wait', 'cpu', 'blocking_io', 'loop_wait']);
  });

  it('stacks overlapping gather branches in thinner sub-lanes', () => {
    const row = layout.rows[1]!;
    const bars = layout.bars.slice(row.firstBar, row.firstBar + row.barCount);
    const cacheGet = bars.find((b) => b.label === 'await cache.get()')!;
    const renderPdf = bars.find((b) => b.label === 'render pdf' && b.state === 'cpu')!;
    expect(cacheGet.y).not.toBe(renderPdf.y);
    expect(row.height).toBeGreaterThan(ROW.request - 1);
    for (const bar of bars) {
      expect(bar.y).toBeGreaterThanOrEqual(row.y);
      expect(bar.y + bar.height).toBeLessThanOrEqual(row.y + row.height);
    }
  });

  it('names a request that has not been accepted yet', () => {
    const row = layout.rows[2]!;
    expect(layout.bars.at(row.firstBar).label).toBe('waiting to be accepted');
  });
});

describe('layoutTimeline, chef mode', () => {
  it('renames lanes and groups', () => {
    const layout = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'requests', chef: true });
    expect(layout.rows[0]!.label).toBe('chef');
    expect(layout.groups.map((g) => g.label)).toEqual(['kitchen 0', 'order tickets']);
  });
});

describe('layoutTimeline, the server work option', () => {
  // 300 awaits at once: the loop reads and answers each (0.35 ms of server work), 105 ms in all.
  const scenario: Scenario = {
    name: 'awaits', server: defaultServer(),
    routes: [{ name: 'wait', kind: 'async', steps: [{ await_io: 200 }] }],
    requests: [{ route: 'wait', at: 0, count: 300, every: 0 }],
  };
  const timeline = simulate(scenario);
  const serverBars = (l: ReturnType<typeof layoutTimeline>) => l.bars.slice().filter((b) => b.state === 'server').length;

  for (const view of ['resources', 'requests'] as const) {
    it(`draws the loop's own work by default, and leaves it out of every row and the legend when asked (${view})`, () => {
      const shown = layoutTimeline(scenario, timeline, { view, chef: false });
      const hidden = layoutTimeline(scenario, timeline, { view, chef: false, serverWork: false });
      expect(serverBars(shown)).toBeGreaterThan(0);
      expect(shown.states).toContain('server');
      expect(serverBars(hidden)).toBe(0);
      expect(hidden.states).not.toContain('server');
      // Only those bars go: the others, the rows and the time axis are as they were.
      expect(hidden.bars.length).toBe(shown.bars.length - serverBars(shown));
      expect(hidden.rows.map((r) => r.label)).toEqual(shown.rows.map((r) => r.label));
      expect(hidden.endMs).toBe(shown.endMs);
    });
  }
});
