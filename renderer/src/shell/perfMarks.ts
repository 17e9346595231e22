/**
 * User Timing marks for the benchmark (bench/ui.bench.ts) and the Performance panel:
 * `looplab:simulate` (engine round trip), `looplab:render` (chart update), and
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

export function timedRender(draw: () => void): void {
  const start = performance.now();
  draw();
  performance.measure('looplab:render', { start, end: performance.now() });
}

/** Called once both charts show the latest document; closes the pending edit, if any. */
export function markRedrawn(): void {
  if (performance.getEntriesByName(EDIT_MARK, 'mark').length === 0) return;
  performance.measure('looplab:edit-to-redraw', EDIT_MARK);
  performance.clearMarks(EDIT_MARK);
}
