/**
 * Keeping a big export small. The live chart repaints a canvas; an SVG keeps every rect,
 * so a 10,000-request timeline would be megabytes of slivers nobody can see. Bars are
 * clipped to the plot, and runs of neighbouring thin bars (under MERGE_BELOW_PX wide, so
 * with no edge and no label) of one state and one opacity (barAlpha) in one sub-lane become one rect: at the export's
 * resolution they were already one block of colour. Wider bars are kept as they are.
 */
import { barAlpha, type BarRect } from '../chart/marks/bars';

export const MERGE_BELOW_PX = 4;
/** Gaps narrower than this (px) are bridged: they would not show at 1× anyway. */
const BRIDGE_PX = 0.5;

/** Rects clipped to [0, width]; rects left with no width are dropped. */
export function clipBarRects(rects: readonly BarRect[], width: number): BarRect[] {
  const out: BarRect[] = [];
  for (const rect of rects) {
    const x0 = Math.max(0, rect.x);
    const x1 = Math.min(width, rect.x + rect.w);
    if (x1 - x0 <= 0) continue;
    out.push(x0 === rect.x && x1 === rect.x + rect.w ? rect : { ...rect, x: x0, w: x1 - x0 });
  }
  return out;
}

/**
 * Merge runs of thin same-state bars. `rects` come row by row, each row's bars sorted by
 * start (visibleBarRects' order); a run is broken by a wide bar, another state or a gap.
 */
export function mergeThinBars(rects: readonly BarRect[]): BarRect[] {
  const out: BarRect[] = [];
  // The open run per sub-lane (rows have several when gather branches overlap).
  const openRun = new Map<number, BarRect>();
  let row = -1;
  for (const rect of rects) {
    const rectRow = rect.bars.row(rect.index);
    if (rectRow !== row) { openRun.clear(); row = rectRow; }
    const run = openRun.get(rect.y);
    const thin = rect.w < MERGE_BELOW_PX;
    if (thin && run && run.bars.state(run.index) === rect.bars.state(rect.index) && barAlpha(run) === barAlpha(rect) && run.h === rect.h && rect.x <= run.x + run.w + BRIDGE_PX) {
      run.w = Math.max(run.w, rect.x + rect.w - run.x);
      run.merged = true;
      continue;
    }
    if (!thin) { openRun.delete(rect.y); out.push(rect); continue; }
    // A copy: the merged rect grows, the caller's rect must not.
    const started = { ...rect };
    openRun.set(rect.y, started);
    out.push(started);
  }
  return out;
}
