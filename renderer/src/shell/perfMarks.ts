/**
 * User Timing marks for the benchmark (bench/ui.bench.ts) and the Performance panel:
 * `looplab:simulate` (engine round trip; the chart itself measures `looplab:render`), and
 * `looplab:edit-to-redraw` (from an accepted edit to both charts redrawn).
 */
const EDIT_MARK = 'looplab:edit';

export function markEdit(): void {
  performance.clearMarks(EDIT_MARK);
  performance.mark(EDIT_MARK);
}

export async function timedSimulate<T>(run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    performance.measure('looplab:simulate', { start, end: performance.now() });
  }
}

/**
 * Called once both charts were given the latest timelines and have drawn them (the app's
 * effect, after both charts' update effects, waits for their draws: whenChartsDrawn).
 */
export function markRedrawn(): void {
  if (performance.getEntriesByName(EDIT_MARK, 'mark').length === 0) return;
  performance.measure('looplab:edit-to-redraw', EDIT_MARK);
  performance.clearMarks(EDIT_MARK);
}
