/**
 * Hover, click and the time cursor all ask "what is here?" of the layout, never of DOM
 * nodes: binary searches over rows (by y) and over a row's bars (by start time). The
 * searches read the bar list's accessors; only the bars they return become snapshots.
 */
import type { ChartBar, ChartLayout } from './layout';

/** Index of the row containing layout-y `y`, or -1. */
export function rowAtY(layout: ChartLayout, y: number): number {
  const rows = layout.rows;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid]!;
    if (y < row.y) hi = mid - 1;
    else if (y >= row.y + row.height) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Rows [from, to) that intersect the layout-y window [top, top + height). */
export function visibleRowRange(layout: ChartLayout, top: number, height: number): { from: number; to: number } {
  const rows = layout.rows;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.y + rows[mid]!.height <= top) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  let to = from;
  while (to < rows.length && rows[to]!.y < top + height) to++;
  return { from, to };
}

/** First bar index in the row that may reach `ms` or later: bars are sorted by x0, none longer than maxBarMs. */
export function firstBarFrom(layout: ChartLayout, rowIndex: number, ms: number): number {
  const row = layout.rows[rowIndex]!;
  const bars = layout.bars;
  const target = ms - row.maxBarMs;
  let lo = row.firstBar;
  let hi = row.firstBar + row.barCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bars.x0(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of every bar of the row covering `ms` (gather branches can overlap). */
export function barIndicesAt(layout: ChartLayout, rowIndex: number, ms: number): number[] {
  const row = layout.rows[rowIndex];
  if (!row) return [];
  const found: number[] = [];
  const bars = layout.bars;
  const end = row.firstBar + row.barCount;
  for (let i = firstBarFrom(layout, rowIndex, ms); i < end; i++) {
    if (bars.x0(i) > ms) break;
    if (bars.x1(i) >= ms) found.push(i);
  }
  return found;
}

/** Every bar of the row covering `ms`, as snapshots. */
export function barsAt(layout: ChartLayout, rowIndex: number, ms: number): ChartBar[] {
  return barIndicesAt(layout, rowIndex, ms).map((i) => layout.bars.at(i));
}

/**
 * The bar under a point (layout-y, ms). `slackMs` widens thin bars so a 1-pixel sliver
 * can still be hovered; the nearest one wins.
 */
export function barAt(layout: ChartLayout, y: number, ms: number, slackMs = 0): ChartBar | null {
  const rowIndex = rowAtY(layout, y);
  if (rowIndex < 0) return null;
  const row = layout.rows[rowIndex]!;
  const bars = layout.bars;
  let best = -1;
  let bestDistance = Infinity;
  const end = row.firstBar + row.barCount;
  for (let i = firstBarFrom(layout, rowIndex, ms - slackMs); i < end; i++) {
    const x0 = bars.x0(i);
    if (x0 > ms + slackMs) break;
    const top = bars.y(i, rowIndex);
    if (y < top || y > top + bars.height(i, rowIndex)) continue;
    const x1 = bars.x1(i);
    const distance = ms < x0 ? x0 - ms : ms > x1 ? ms - x1 : 0;
    if (distance <= slackMs && distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best < 0 ? null : bars.at(best);
}
