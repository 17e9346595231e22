/**
 * Vertical placement: rows one under another (a heading before each group), each bar at
 * its row's y, stacked in sub-lanes where gather branches overlap. Kept apart from the
 * layout proper so the live chart can re-place rows for a new height (a resize, a text
 * scale) without rebuilding 100,000 bars: it only rewrites numbers.
 */
import type { BarList } from './barList';
import type { ChartLayout } from './layout';
import { loopRowHeight, type RowMetrics } from './rowMetrics';

/**
 * Greedy interval partitioning of a request row's bars (sorted by start): a bar takes the
 * first sub-lane free when it starts. Sets each bar's sub-lane; returns the number of sub-lanes.
 */
export function assignSubLanes(bars: BarList, first: number, count: number): number {
  const subLaneEnds: number[] = [];
  for (let i = first; i < first + count; i++) {
    const x0 = bars.x0(i);
    let k = 0;
    while (k < subLaneEnds.length && subLaneEnds[k]! > x0 + 1e-9) k++;
    subLaneEnds[k] = bars.x1(i);
    bars.setSubLane(i, k);
  }
  return Math.max(1, subLaneEnds.length);
}

/**
 * Give rows, groups and bars their y and height for `metrics`; updates the layout in place
 * (the same BarList: only its rows' placement is rewritten) and returns it.
 */
export function placeRows(layout: ChartLayout, metrics: RowMetrics): ChartLayout {
  const { rows, groups, bars } = layout;
  const blockedRows = new Set(layout.blocked.map((b) => b.row));
  let y = 0;
  let group = 0;
  for (let r = 0; r < rows.length; r++) {
    if (groups[group] && groups[group]!.firstRow === r) {
      // A heading named on the time axis (metrics.headingOnAxis, one group) takes no row.
      const onAxis = metrics.headingOnAxis && groups.length === 1;
      groups[group]!.y = onAxis ? y - metrics.groupHeading : y;
      if (!onAxis) y += metrics.groupHeading;
      group++;
    }
    const row = rows[r]!;
    row.y = y;
    row.height = rowHeight(row.kind, row.subLanes, blockedRows.has(r), metrics);
    if (row.kind === 'loop') {
      const top = y + row.height - loopRowHeight(metrics, true) + metrics.loopBand; // bars sit at the bottom, under the band if any
      bars.placeRow(r, top, metrics.loop - metrics.loopBand - metrics.pad, 0);
    } else if (row.subLanes <= 1) {
      bars.placeRow(r, y + metrics.pad, (row.kind === 'request' ? metrics.request : metrics.thread) - 2 * metrics.pad, 0);
    } else {
      bars.placeRow(r, y + metrics.pad, metrics.subLane - 2, metrics.subLane);
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
