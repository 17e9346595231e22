/**
 * Undo/redo over whole documents. Scenarios are immutable, so keeping references is cheap
 * and exact; UI state (viewport, hover, selection) never goes in here.
 */
export interface History<D> {
  readonly past: readonly D[];
  readonly present: D;
  readonly future: readonly D[];
}

/** Deep enough for a teaching session; the oldest steps fall off first. */
export const HISTORY_LIMIT = 200;

export function createHistory<D>(present: D): History<D> {
  return { past: [], present, future: [] };
}

/** Record an edit. A no-op edit (same reference) records nothing, so undo never "does nothing". */
export function commit<D>(history: History<D>, next: D): History<D> {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, present: next, future: [] };
}

export function undo<D>(history: History<D>): History<D> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<D>(history: History<D>): History<D> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

export const canUndo = <D>(h: History<D>): boolean => h.past.length > 0;
export const canRedo = <D>(h: History<D>): boolean => h.future.length > 0;
