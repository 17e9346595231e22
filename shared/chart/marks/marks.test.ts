import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../layout';
import { fixtureScenario, fixtureTimeline } from '../fixtures';
import { timeScale } from '../timeScale';
import { visibleBarRects } from './bars';
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
