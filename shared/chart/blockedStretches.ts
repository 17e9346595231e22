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
const SERVER = SEGMENT_STATES.indexOf('server');

/**
 * Sorted by row, then time. Gaps under `joinMs` are bridged (the loop's own work between
 * coroutines takes 0 ms). Stretches shorter than `minMs` are left out: a loop waiting 0.1 ms for
 * the GIL while pool threads hand back their results is nothing a learner should be warned of.
 * What is too short is judged over a run of stretches with only the server's own work between
 * them (the loop reading the next request, a fraction of a millisecond): 2,000 back-to-back
 * 20 ms blocking calls are a 40-second stretch of a loop never free, not 2,000 slivers each too
 * short to mark. They stay separate stretches, so a label's "loop blocked N ms" counts only the
 * blocked time. Reads the segment columns straight through the bar order: a loop row holds a
 * bar per CPU burst of every request (20,000 at 10,000 requests).
 */
export function blockedLoopStretches(rows: readonly ChartRow[], bars: BarList, joinMs = 1e-6, minMs = 0): BlockedStretch[] {
  const stretches: BlockedStretch[] = [];
  /** Per stretch: where its run (stretches joined by server work) starts, and the run's end so far. */
  const runs: { x0: number; x1: number }[] = [];
  const { order, cols } = bars;
  const { state, start, end } = cols;
  rows.forEach((row, rowIndex) => {
    if (row.kind !== 'loop') return;
    let current: BlockedStretch | null = null;
    let run: { x0: number; x1: number } | null = null;
    // How far server work after the current stretch reaches (-Infinity: none since it).
    let reach = -Infinity;
    for (let k = row.firstBar; k < row.firstBar + row.barCount; k++) {
      const i = order[k]!;
      const x0 = start[i]!;
      const x1 = end[i]!;
      if (state[i] === SERVER) {
        if (current && x0 <= Math.max(current.x1, reach) + joinMs) reach = Math.max(reach, x1);
        continue;
      }
      if (NOT_FREE_BY_INDEX[state[i]!] !== 1) continue;
      if (current && x0 <= current.x1 + joinMs) {
        current.x1 = Math.max(current.x1, x1);
      } else {
        current = { row: rowIndex, worker: row.worker, x0, x1 };
        stretches.push(current);
        // Only server work since the last stretch: the same run goes on.
        if (!(run && x0 <= reach + joinMs)) run = { x0, x1 };
        runs.push(run);
      }
      run!.x1 = Math.max(run!.x1, current.x1);
      reach = -Infinity;
    }
  });
  return minMs > 0 ? stretches.filter((_, k) => runs[k]!.x1 - runs[k]!.x0 >= minMs) : stretches;
}
