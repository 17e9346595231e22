/**
 * The GIL's timed waits (gilWaiters.ts), kept out of the event heap. A thread waiting for a
 * held GIL times out once per switch interval; with tens of threads queueing for one GIL these
 * timeouts are most of a run's events, and nearly all of them only put the waiter back at the
 * end of the line for another interval. bench:ui's CPU-burst edits at 10,000 requests: the def
 * route's, 766,000 timeouts of its 912,000 events, which now call a GIL 48,000 times (a
 * timeout or a check); the async route's, whose def variant is the heaviest run an edit makes,
 * 1,589,000 of 1,802,000, in 106,000 calls. Each GIL keeps its own timeouts in order, in a
 * ring: a new one almost always ends after every other (a waiter waits a whole interval from
 * now), so it joins the back without a heap's sifting.
 *
 * The run does not take each timeout as an event. A GIL names the next one that may change
 * more than its own line (GilWaiters.refreshNext): a timeout that asks for a drop or takes a
 * free GIL — or, when it cannot tell yet, a check at the earliest moment one could. The
 * timeouts before that moment only move their waiter to the back of the line; the GIL applies
 * them, in order, before anything else touches it (GilWaiters.catchUp), so what every other
 * part of the engine sees is the same as if each had been an event: the engine's output does
 * not change by a byte.
 *
 * The order is the one they had in the event heap (docs/model.md#order): time, then the request
 * id, then the order they were queued in; at one instant timeouts come after the heap's state
 * changes and before the loops run (simulate.ts's main loop). `GilTimers` keeps where the run is
 * in that order (the horizon), which tells a GIL which of its timeouts have had their moment.
 */
