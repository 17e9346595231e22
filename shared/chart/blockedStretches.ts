/**
 * Where an event loop was not free: running CPU, blocked in a sync call, or waiting for
 * the GIL. Every request on that worker is stuck meanwhile, so the chart marks these
 * stretches loudly. Adjacent segments merge into one stretch.
 */
import { SEGMENT_STATES, type SegmentState } from '../engine/timeline';
import type { BarList } from './barList';
import type { ChartRow } from './layout';

export interface BlockedStretch {
  row: number;
  worker: number;
  x0: number;
  x1: number;
}

const LOOP_NOT_FREE: ReadonlySet<SegmentState> = new Set<SegmentState>(['cpu', 'blocking_io', 'gil_wait']);
/** The same, by state index: the loop below tests every bar of every loop row. */
const NOT_FREE_BY_INDEX = Uint8Array.from(SEGMENT_STATES, (s) => (LOOP_NOT_FREE.has(s) ? 1 : 0));

/**
 * Sorted by row, then time. Gaps under `joinMs` are bridged (the loop's own work between
 * coroutines takes 0 ms). Slivers shorter than `minMs` are left out (see dropSlivers).
 * Reads the segment columns straight through the bar order: a loop row holds a bar per CPU
 * burst of every request (20,000 at 10,000 requests).
 */
export function blockedLoopStretches(rows: readonly ChartRow[], bars: BarList, joinMs = 1e-6, minMs = 0): BlockedStretch[] {
  const stretches: BlockedStretch[] = [];
  const { order, cols } = bars;
  const { state, start, end } = cols;
  rows.forEach((row, rowIndex) => {
    if (row.kind !== 'loop') return;
    let current: BlockedStretch | null = null;
    for (let k = row.firstBar; k < row.firstBar + row.barCount; k++) {
      const i = order[k]!;
      if (NOT_FREE_BY_INDEX[state[i]!] !== 1) continue;
      const x0 = start[i]!;
      const x1 = end[i]!;
      if (current && x0 <= current.x1 + joinMs) {
        current.x1 = Math.max(current.x1, x1);
      } else {
        current = { row: rowIndex, worker: row.worker, x0, x1 };
        stretches.push(current);
      }
    }
  });
  return minMs > 0 ? dropSlivers(stretches, minMs) : stretches;
}

/**
 * Leaves out what is too short to warn of: a loop waiting 0.1 ms for the GIL while pool threads
 * hand back their results is nothing a learner should be warned of. A stretch is judged with the
 * stretches around it, not alone: an async route's 200 ms blocking calls, one after another, are
 * split by the loop's own 0.35 ms of reading and answering each request, and at 600 requests
 * (2 minutes, so `minMs` is 240 ms) each 200 ms stretch alone was a sliver: the chart showed the
 * loop never blocked while it was blocked 99.8 % of the time. Stretches go together over a gap
 * shorter than `minMs` and than each of the two stretches beside it (so the loop is busier than
 * free across them); together they are kept when their blocked time reaches `minMs`. Slivers far
 * apart (0.1 ms every 5 ms) stay apart, and stay out.
 */
export function dropSlivers(stretches: readonly BlockedStretch[], minMs: number): BlockedStretch[] {
  const kept: BlockedStretch[] = [];
  let group: BlockedStretch[] = [];
  let blockedMs = 0;
  const close = () => {
    if (blockedMs >= minMs) kept.push(...group);
    group = [];
    blockedMs = 0;
  };
  for (const s of stretches) {
    const last = group[group.length - 1];
    const gap = last && last.row === s.row ? s.x0 - last.x1 : Infinity;
    if (!(gap < minMs && gap < last!.x1 - last!.x0 && gap < s.x1 - s.x0)) close();
    group.push(s);
    blockedMs += s.x1 - s.x0;
  }
  close();
  return kept;
}
