/**
 * The visible time window, shared by every chart that should line up on one time axis
 * (the sync and async versions side by side). Charts subscribe and redraw themselves only;
 * the viewport is UI state, never part of the document or undo history.
 */

export interface ViewportWindow {
  /** First visible ms. */
  start: number;
  /** Last visible ms. */
  end: number;
}

export type ViewportListener = (window: ViewportWindow) => void;

export interface Viewport {
  readonly start: number;
  readonly end: number;
  /** The whole time range charts may show: [0, longest makespan among the charts]. */
  readonly extent: readonly [number, number];
  /** Move the window by `dxMs` (positive: later), clamped to the extent. */
  pan: (dxMs: number) => void;
  /** Zoom by `factor` (> 1 zooms in) keeping `atMs` still on screen; clamped. */
  zoom: (factor: number, atMs?: number) => void;
  /** Show the whole extent. */
  fit: () => void;
  /** Show [start, end], clamped. */
  show: (start: number, end: number) => void;
  /**
   * Each chart reports how far its timeline goes; the extent is the union, so two charts
   * of different lengths share one axis. A chart passes `null` when it is destroyed.
   */
  setExtentFor: (owner: object, endMs: number | null) => void;
  subscribe: (listener: ViewportListener) => () => void;
  unsubscribe: (listener: ViewportListener) => void;
}

export interface ViewportOptions {
  /** Initial extent end, ms (default 1000). */
  extentEnd?: number;
  /** The narrowest window, ms: deeper zoom shows nothing more (the engine rounds to 1 µs). Default 0.01. */
  minSpanMs?: number;
}

/**
 * Create a viewport.
 * @example
 *   const viewport = createViewport();
 *   const left = createGantt(leftEl, { viewport, title: 'def', onSelectRequest });
 *   const right = createGantt(rightEl, { viewport, title: 'async def', onSelectRequest });
 *   viewport.zoom(2, 150);   // both charts zoom in around 150 ms
 *   viewport.pan(-50);       // both move 50 ms earlier
 *   viewport.fit();
 */
export function createViewport(options: ViewportOptions = {}): Viewport {
  const minSpan = options.minSpanMs ?? 0.01;
  const listeners = new Set<ViewportListener>();
  const extents = new Map<object, number>();
  let extentEnd = Math.max(options.extentEnd ?? 1000, minSpan);
  let start = 0;
  let end = extentEnd;

  const notify = () => {
    const window = { start, end };
    for (const listener of [...listeners]) listener(window);
  };

  /** Clamp [s, e] into [0, extentEnd], keeping its span if it fits. */
  const set = (s: number, e: number): boolean => {
    let span = Math.min(Math.max(e - s, minSpan), extentEnd);
    if (!Number.isFinite(span)) span = extentEnd;
    let ns = Math.min(Math.max(s, 0), extentEnd - span);
    if (!Number.isFinite(ns)) ns = 0;
    const ne = ns + span;
    if (ns === start && ne === end) return false;
    start = ns;
    end = ne;
    notify();
    return true;
  };

  const viewport: Viewport = {
    get start() { return start; },
    get end() { return end; },
    get extent() { return [0, extentEnd] as const; },
    pan(dxMs) { set(start + dxMs, end + dxMs); },
    zoom(factor, atMs = (start + end) / 2) {
      if (!(factor > 0)) return;
      const span = Math.min(Math.max((end - start) / factor, minSpan), extentEnd);
      const ratio = end > start ? (atMs - start) / (end - start) : 0.5;
      set(atMs - ratio * span, atMs - ratio * span + span);
    },
    fit() { set(0, extentEnd); },
    show(s, e) { set(s, e); },
    setExtentFor(owner, endMs) {
      if (endMs === null) extents.delete(owner);
      else extents.set(owner, endMs);
      const wasFitted = start === 0 && end === extentEnd;
      const next = Math.max(minSpan, ...extents.values());
      if (next === extentEnd) return;
      extentEnd = next;
      // A fitted view stays fitted as the timeline grows or shrinks; a zoomed one keeps its window.
      const moved = wasFitted ? set(0, extentEnd) : set(start, end);
      if (!moved) notify(); // the extent changed even if the window did not: scrollbars, fit state
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    unsubscribe(listener) { listeners.delete(listener); },
  };
  return viewport;
}
