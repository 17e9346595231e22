/**
 * The playback time, shared by both charts and the playback bar. Like the viewport it is a
 * small store, not React state: playing moves it on every animation frame, and only the
 * charts (a redraw each) and the bar's readout follow it; the rest of the app never
 * re-renders for it.
 */

export interface Playhead {
  /** Draw only what happened up to this time (ms); null shows the whole timeline. */
  readonly time: number | null;
  set: (time: number | null) => void;
  subscribe: (listener: () => void) => () => void;
}

/**
 * @example
 *   const playhead = createPlayhead();
 *   createGantt(el, { viewport, playhead, … });
 *   playhead.set(120); // both charts show what happened up to 120 ms, cursor there
 */
export function createPlayhead(): Playhead {
  const listeners = new Set<() => void>();
  let time: number | null = null;
  return {
    get time() { return time; },
    set(next) {
      if (next === time) return;
      time = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}
