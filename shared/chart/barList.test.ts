import { describe, expect, it } from 'vitest';
import { columnsOf } from '../engine/segmentColumns';
import { BarList, layoutTimeline } from './layout';
import { fixtureScenario, fixtureTimeline } from './fixtures';
import { placeRows } from './rowPlacement';
import { rowMetricsAt } from './rowMetrics';

describe('the bar list', () => {
  const layout = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'requests', chef: false });
  const bars = layout.bars;

  it('reads each bar from its segment in the columns', () => {
    const cols = columnsOf(fixtureTimeline);
    expect(bars.length).toBeGreaterThan(0);
    for (let k = 0; k < bars.length; k++) {
      const i = bars.order[k]!;
      expect(bars.x0(k)).toBe(cols.start[i]);
      expect(bars.x1(k)).toBe(cols.end[i]);
      expect(bars.request(k)).toBe(cols.request[i]);
      expect(bars.share(k)).toBe(cols.share[i]);
      expect(bars.path(k)).toBe(cols.paths[cols.path[i]!]);
      expect(bars.lane(k)).toBe(cols.lane[i]! < 0 ? null : cols.lane[i]);
    }
  });

  it('gives each row its own run of bars, sorted by start', () => {
    const resources = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'resources', chef: false });
    for (const l of [layout, resources]) {
      for (const [r, row] of l.rows.entries()) {
        for (let k = row.firstBar; k < row.firstBar + row.barCount; k++) {
          expect(l.bars.row(k)).toBe(r);
          if (k > row.firstBar) expect(l.bars.x0(k)).toBeGreaterThanOrEqual(l.bars.x0(k - 1));
        }
      }
    }
  });

  it('finds a bar\'s row past rows without bars', () => {
    // Rows 1, 2 and 4 are empty: row 0 holds bars 0-1, row 3 bars 2-4.
    const list = new BarList(columnsOf(fixtureTimeline), Int32Array.of(0, 1, 2, 3, 4), Int32Array.of(0, 2, 2, 2, 5, 5), () => '');
    expect([0, 1, 2, 3, 4].map((k) => list.row(k))).toEqual([0, 0, 3, 3, 3]);
    // Rows 0 and 1 are empty (an idle worker's loop first), and the last row holds the last bar.
    const late = new BarList(columnsOf(fixtureTimeline), Int32Array.of(0, 1, 2), Int32Array.of(0, 0, 0, 1, 3), () => '');
    expect([0, 1, 2].map((k) => late.row(k))).toEqual([2, 3, 3]);
  });

  it('snapshots a bar with every accessor\'s value and its index', () => {
    for (let k = 0; k < bars.length; k++) {
      expect({ ...bars.at(k), label: bars.at(k).label }).toEqual({
        index: k, row: bars.row(k), x0: bars.x0(k), x1: bars.x1(k), state: bars.state(k), request: bars.request(k),
        lane: bars.lane(k), path: bars.path(k), share: bars.share(k), label: bars.label(k),
        subLane: bars.subLane(k), y: bars.y(k), height: bars.height(k),
      });
    }
    expect(bars.slice().map((b) => b.index)).toEqual([...bars.order.keys()]);
  });

  it('keeps a snapshot as it was when rows are placed again', () => {
    const fresh = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'requests', chef: false });
    const before = fresh.bars.at(fresh.bars.length - 1);
    placeRows(fresh, rowMetricsAt(30));
    expect(fresh.bars.y(before.index)).not.toBe(before.y);
    expect(fresh.bars.at(before.index).y).toBe(fresh.bars.y(before.index));
  });

  it('places a row\'s bars at its top, and overlapping gather branches one sub-lane under another', () => {
    const m = layout.metrics;
    for (const row of layout.rows) {
      for (let k = row.firstBar; k < row.firstBar + row.barCount; k++) {
        if (row.subLanes > 1) {
          expect(bars.y(k)).toBe(row.y + m.pad + bars.subLane(k) * m.subLane);
          expect(bars.height(k)).toBe(m.subLane - 2);
        } else {
          expect(bars.subLane(k)).toBe(0);
          if (row.kind === 'request') expect([bars.y(k), bars.height(k)]).toEqual([row.y + m.pad, m.request - 2 * m.pad]);
        }
      }
    }
    const stacked = layout.rows.find((row) => row.subLanes > 1)!;
    const lanes = new Set(Array.from({ length: stacked.barCount }, (_, i) => bars.subLane(stacked.firstBar + i)));
    expect(lanes.size).toBe(stacked.subLanes);
  });

  it('refuses a bar it does not have', () => {
    expect(() => bars.at(-1)).toThrow(RangeError);
    expect(() => bars.at(bars.length)).toThrow(RangeError);
  });
});
