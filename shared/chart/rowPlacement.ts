/**
 * Vertical placement: rows one under another (a heading before each group), each bar at
 * its row's y, stacked in sub-lanes where gather branches overlap. Kept apart from the
 * layout proper so the live chart can re-place rows for a new height (a resize, a text
 * scale) without rebuilding 100,000 bars: it only rewrites numbers.
 */
import type { ChartBar, ChartLayout } from './layout';
import { loopRowHeight, type RowMetrics } from './rowMetrics';

/**
 * Greedy interval partitioning of a request row's bars (sorted by start): a bar takes the
 * first sub-lane free when it starts. Sets bar.subLane; returns the number of sub-lanes.
 */
export function assignSubLanes(bars: ChartBar[], first: number, count: number): number {
  const subLaneEnds: number[] = [];
  for (let i = first; i < first + count; i++) {
    const bar = bars[i]!;
    let k = 0;
    while (k < subLaneEnds.length && subLaneEnds[k]! > bar.x0 + 1e-9) k++;
    subLaneEnds[k] = bar.x1;
    bar.subLane = k;
  }
  return Math.max(1, subLaneEnds.length);
}

/**
 * Give rows, groups and bars their y and height for `metrics`; updates the layout in place
 * (its bars are the same objects) and returns it.
 */
export function placeRows(layout: ChartLayout, metrics: RowMetrics): ChartLayout {
  const { rows, bars, groups } = layout;
  const blockedRows = new Set(layout.blocked.map((b) => b.row));
  let y = 0;
  let group = 0;
  for (let r = 0; r < rows.length; r++) {
    if (groups[group] && groups[group]!.firstRow === r) {
      groups[group]!.y = y;
      y += metrics.groupHeading;
      group++;
    }
    const row = rows[r]!;
    row.y = y;
    row.height = rowHeight(row.kind, row.subLanes, blockedRows.has(r), metrics);
    const end = row.firstBar + row.barCount;
    if (row.kind === 'loop') {
      const top = y + row.height - loopRowHeight(metrics, true) + metrics.loopBand; // bars sit at the bottom, under the band if any
      const height = metrics.loop - metrics.loopBand - metrics.pad;
      for (let i = row.firstBar; i < end; i++) { bars[i]!.y = top; bars[i]!.height = height; }
    } else if (row.subLanes <= 1) {
      const height = (row.kind === 'request' ? metrics.request : metrics.thread) - 2 * metrics.pad;
      for (let i = row.firstBar; i < end; i++) { bars[i]!.y = y + metrics.pad; bars[i]!.height = height; }
    } else {
      for (let i = row.firstBar; i < end; i++) {
        const bar = bars[i]!;
        bar.y = y + metrics.pad + bar.subLane * metrics.subLane;
        bar.height = metrics.subLane - 2;
      }
    }
    y += row.height;
  }
  layout.height = y;
  layout.metrics = metrics;
  return layout;
}

function rowHeight(kind: ChartLayout['rows'][number]['kind'], subLanes: number, blocked: boolean, m: RowMetrics): number {
  if (kind === 'loop') return loopRowHeight(m, blocked);
  if (kind !== 'request') return m.thread;
  return subLanes <= 1 ? m.request : 2 * m.pad + subLanes * m.subLane;
}
