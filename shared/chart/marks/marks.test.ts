import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../layout';
import { fixtureScenario, fixtureTimeline } from '../fixtures';
import { timeScale } from '../timeScale';
import { barAlpha, barLabel, visibleBarRects } from './bars';
import { axisNodes } from './axis';
import { blockedLoopNodes, blockedPattern } from './blockedLoop';
import { stateStyle } from '../states';
import { textWidth } from '../textFit';
import { LEGEND_FONT, legendNodes } from './legend';

const layout = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'resources', chef: false });
const all = { from: 0, to: layout.rows.length };

describe('playback cut', () => {
  const scale = timeScale([0, 138], [0, 1380]);

  it('draws nothing that starts after the playhead and cuts bars at it', () => {
    const rects = visibleBarRects(layout, scale, all, 0, 40);
    expect(rects.length).toBeGreaterThan(0);
    for (const r of rects) {
      expect(r.bars.x0(r.index)).toBeLessThan(40);
      expect(r.x + r.w).toBeLessThanOrEqual(400 + 1e-9);
    }
  });

  it('reports the blocked-loop time so far', () => {
    const wide = timeScale([0, 138], [0, 5000]);
    const texts = blockedLoopNodes(layout, wide, all, 0, 'light', false, 1, 40).filter((n) => n.tag === 'text').map((n) => n.text);
    expect(texts).toEqual(['loop blocked 40 ms']);
  });
});

describe('blocked band in a time window', () => {
  const bandWords = (domain: [number, number]) =>
    blockedLoopNodes(layout, timeScale(domain, [0, 5000]), all, 0, 'light', false).filter((n) => n.tag === 'text').map((n) => n.text);

  it('says how much of a stretch the window cuts is in view, beside its whole length', () => {
    // The fixture's loop is blocked from 0 to 60 ms; the window starts 40 ms into it.
    expect(bandWords([40, 138])).toEqual(['loop blocked 60 ms, 20 ms in view']);
  });

  it('gives only the length of a stretch wholly in view', () => {
    expect(bandWords([0, 138])).toEqual(['loop blocked 60 ms']);
  });

  it('falls back to the part in view, said to be a part, where both lengths do not fit', () => {
    // 20 ms of band over 100 ms of plot: 1,300 px, room for the shorter words only.
    const nodes = blockedLoopNodes(layout, timeScale([40, 140], [0, 1300]), all, 0, 'light', false);
    expect(nodes.filter((n) => n.tag === 'text').map((n) => n.text)).toEqual(['loop blocked 20 ms in view']);
  });
});

describe('bar labels', () => {
  it('show an awaited call only when enough of its name fits, not just "await"', async () => {
    const { simulate } = await import('../../engine/simulate');
    const { validateScenario } = await import('../../scenario/load');
    const loaded = validateScenario({
      name: 'awaited', routes: [{ name: 'user', kind: 'async', steps: [{ await_io: 100, label: 'await conn.fetchrow(query)' }] }],
      requests: [{ route: 'user', at: 0 }],
    });
    if (!loaded.ok) throw new Error('scenario does not load');
    const awaited = layoutTimeline(loaded.scenario, simulate(loaded.scenario), { view: 'requests', chef: false });
    const labelAt = (px: number) => {
      const rects = visibleBarRects(awaited, timeScale([0, 100], [0, px]), { from: 0, to: awaited.rows.length }, 0);
      return rects.filter((r) => r.bars.label(r.index) === 'await conn.fetchrow(query)').map((r) => barLabel(r))[0];
    };
    expect(labelAt(100)).toBe(''); // "await conn…" would name no call
    expect(labelAt(150)).toBe('await conn.fetch…');
    expect(labelAt(300)).toBe('await conn.fetchrow(query)');
  });
});

describe('time axis', () => {
  it('never lets two tick labels overlap, even at large text', () => {
    const nodes = axisNodes(timeScale([0, 1000], [0, 1500]), 'light', { font: 26, height: 49 });
    const labels = nodes.filter((n) => n.tag === 'text').map((n) => ({ x: Number(n.attrs!.x), half: textWidth(n.text!, 26) / 2 }));
    expect(labels.length).toBeGreaterThan(3);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.x - labels[i]!.half).toBeGreaterThan(labels[i - 1]!.x + labels[i - 1]!.half);
  });
});

describe('legend in a narrow space', () => {
  it('says whether every item fits, and cuts an item wider than the whole width with an ellipsis and a title', () => {
    const wide = legendNodes(['await_io', 'blocking_io'], true, 1000, 'light', false);
    expect(wide.fits).toBe(true);
    const narrow = legendNodes(['await_io'], false, 120, 'light', false);
    expect(narrow.fits).toBe(false);
    const item = narrow.nodes[0]!;
    expect(item.children![0]).toEqual({ tag: 'title', text: 'awaited I/O (loop free)' });
    const label = item.children!.find((c) => c.tag === 'text')!.text!;
    expect(label.endsWith('…')).toBe(true);
    expect(textWidth(label, LEGEND_FONT) + 34).toBeLessThanOrEqual(120);
  });
});