import type { Gil } from './gil';
import type { Sim } from './simContext';
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
  /** When the first timeout in the ring comes (Infinity: none). */
  frontAt = Infinity;
  /** What the GIL asks the run to call it for next (`Gil.fire`): its key in the timeouts' order. */
  nextAt = Infinity;
  nextTie = 0;
  nextSeq = 0;
  /** The next call is a check (catch up to `nextAt`, then look again), not the ring's first timeout. */
  nextIsCheck = false;

  constructor(
    readonly all: GilTimers,
    /** The GIL these are the waits of (null: a queue used on its own, as in the tests). */
    readonly gil: Gil | null = null,
  ) {
    all.queues.push(this);
  }

  /**
   * Queue `th`'s timeout at its `gilTimeoutAt`, ordered by its request id among those at the
   * same time. Read from the thread, not passed: a fraction passed to a call V8 does not inline
   * is boxed in a new heap number.
   */
  push(th: SimThread): void {
    const t = th.gilTimeoutAt;
    const tie = th.request;
    const seq = this.all.seq++;
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
    if (i === 0) this.frontAt = t;
  }

  frontTie(): number {
    return this.tie[this.head]!;
  }

  frontSeq(): number {
    return this.seq[this.head]!;
  }

  frontThread(): SimThread {
    return this.threads[this.head]!;
  }

  /** Take the first timeout's thread off the ring. */
  shift(): SimThread {
    const h = this.head;
    const th = this.threads[h]!;
    this.threads[h] = null;
    this.head = (h + 1) & (this.threads.length - 1);
    this.size--;
    this.frontAt = this.size === 0 ? Infinity : this.at[this.head]!;
    return th;
  }

  /** Whether the ring's first timeout has had its moment (it is before the run's horizon). */
  frontIsPast(): boolean {
    return this.size > 0 && this.all.isPast(this.frontAt, this.tie[this.head]!, this.seq[this.head]!);
  }

  // The three below write the next call's key field by field: a fraction passed to a call the
  // compiler did not inline needs a heap number made for it, and they run at every GIL change.

  /** Name the ring's first timeout as the next call (Infinity: none). */
  nextIsFront(): void {
    if (this.size === 0) {
      this.nextIsNone();
      return;
    }
    const h = this.head;
    const at = this.frontAt, tie = this.tie[h]!, seq = this.seq[h]!;
    // Every field read and compared at every call, as in EventQueue.push (eventQueue.ts says why):
    // a tie on time and request id is rare, and its comparisons had no feedback when optimised.
    const nextAt = this.nextAt, sameTie = tie === this.nextTie, tieAfter = tie > this.nextTie;
    const sameSeq = seq === this.nextSeq, seqAfter = seq > this.nextSeq, check = this.nextIsCheck;
    if (at === nextAt && sameTie && sameSeq && !check) return;
    const later = at > nextAt || (at === nextAt && (tieAfter || (sameTie && seqAfter)));
    this.nextAt = at;
    this.nextTie = tie;
    this.nextSeq = seq;
    this.nextIsCheck = false;
    this.all.moved(this, later);
  }

  /** Nothing to call for. */
  nextIsNone(): void {
    if (this.nextAt === Infinity) return;
    this.nextAt = Infinity;
    this.nextIsCheck = false;
    this.all.moved(this, true);
  }

  /** When the check nextIsCheck names comes (set just before). */
  checkAt = Infinity;

  /** Name a check at `checkAt` as the next call: before every timeout of its instant. */
  nextIsTheCheck(): void {
    const at = this.checkAt;
    if (at === this.nextAt && this.nextIsCheck) return;
    const later = at > this.nextAt; // at the same instant, a check comes before any timeout
    this.nextAt = at;
    this.nextTie = -Infinity;
    this.nextSeq = 0;
    this.nextIsCheck = true;
    this.all.moved(this, later);
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

/** Every GIL's timeouts: whose call comes next, and where the run is in the timeouts' order. */
export class GilTimers {
  readonly queues: GilTimerQueue[] = [];
  /** The order timeouts were queued in, across GILs: the last key of their order. */
  seq = 0;
  /** When the next call comes (Infinity: none), and whose queue asked for it. */
  nextAt = Infinity;
  private next: GilTimerQueue | null = null;
  /**
   * Timeouts a GIL applied without an event (GilWaiters.catchUp). The run counts them among its events:
   * the count is then the one it would be with an event per timeout.
   */
  applied = 0;

  // The horizon: timeouts whose key (time, tie, seq) is before it have had their moment.
  horizonAt = -Infinity;
  private horizonTie = 0;
  private horizonSeq = 0;
  // The last timeout the run called a GIL for at its moment, and the last instant loops ran at.
  private lastAt = -Infinity;
  private lastTie = 0;
  private lastSeq = 0;
  private loopsAt = -Infinity;

  /**
   * `oneByOne`: every timeout is the next call in its turn (none applied in bulk): what the
   * engine did before, kept for the tests that check both give the same timelines.
   */
  constructor(readonly oneByOne = false) {}

  /** Whether a timeout with this key has had its moment. */
  isPast(at: number, tie: number, seq: number): boolean {
    const h = this.horizonAt;
    return at < h || (at === h && (tie < this.horizonTie || (tie === this.horizonTie && seq < this.horizonSeq)));
  }

  /**
   * The run takes a state change at `now` (an event from the heap, a burst's end). They come
   * before the timeouts of their instant, unless one of those made them: then they come right
   * after it, and the timeouts before it have had their moment; after a loop ran at `now`,
   * every timeout of the instant has.
   */
  stateChangeAt(sim: Sim): void {
    const now = sim.now;
    this.horizonAt = now;
    if (this.loopsAt === now) {
      this.horizonTie = Infinity;
    } else if (this.lastAt === now) {
      this.horizonTie = this.lastTie;
      this.horizonSeq = this.lastSeq + 0.5;
    } else {
      this.horizonTie = -Infinity;
    }
  }

  /** The run takes a loop at `now`: loops come after every timeout of their instant. */
  loopRunAt(sim: Sim): void {
    const now = sim.now;
    this.loopsAt = now;
    this.horizonAt = now;
    this.horizonTie = Infinity;
  }

  /** Whether the next call is a check rather than a timeout (the run counts only timeouts as events). */
  get nextIsCheck(): boolean {
    return this.next!.nextIsCheck;
  }

  /** Make the next call (the caller sets the clock to `nextAt` first). */
  fire(sim: Sim): void {
    const q = this.next!;
    this.horizonAt = q.nextAt;
    this.horizonTie = q.nextTie;
    this.horizonSeq = q.nextSeq;
    if (!q.nextIsCheck) {
      this.lastAt = q.nextAt;
      this.lastTie = q.nextTie;
      this.lastSeq = q.nextSeq;
    }
    q.gil!.fire(sim, q.nextIsCheck);
  }

  /** Timeouts still queued at the end of the run: each would have been an event, its waiter long gone. */
  leftOver(): number {
    let n = 0;
    for (const q of this.queues) n += q.size;
    return n;
  }

  /**
   * A queue's next call moved (`later`: to later in the order). Only when the run's next call
   * moved later can another queue's be next: then look at them all (a few, one per process).
   */
  moved(q: GilTimerQueue, later: boolean): void {
    const next = this.next;
    if (next === q) {
      if (later) this.findNext();
      else this.nextAt = q.nextAt;
    } else if (next === null || q.nextAt < next.nextAt || (q.nextAt === next.nextAt && (q.nextTie < next.nextTie || (q.nextTie === next.nextTie && q.nextSeq < next.nextSeq)))) {
      this.next = q;
      this.nextAt = q.nextAt;
    }
  }

  /** Which queue's call comes first. */
  private findNext(): void {
    let best: GilTimerQueue | null = null;
    let bestAt = Infinity;
    const queues = this.queues;
    for (let i = 0; i < queues.length; i++) {
      const q = queues[i]!;
      const t = q.nextAt;
      if (t === Infinity) continue;
      if (best === null || t < bestAt || (t === bestAt && (q.nextTie < best.nextTie || (q.nextTie === best.nextTie && q.nextSeq < best.nextSeq)))) {
        best = q;
        bestAt = t;
      }
    }
    this.next = best;
    this.nextAt = bestAt;
  }
}
