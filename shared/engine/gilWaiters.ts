/**
 * The GIL's condition variable (gil.ts): the threads in its timed wait, in line, longest waiting
 * first, and their timeouts. A waiter waits one switch interval at a time; a timeout that only
 * puts its waiter back at the end of the line is applied in bulk (gilTimers.ts), here, before
 * the GIL's rules read the line again, so that those rules (gil.ts: who takes the GIL, drop
 * requests, forced switches) see it as if every timeout had been an event of its own.
 */
import { GilTimerQueue, type GilTimers } from './gilTimers';
import type { Gil } from './gil';
import type { SimThread } from './simThread';
import { GIL_TIMING } from './gilTiming';
import { roundTime } from './simTime';

/** Where a thread is in take_gil / drop_gil. */
export const enum GilState {
  None,
  /** In the condition variable's timed wait (in the waiters' list, its timeout scheduled). */
  Waiting,
  /** Signalled (or handed the GIL by a forced switch): it runs take_gil again when its GilWake comes. */
  Waking,
  /** Dropped on request; FORCE_SWITCHING keeps it until another thread has taken the GIL. */
  SwitchWait,
}

export class GilWaiters {
  /** Threads in the condition variable's wait, longest waiting first (an intrusive list). */
  first: SimThread | null = null;
  last: SimThread | null = null;
  /** How many threads the line holds. */
  count = 0;
  /**
   * How many of them began their wait with the request id -1 (a new pool thread, a loop that has
   * run no Python yet): their timeouts are always the run's calls (refreshNext says why). Each
   * thread's own flag (SimThread.gilAnonymous) is set as its wait begins, so the count holds
   * whatever its request id becomes meanwhile.
   */
  private anonymous = 0;
  /** The earliest end of a timed wait begun since the last switch (Infinity: none): see refreshNext. */
  private askFrom = Infinity;
  /** The waiters' timeouts (gilTimers.ts: kept out of the event heap). */
  readonly timers: GilTimerQueue;
  /** Every timeout is the run's call in its turn, none applied in bulk (GilTimers.oneByOne). */
  private readonly oneByOne: boolean;
  /**
   * How long after a wait's end a wait begun then ends (refreshNext), less a wake-up's latency
   * (see there: GIL_TIMING.wakeMs, the latest a wait begins after it is asked for) and 1e-5 ms
   * against the rounding of the waits' ends to the nanosecond.
   */
  private readonly rewaitAskAfter: number;

  constructor(
    /** The GIL whose waiters these are: its holder and switch count decide what a timeout does. */
    private readonly gil: Gil,
    private readonly switchIntervalMs: number,
    timers: GilTimers,
  ) {
    this.timers = new GilTimerQueue(timers, gil);
    this.oneByOne = timers.oneByOne;
    this.rewaitAskAfter = switchIntervalMs + GIL_TIMING.timerLatencyMs - GIL_TIMING.wakeMs - 1e-5;
  }

  /** The GIL changed hands: every wait under way began before this switch. */
  switched(): void {
    this.askFrom = Infinity;
  }

  /**
   * Apply, in order, the timeouts that have had their moment since the GIL last changed. By
   * refreshNext's choice of the run's next call, each of them only puts its waiter back at the
   * end of the line (or finds it gone, or comes early and is queued again for its wait's end):
   * all the GIL's own business, which nothing else read meanwhile.
   */
  catchUp(): void {
    // Small, for the methods it is part of to stay small enough for the compiler to inline them
    // where they are called: most of the time nothing has had its moment.
    const q = this.timers;
    if (q.size > 0 && q.frontAt <= q.all.horizonAt) this.applyPast();
  }

  private applyPast(): void {
    const q = this.timers;
    const all = q.all;
    // Nearly always the first test settles it: the timeout's time is before the horizon's.
    while (q.size > 0 && (q.frontAt < all.horizonAt || (q.frontAt === all.horizonAt && q.frontIsPast()))) {
      const t = q.frontAt;
      const th = q.shift();
      all.applied++;
      th.gilTimeoutAt = -1;
      if (th.gilState !== GilState.Waiting) continue;
      if (t < th.gilWindowEnd) {
        this.queueTimeout(th);
        continue;
      }
      if (this.gil.holder === null || this.gil.holder === th || this.gil.switches === th.gilSwitches || th.request < 0) {
        throw new Error(`engine bug: the GIL timeout at ${t} ms could change more than its waiter's place, and it was not called at its moment`);
      }
      // A switch happened during its interval: it waits again, for a new interval, at the back
      // of the line — Gil.timedOut's unlink and startWait, written out for this case (the most
      // frequent step of a GIL-bound run, with `t` a fraction a call would box): still in the
      // wait, and nearly always the first in line, whose move touches no one in between.
      const last = this.last!;
      if (th !== last) {
        const p = th.gilPrev, n = th.gilNext!;
        if (p === null) this.first = n;
        else p.gilNext = n;
        n.gilPrev = p;
        th.gilPrev = last;
        th.gilNext = null;
        last.gilNext = th;
        this.last = th;
      }
      th.gilSwitches = this.gil.switches;
      th.gilVersion++;
      const end = roundTime(t + this.switchIntervalMs + GIL_TIMING.timerLatencyMs);
      th.gilWindowEnd = end;
      if (end < this.askFrom) this.askFrom = end;
      th.gilTimeoutAt = end;
      this.timers.push(end, th.request, th);
    }
  }

