/**
 * A binary min-heap of simulation events, ordered by (time, priority, tie, sequence).
 * `tie` carries the request id (model.md rule 7: ties broken by arrival order, then request id);
 * `seq` is insertion order, so equal keys still pop deterministically.
 */

export const enum EventKind {
  Arrival,
  AwaitDone,
  ThreadStepDone,
  GilForcedSwitch,
  GilHandoff,
  LoopRun,
}

/** Lower runs first at the same instant: state changes before the forced GIL switch, loops last. */
export const enum Priority {
  StateChange = 0,
  GilSwitch = 1,
  Loop = 2,
}

export interface SimEvent {
  t: number;
  prio: number;
  tie: number;
  seq: number;
  kind: EventKind;
  target: unknown;
  version: number;
}

function before(a: SimEvent, b: SimEvent): boolean {
  if (a.t !== b.t) return a.t < b.t;
  if (a.prio !== b.prio) return a.prio < b.prio;
  if (a.tie !== b.tie) return a.tie < b.tie;
  return a.seq < b.seq;
}

export class EventQueue {
  private heap: SimEvent[] = [];
  private seq = 0;
  /** Processed events, reused: a 10^6-request run pops ~6·10^6 of them. */
  private free: SimEvent[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(t: number, prio: Priority, tie: number, kind: EventKind, target: unknown, version = 0): void {
    const ev = this.free.pop() ?? ({} as SimEvent);
    ev.t = t;
    ev.prio = prio;
    ev.tie = tie;
    ev.seq = this.seq++;
    ev.kind = kind;
    ev.target = target;
    ev.version = version;
    const h = this.heap;
    let i = h.length;
    h.push(ev);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = h[parent]!;
      if (!before(ev, p)) break;
      h[i] = p;
      i = parent;
    }
    h[i] = ev;
  }

  /** Give back a popped event once it has been handled. */
  release(ev: SimEvent): void {
    ev.target = null;
    this.free.push(ev);
  }

  pop(): SimEvent | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    let i = 0;
    const n = h.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(h[r]!, h[l]!) ? r : l;
      if (!before(h[c]!, last)) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
    return top;
  }
}