describe('bars thinner than a pixel', () => {
  it('draw each pixel as the state that takes most of it: a loop blocked by 200 ms calls, not the 0.2 ms reads between them', async () => {
    const { simulate } = await import('../../engine/simulate');
    const { validateScenario } = await import('../../scenario/load');
    const loaded = validateScenario({
      name: 'blocking in async def', routes: [{ name: 'report', kind: 'async', steps: [{ blocking_io: 200 }] }],
      requests: [{ route: 'report', at: 0, count: 2000 }],
    });
    if (!loaded.ok) throw new Error('scenario does not load');
    const timeline = simulate(loaded.scenario);
    const big = layoutTimeline(loaded.scenario, timeline, { view: 'resources', chef: false });
    const loop = big.rows.findIndex((r) => r.kind === 'loop');
    // 400,000 ms over 640 px: 625 ms a pixel, three blocking calls and six reads or answers in each.
    const rects = visibleBarRects(big, timeScale([0, big.endMs], [0, 640]), { from: loop, to: loop + 1 }, 0);
    const states = rects.map((r) => r.bars.state(r.index));
    expect(states.length).toBeGreaterThan(400);
    expect(states.filter((s) => s === 'blocking_io').length).toBeGreaterThan(0.95 * states.length);
  });

  // An async route with 20 ms awaited and 0.2 ms of CPU, one request a millisecond: its loop runs
  // 0.2 ms of the route's CPU and 0.35 ms of its own server work (two pieces of 0.175) per request.
  async function busyLoopRects() {
    const { simulate } = await import('../../engine/simulate');
    const { validateScenario } = await import('../../scenario/load');
    const loaded = validateScenario({
      name: 'a loop busy part of the time', routes: [{ name: 'user', kind: 'async', steps: [{ await_io: 20 }, { cpu: 0.2 }] }],
      requests: [{ route: 'user', at: 0, count: 4000, every: 1 }],
    });
    if (!loaded.ok) throw new Error('scenario does not load');
    const timeline = simulate(loaded.scenario);
    const big = layoutTimeline(loaded.scenario, timeline, { view: 'resources', chef: false });
    const loop = big.rows.findIndex((r) => r.kind === 'loop');
    // About 4,000 ms over 640 px: 6 ms a pixel, six requests' work in each.
    return visibleBarRects(big, timeScale([0, big.endMs], [0, 640]), { from: loop, to: loop + 1 }, 0).filter((r) => r.x > 10 && r.x < 600);
  }

  it('draw a pixel in the state whose bars cover the most of it together, not the single longest bar', async () => {
    const states = (await busyLoopRects()).map((r) => r.bars.state(r.index));
    // 0.35 ms of server work in pieces of 0.175 against 0.2 ms of CPU: the loop mostly serves.
    expect(states.filter((s) => s === 'server').length).toBeGreaterThan(0.9 * states.length);
  });

  it('draw a pixel of thin bars as opaque as they fill it, so a loop busy half the time does not look busy all of it', async () => {
    const rects = await busyLoopRects();
    const coverage = rects.map((r) => r.coverage ?? 1);
    const mean = coverage.reduce((a, b) => a + b, 0) / coverage.length;
    // 0.55 ms of work a millisecond.
    expect(mean).toBeGreaterThan(0.5);
    expect(mean).toBeLessThan(0.6);
    expect(new Set(rects.map(barAlpha))).toEqual(new Set([0.5]));
  });

  it('keep a lone sliver visible and a bar a pixel wide solid', () => {
    const base = { bars: layout.bars, index: 0, x: 0, y: 0, w: 1, h: 10 };
    expect(barAlpha({ ...base, coverage: 0.01 })).toBe(0.25);
    expect(barAlpha({ ...base, coverage: 0.7 })).toBe(0.75);
    expect(barAlpha({ ...base, coverage: 1.3 })).toBe(1);
    expect(barAlpha({ ...base, w: 30 })).toBe(1);
  });
});

describe('the blocked band in print', () => {
  it('is told apart from blocking I/O, the same diagonal, by white between bolder stripes', () => {
    const band = blockedPattern('print');
    const blocking = stateStyle('blocking_io', 'print');
    const grey = (hex: string) => parseInt(hex.slice(1, 3), 16);
    expect(grey(band.fill) - grey(blocking.fill)).toBeGreaterThanOrEqual(0x40);
    expect(band.weight).toBeGreaterThan(2);
  });
});