  /**
   * Name the run's next call: the first timeout in the ring when it may do more than put its
   * waiter back in line, else a check at the earliest moment one could. In the ring's order
   * (time, request id, when queued), until the GIL next changes (every public method of the Gil
   * ends here), a timeout is one of:
   * - its waiter gone or its wait begun again later (a no-op), or early (queued again for the
   *   wait's end): nothing but the ring changes;
   * - at the wait's end, with the GIL free: it takes it (`Gil.grant`);
   * - at the wait's end, no switch since the wait began: it asks for a drop;
   * - at the wait's end, a switch meanwhile: it waits a new interval, at the back of the line.
   *   That is the most common by far, and it changes nothing anyone else reads before the GIL
   *   next changes: catchUp applies it then. The new wait has no switch in it, so it ends in an
   *   ask — at one interval (and the timer's latency) after the old one ended.
   * With no thread in the wait, every queued timeout is the first kind, the GIL held or free:
   * the run has nothing to call for. While the GIL is held, no ask can come before the earliest
   * end of a wait begun since the last switch (`askFrom`), nor before an interval after the end
   * of any other wait; those end no earlier than a wake-up's latency before the first waiter's
   * (waits begin in line order, each from then, or from a wake-up later: Gil.dropAndRetake). A
   * timeout queued with the request id -1 is always called: threads without a request (new
   * pool threads) in several processes tie on it, and their order is when they were queued,
   * which only the run knows.
   */
  refreshNext(): void {
    // Small, as catchUp: with no timeout queued there is nothing to call for.
    const q = this.timers;
    if (q.size > 0) this.nameNext();
    else if (q.nextAt !== Infinity) q.nextIsNone();
  }

  private nameNext(): void {
    const q = this.timers;
    const first = this.first;
    if (first === null && !this.oneByOne) {
      // Every queued timeout finds its waiter gone: catchUp takes them off when the GIL next changes.
      q.nextIsNone();
      return;
    }
    const th = q.frontThread();
    const at = q.frontAt;
    if (first === null || this.oneByOne || this.gil.holder === null || this.anonymous > 0 || (th.gilState === GilState.Waiting && at >= th.gilWindowEnd && this.gil.switches === th.gilSwitches)) {
      q.nextIsFront();
      return;
    }
    const rewaitAsk = first.gilWindowEnd + this.rewaitAskAfter;
    const t = this.askFrom < rewaitAsk ? this.askFrom : rewaitAsk;
    if (at >= t) q.nextIsFront();
    else {
      q.checkAt = t;
      q.nextIsTheCheck();
    }
  }

  /**
   * A timed wait of one interval from now (`woken`: from when the OS has woken it), at the back
   * of the condition variable's order. The clock is passed, not the time: a fraction passed to
   * a call V8 does not inline is boxed in a new heap number.
   */
  startWait(th: SimThread, clock: { readonly now: number }, woken: boolean): void {
    const from = woken ? clock.now + GIL_TIMING.wakeMs : clock.now;
    th.gilState = GilState.Waiting;
    th.gilSwitches = this.gil.switches;
    th.gilVersion++;
    th.gilPrev = this.last;
    th.gilNext = null;
    if (this.last === null) this.first = th;
    else this.last.gilNext = th;
    this.last = th;
    this.count++;
    th.gilAnonymous = th.request < 0;
    if (th.gilAnonymous) this.anonymous++;
    const end = roundTime(from + this.switchIntervalMs + GIL_TIMING.timerLatencyMs);
    th.gilWindowEnd = end;
    if (end < this.askFrom) this.askFrom = end;
    if (th.gilTimeoutAt < 0 || th.gilTimeoutAt > end) this.queueTimeout(th);
  }

  queueTimeout(th: SimThread): void {
    th.gilTimeoutAt = th.gilWindowEnd;
    this.timers.push(th.gilWindowEnd, th.request, th);
  }

  unlink(th: SimThread): void {
    if (th.gilState !== GilState.Waiting) return;
    th.gilState = GilState.None;
    const p = th.gilPrev, n = th.gilNext;
    if (p === null) this.first = n;
    else p.gilNext = n;
    if (n === null) this.last = p;
    else n.gilPrev = p;
    th.gilPrev = th.gilNext = null;
    this.count--;
    if (th.gilAnonymous) this.anonymous--;
  }
}
