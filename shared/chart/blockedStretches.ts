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
 * coroutines takes 0 ms). Stretches shorter than `minMs` are left out: a loop waiting 0.1 ms for
 * the GIL while pool threads hand back their results is nothing a learner should be warned of.
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
  return minMs > 0 ? stretches.filter((s) => s.x1 - s.x0 >= minMs) : stretches;
}
