/**
 * The two charts show a new edit together. Their simulations start in the same task, one per
 * engine worker; when one result comes back while the other is still running, it waits for
 * it (at most `holdMs`), and both are applied in one render.
 *
 * Why: drawn as they came, the first chart showed the new scenario beside the other's old
 * one, the shared axis jumped twice, and the first chart's frame (layout, paint, canvas
 * raster) took a core from the other simulation on a two-core machine, whose reply then
 * waited 20–35 ms for the page (10,000 requests, measured with the reply's timestamps).
 */
export interface RevealTicket {
  readonly id: number;
}

export interface RevealGate {
  /** A worker run began for chart `key`; any earlier run of that chart is retired. */
  begin: (key: string) => RevealTicket;
  /**
   * The run's result: `apply` runs now, or together with the other chart's (see above). While
   * it waits, `prepare` runs at once: work for its render that need not wait (the chart's
   * layout), done while the page would otherwise be idle.
   */
  ready: (ticket: RevealTicket, apply: () => void, prepare?: () => void) => void;
  /** The run was overtaken (its result will never be shown). */
  cancel: (ticket: RevealTicket) => void;
  /** Chart `key` has its result without a worker (inline, or remembered): nothing of it to wait for. */
  idle: (key: string) => void;
}

export function createRevealGate(
  flush: (applyAll: () => void) => void,
  holdMs = 150,
  timers: { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void } = {
    set: (run, ms) => setTimeout(run, ms),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
): RevealGate {
  let next = 1;
  const running = new Map<string, number>(); // chart → its current run
  let held: (() => void)[] = [];
  let timer: unknown = null;

  const release = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    const applies = held;
    held = [];
    if (applies.length) flush(() => { for (const apply of applies) apply(); });
  };
  const forget = (ticket: RevealTicket) => {
    for (const [key, id] of running) if (id === ticket.id) running.delete(key);
  };

  return {
    begin(key) {
      const ticket = { id: next++ };
      running.set(key, ticket.id);
      return ticket;
    },
    ready(ticket, apply, prepare) {
      forget(ticket);
      held.push(apply);
      if (running.size === 0) { release(); return; }
      if (timer === null) timer = timers.set(release, holdMs);
      prepare?.();
    },
    cancel(ticket) {
      forget(ticket);
      if (running.size === 0) release();
    },
    idle(key) {
      running.delete(key);
      if (running.size === 0) release();
    },
  };
}
