import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './layout';
import { fixtureScenario, fixtureTimeline } from './fixtures';
import { barAt, barsAt, rowAtY, visibleRowRange } from './hitTest';

const layout = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'requests', chef: false });
const midY = (row: number) => layout.rows[row]!.y + layout.rows[row]!.height / 2;

describe('hit-testing on layout data', () => {
  it('finds the row under a y, and none in a group heading', () => {
    expect(rowAtY(layout, midY(1))).toBe(1);
    expect(rowAtY(layout, 1)).toBe(-1);
  });

  it('lists the rows inside a vertical window', () => {
    expect(visibleRowRange(layout, 0, 1e6)).toEqual({ from: 0, to: 3 });
    expect(visibleRowRange(layout, layout.rows[2]!.y, 1)).toEqual({ from: 2, to: 3 });
  });

  it('finds what a request was doing at an instant', () => {
    expect(barsAt(layout, 2, 65).map((b) => b.state)).toEqual(['token_wait']);
  });

  it('finds overlapping gather branches at the same instant', () => {
    expect(barsAt(layout, 1, 100).map((b) => b.state).sort()).toEqual(['await_io', 'cpu']);
  });

  it('finds a long bar that started before the searched time', () => {
    expect(barsAt(layout, 0, 59).map((b) => b.state)).toEqual(['blocking_io']);
  });

  it('picks the bar under the pointer, with slack for thin bars', () => {
    const loop = layout.rows[0]!;
    const y = loop.y + loop.height - 10;
    expect(barAt(layout, y, 30)?.state).toBe('blocking_io');
    expect(barAt(layout, y, 113)).toBeNull();
    expect(barAt(layout, y, 113, 2)?.state).toBe('gil_wait');
  });
});
