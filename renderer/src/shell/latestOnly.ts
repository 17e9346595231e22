/**
 * Sequence numbers for results that arrive out of date: when edits come faster than the
 * engine, only the newest request's result may reach the screen.
 */
export interface LatestOnly {
  /** Start a request; `isCurrent()` stays true until a newer one starts. */
  begin: () => { seq: number; isCurrent: () => boolean };
}

export function createLatestOnly(): LatestOnly {
  let latest = 0;
  return {
    begin() {
      const seq = ++latest;
      return { seq, isCurrent: () => seq === latest };
    },
  };
}
