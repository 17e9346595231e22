/**
 * The GIL's timed waits (gil.ts: `Gil.timedOut`), kept out of the event heap. A thread waiting
 * for a held GIL times out once per switch interval; with tens of threads queueing for one GIL
 * these timeouts are most of a run's events (1.4 million of 1.65 million for bench:ui's heaviest
 * edit at 10,000 requests), and nearly all of them only put the waiter back at the end of the
 * queue for another interval. Here each GIL keeps its own timeouts in order: a new one almost
 * always ends after every other (a waiter waits a whole interval from now), so it joins the
 * back of its GIL's queue without a heap's sifting, and the next timeout of the run is the
 * earliest front among a few GILs.
 *
 * The order is the one they had in the event heap (docs/model.md#order): time, then the request
 * id, then the order they were queued in; at one instant timeouts come after the heap's state
 * changes and before the loops run (simulate.ts's main loop).
 */
import type { SimThread } from './simThread';
import { grown } from './typedArrays';

/** One GIL's queued timeouts, earliest first, in a ring. */
export class GilTimerQueue {
  private threads: (SimThread | null)[] = new Array<SimThread | null>(16).fill(null);
  private at = new Float64Array(16);
  private tie = new Int32Array(16);
  private seq = new Float64Array(16);
  private head = 0;
  size = 0;
  /** When the first timeout comes (Infinity: none): a field, read on every step of the run. */
  frontAt = Infinity;

  constructor(private readonly all: GilTimers) {
    all.queues.push(this);
  }

  /** Queue `th`'s timeout at `t`, ordered by `tie` (its request id) among those at the same time. */
  push(t: number, tie: number, th: SimThread): void {
    const all = this.all;
    const seq = all.nextSeq++;
    if (this.size === this.threads.length) this.grow();
    const mask = this.threads.length - 1;
    // From the back: each step moves a later timeout one place on (nearly always none).
    let i = this.size;
    for (; i > 0; i--) {
      const p = (this.head + i - 1) & mask;
      const pt = this.at[p]!;
      if (pt < t || (pt === t && this.tie[p]! <= tie)) break;
      const q = (this.head + i) & mask;
      this.threads[q] = this.threads[p]!;
      this.at[q] = pt;
      this.tie[q] = this.tie[p]!;
      this.seq[q] = this.seq[p]!;
    }
    const k = (this.head + i) & mask;
    this.threads[k] = th;
    this.at[k] = t;
    this.tie[k] = tie;
    this.seq[k] = seq;
    this.size++;
    if (i === 0) {
      this.frontAt = t;
      all.frontChanged();
    }
  }

  frontTie(): number {
    return this.tie[this.head]!;
  }

  frontSeq(): number {
    return this.seq[this.head]!;
  }

  /** Take the first timeout's thread off the queue. */
  shift(): SimThread {
    const h = this.head;
    const th = this.threads[h]!;
    this.threads[h] = null;
    this.head = (h + 1) & (this.threads.length - 1);
    this.size--;
    this.frontAt = this.size === 0 ? Infinity : this.at[this.head]!;
    return th;
  }

  private grow(): void {
    const n = this.threads.length;
    const order = Array.from({ length: n }, (_, i) => (this.head + i) & (n - 1));
    this.threads = [...order.map((k) => this.threads[k]!), ...new Array<SimThread | null>(n).fill(null)];
    this.at = grown(Float64Array.from(order, (k) => this.at[k]!), 2 * n);
    this.tie = grown(Int32Array.from(order, (k) => this.tie[k]!), 2 * n);
    this.seq = grown(Float64Array.from(order, (k) => this.seq[k]!), 2 * n);
    this.head = 0;
  }
}

/** Every GIL's timeout queue, and which holds the run's next timeout. */
export class GilTimers {
  readonly queues: GilTimerQueue[] = [];
  /** The order timeouts were queued in, across GILs: the last key of their order. */
  nextSeq = 0;
  /** When the next timeout comes (Infinity: none), and whose queue holds it. */
  nextAt = Infinity;
  private next: GilTimerQueue | null = null;

  /** A queue's first timeout changed (one was added in front): the next one may be another. */
  frontChanged(): void {
    this.findNext();
  }

  /** Take the run's next timeout: its thread (the caller sets the clock to `nextAt` first). */
  shift(): SimThread {
    const th = this.next!.shift();
    this.findNext();
    return th;
  }

  private findNext(): void {
    let best: GilTimerQueue | null = null;
    let bestAt = Infinity;
    const queues = this.queues;
    for (let i = 0; i < queues.length; i++) {
      const q = queues[i]!;
      const t = q.frontAt;
      if (t === Infinity) continue;
      if (best === null || t < bestAt || (t === bestAt && (q.frontTie() < best.frontTie() || (q.frontTie() === best.frontTie() && q.frontSeq() < best.frontSeq())))) {
        best = q;
        bestAt = t;
      }
    }
    this.next = best;
    this.nextAt = bestAt;
  }
}
