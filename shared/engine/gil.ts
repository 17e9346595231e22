/**
 * CPython 3.11's GIL, one per process (docs/model.md#gil), as `Python/ceval_gil.h` implements
 * it with glibc's condition variable — not a fair queue:
 *
 * - **take_gil.** A thread that finds the GIL held waits on a condition variable for one switch
 *   interval. If the wait times out and no switch happened meanwhile (`switch_number` is
 *   unchanged), it sets `gil_drop_request`; either way it waits again, for a new interval.
 * - **The drop request.** The holder honours it at its next eval-loop check (at once, while it
 *   runs Python), drops the GIL and, with `FORCE_SWITCHING`, waits until another thread has
 *   taken it before it queues again itself. The asker is not first in the condition variable's
 *   line: it began a new wait as it asked (it holds the GIL's mutex until its wait begins, and
 *   the holder needs that mutex to drop). Measured, CPU-bound threads take turns (three
 *   `to_thread` jobs of 100 ms end together, ~300 ms), so the GIL goes to the first in line
 *   among threads that were themselves forced off it (`forcedSwitch`).
 * - **A voluntary release** (blocking I/O, a job's end, the loop's `select()`) signals the
 *   condition variable too. The woken waiter takes the GIL once the OS has run it, unless
 *   someone took it meanwhile — then it waits again, for a whole new interval.
 * - **switch_number** counts the times the GIL changed hands. A waiter whose interval saw a
 *   switch does not ask: it waits a new interval. So a holder keeps the GIL for an interval after
 *   the last switch, not after the waiter's own arrival: a thread arriving just after a switch
 *   waits up to two intervals.
 * - **The loop's system calls** (select() at each iteration, a request's accept, recv, send and
 *   close) drop the GIL for microseconds; a woken waiter now and then gets there first. A
 *   thread that gives the GIL up by itself like this gets no turn at a forced switch: beside two
 *   CPU-bound threads it sees a switch in every interval, so it does not ask, and it is locked
 *   out (measured: for tens to hundreds of ms) until it has waited `starvedWinsAfterMs`.
 *
 * Where a real machine decides a race at random (a waiter beating the loop back from a system
 * call, a locked-out thread getting in), the engine follows a calibrated rule instead, so that
 * the same scenario always gives the same timeline (`GIL_TIMING`, gilTiming.ts).
 *
 * This file holds those rules: who takes the GIL and when. The condition variable's line and its
 * waiters' timed waits, with their timeouts applied in bulk, are gilWaiters.ts's.
 */
import { EventKind, Priority } from './eventQueue';
import type { GilTimers } from './gilTimers';
import { GilState, GilWaiters } from './gilWaiters';
import type { Sim } from './simContext';
import type { SimThread } from './simThread';
import { GIL_TIMING } from './gilTiming';
import { roundTime } from './simTime';
import { St, type PathId } from './stateIds';

export class Gil {
  /** The thread that holds it (CPython's `locked`), or null when it is free. */
  holder: SimThread | null = null;
  private lastHolder: SimThread | null = null;
  /** How many times it changed hands (CPython's `switch_number`): its waiters' timeouts read it. */
  switches = 0;
  private dropRequested = false;
  /** The thread that set the pending drop request. */
  private asker: SimThread | null = null;
  /** The condition variable's line and its timed waits (gilWaiters.ts). */
  private readonly waiters: GilWaiters;
  /** Threads that want the GIL: waiting, waking or in FORCE_SWITCHING's wait. */
  private wanting = 0;
  /** Holders that dropped on request and wait (FORCE_SWITCHING) until someone else takes it. */
  private switchWaiters: (SimThread | null)[] = [];
  /** How many of `switchWaiters` are in use (the array is kept, not emptied: no reallocation per switch). */
  private switchWaiterCount = 0;
  /** The loop's short system calls made while a thread waited, since one last lost the GIL. */
  private shortCallCount = 0;

  /**
   * What a forced switch costs here: `GIL_TIMING.switchMs` at the default interval, no more than
   * 9 % of a shorter one (a fixed 0.45 ms with a 0.1 ms interval would leave the threads a fifth
   * of the CPU, which nothing measured says).
   */
  private readonly switchMs: number;

  constructor(switchIntervalMs: number, timers: GilTimers) {
    this.switchMs = Math.min(GIL_TIMING.switchMs, 0.09 * switchIntervalMs);
    this.waiters = new GilWaiters(this, switchIntervalMs, timers);
  }

  /** Threads that want the GIL and do not have it. */
  get waiting(): number {
    return this.wanting;
  }

  /**
   * take_gil for `th`. Returns true when it has the GIL now; otherwise `th` waits (its lane
   * shows gil_wait) and, when it takes it, `onGranted` runs — or, when that is null, its CPU
   * burst starts (the common case, so no closure is allocated for it).
   */
  acquire(sim: Sim, th: SimThread, onGranted: (() => void) | null, request: number, path: PathId): boolean {
    if (this.holder === th) return true;
    this.waiters.catchUp();
    if (this.holder === null) {
      this.take(sim, th);
      this.waiters.refreshNext();
      return true;
    }
    th.onGil = onGranted;
    sim.rec.threadState(th, St.GilWait, request, path, 0);
    this.wanting++;
    th.gilWantSince = sim.now;
    this.waiters.startWait(th, sim, false);
    this.waiters.refreshNext();
    return false;
  }

  /**
   * drop_gil by a holder that is about to block (I/O, a finished job, an idle loop's select()).
   * With a drop request pending it is a forced switch (FORCE_SWITCHING holds it until the first
   * waiter in line has the GIL); otherwise it signals that waiter.
   */
  release(sim: Sim, th: SimThread): void {
    if (this.holder !== th) return;
    this.waiters.catchUp();
    th.gilForcedOff = false;
    this.holder = null;
    if (this.dropRequested) this.forcedSwitch(sim);
    else this.signal(sim);
    this.waiters.refreshNext();
  }

  /**
   * The loop's short system calls (select() with work ready, accept, recv, send): the GIL is
   * dropped and taken back at once, before the woken waiter runs; that waiter finds it held and
   * starts a new interval. Returns false when the loop lost it (a drop request was pending: the
   * first waiter in line has it, and the loop must queue).
   */
  dropAndRetake(sim: Sim, th: SimThread): boolean {
    if (this.holder !== th) return false;
    this.waiters.catchUp();
    const kept = this.dropAndRetakeNow(sim, th);
    this.waiters.refreshNext();
    return kept;
  }

  private dropAndRetakeNow(sim: Sim, th: SimThread): boolean {
    if (this.dropRequested) {
      this.holder = null;
      th.gilForcedOff = false;
      this.forcedSwitch(sim);
      return false;
    }
    const w = this.waiters.first;
    if (w === null) return true;
    if (this.losesShortCalls(1)) {
      this.holder = null;
      th.gilForcedOff = false;
      this.handToOldest(sim);
      return false;
    }
    // Woken, it finds the GIL held and waits again: a new interval from when it runs.
    this.waiters.unlink(w);
    this.waiters.startWait(w, sim, true);
    return true;
  }

  /**
   * The loop makes `n` short system calls while it holds the GIL: a request's accept and recv
   * as its burst of server work starts (`inBurst`: a loss pauses the burst until the loop has
   * the GIL again), or a response's send and close between two callbacks. Returns true when
   * the loop lost the GIL to a waiter; between callbacks it must then queue for it.
   */
  shortCalls(sim: Sim, th: SimThread, n: number, inBurst: boolean): boolean {
    if (this.waiters.first === null || this.holder !== th || !this.losesShortCalls(n)) return false;
    this.waiters.catchUp();
    th.gilForcedOff = false;
    th.gilWantSince = sim.now;
    this.holder = null;
    this.handToOldest(sim);
    if (inBurst) {
      // Back from the call, the loop runs take_gil and finds the GIL taken: the switch is
      // already counted, so an interval with no further switch ends in a drop request.
      sim.cores.stop(sim, th);
      th.onGil = null; // resume its burst when it has the GIL again
      sim.rec.threadState(th, St.GilWait, th.request, th.path, 0);
      this.wanting++;
      this.waiters.startWait(th, sim, false);
    }
    this.waiters.refreshNext();
    return true;
  }

  /** Whether the calls made so far (plus `more`) include a lost one; a loss uses them up. */
  private losesShortCalls(calls: number): boolean {
    // Every thread in a timed wait races the loop for the GIL at each call (the one the release
    // signals, and any whose interval ends meanwhile): more waiters, more losses.
    const racers = this.waiters.count < 4 ? this.waiters.count : 4;
    this.shortCallCount += calls * racers;
    if (this.shortCallCount < GIL_TIMING.shortCallsPerLoss) return false;
    this.shortCallCount -= GIL_TIMING.shortCallsPerLoss;
    return true;
  }

  /** The waiter a short call's release woke ran before the call returned: it has the GIL. */
  private handToOldest(sim: Sim): void {
    const w = this.waiters.first!;
    this.waiters.unlink(w);
    this.take(sim, w);
    this.wake(sim, w, GIL_TIMING.wakeMs);
  }

  /** The holder starts running Python: it honours a pending drop request at once. */
  reschedule(sim: Sim): void {
    const h = this.holder;
    if (h === null || !this.dropRequested || !h.runningPython) return;
    this.waiters.catchUp();
    this.forceDrop(sim, h);
    this.waiters.refreshNext();
  }

  /**
   * The run's call (gilTimers.ts): the timeouts before it have had their moment, and the one it
   * names, unless it is a check, has its own now.
   */
  fire(sim: Sim, check: boolean): void {
    this.waiters.catchUp();
    if (!check) {
      if (this.waiters.timers.frontAt !== sim.now) throw new Error(`engine bug: the GIL timeout called at ${sim.now} ms is not its first`);
      this.timedOut(sim, this.waiters.timers.shift());
    }
    this.waiters.refreshNext();
  }

  /**
   * A GIL timeout (gilTimers.ts): `th`'s timed wait of one interval may have ended. A thread has
   * at most one timeout queued: a wait that begins again (the loop's system calls restart waiters'
   * intervals at every turn) moves its end, and the timeout, when it comes early, is queued again
   * for the new end rather than once per restart.
   */
  private timedOut(sim: Sim, th: SimThread): void {
    th.gilTimeoutAt = -1;
    if (th.gilState !== GilState.Waiting) return;
    if (sim.now < th.gilWindowEnd) {
      this.waiters.queueTimeout(th);
      return;
    }
    this.waiters.unlink(th);
    const h = this.holder;
    if (h === null) {
      this.grant(sim, th); // free (its last holder's waker not there yet): awake, it takes it
      return;
    }
    if (h === th) return;
    const noSwitch = this.switches === th.gilSwitches;
    this.waiters.startWait(th, sim, false); // it waits again, for a new interval
    if (noSwitch) {
      // No switch during its interval: it asks (forcedSwitch decides who gets the GIL).
      this.dropRequested = true;
      this.asker = th;
      if (h.runningPython) this.forceDrop(sim, h);
    }
  }

  /**
   * The GilWake event: `th` runs take_gil again, woken — or, handed the GIL by a forced switch,
   * it already holds it and starts running.
   */
  woken(sim: Sim, th: SimThread, version: number): void {
    if (version !== th.gilVersion || th.gilState !== GilState.Waking) return;
    this.waiters.catchUp();
    th.gilState = GilState.None;
    if (this.holder === th) {
      // It takes the GIL only now that it runs (the switch's cost was the wait): take_gil resets
      // a drop request made meanwhile, so every holder runs before it can be asked to drop it.
      this.dropRequested = false;
      this.asker = null;
      this.run(sim, th);
    }
    else if (this.holder === null) this.grant(sim, th);
    else this.waiters.startWait(th, sim, false);
    this.waiters.refreshNext();
  }

  /** `th` takes the free GIL after waiting: its gil_wait ends and it goes on. */
  private grant(sim: Sim, th: SimThread): void {
    this.take(sim, th);
    this.run(sim, th);
  }

  /** `th`, holding the GIL after a wait, goes on: its gil_wait ends. */
  private run(sim: Sim, th: SimThread): void {
    this.wanting--;
    sim.rec.closeThread(th);
    const granted = th.onGil;
    th.onGil = null;
    if (granted) granted();
    else sim.cores.start(sim, th);
    this.reschedule(sim);
  }

  /** The holder running Python honours the drop request: it stops, and the first waiter in line takes the GIL. */
  private forceDrop(sim: Sim, h: SimThread): void {
    sim.cores.stop(sim, h);
    h.onGil = null; // resume its burst when it has the GIL again
    sim.rec.threadState(h, St.GilWait, h.request, h.path, 0);
    this.holder = null;
    h.gilState = GilState.SwitchWait;
    h.gilForcedOff = true;
    h.gilWantSince = sim.now;
    h.gilVersion++;
    this.wanting++;
    this.switchWaiters[this.switchWaiterCount++] = h;
    this.forcedSwitch(sim);
  }

  /**
   * A forced switch: the holder dropped on request (or released with a request pending). Its
   * COND_SIGNAL wakes a waiter in the condition variable's line; the thread that asked has just
   * begun a new wait, so it is not first. Measured, CPU-bound threads take turns (three
   * to_thread jobs of 100 ms end together, ~300 ms), but a thread that gave the GIL up by itself
   * — the loop at its select(), a pool thread at blocking I/O or between jobs — does not get its
   * turn: beside two CPU-bound threads the loop is locked out for tens to hundreds of ms. So:
   * the GIL goes to the first in line among threads that were forced off it; failing that, to
   * the asker; and to a thread that has wanted it `starvedWinsAfterMs`, whatever its kind.
   */
  private forcedSwitch(sim: Sim): void {
    this.dropRequested = false;
    const asker = this.asker;
    this.asker = null;
    const w = this.forcedSwitchWinner(sim, asker);
    if (w === null) return;
    this.waiters.unlink(w);
    this.take(sim, w);
    this.wake(sim, w, this.switchMs);
  }

  private forcedSwitchWinner(sim: Sim, asker: SimThread | null): SimThread | null {
    let turn: SimThread | null = null;
    let longest: SimThread | null = null;
    for (let w = this.waiters.first; w !== null; w = w.gilNext) {
      if (turn === null && w.gilForcedOff && w !== asker) turn = w;
      if (longest === null || w.gilWantSince < longest.gilWantSince) longest = w;
    }
    if (longest !== null && sim.now - longest.gilWantSince >= GIL_TIMING.starvedWinsAfterMs) return longest;
    if (turn !== null) return turn;
    if (asker !== null && asker.gilState === GilState.Waiting) return asker;
    return this.waiters.first;
  }

  /** COND_SIGNAL: the longest waiter is woken; it runs take_gil once the OS has run it. */
  private signal(sim: Sim): void {
    const w = this.waiters.first;
    if (w === null) return;
    this.waiters.unlink(w);
    this.wake(sim, w, GIL_TIMING.wakeMs);
  }

  private wake(sim: Sim, th: SimThread, afterMs: number): void {
    th.gilState = GilState.Waking;
    th.gilVersion++;
    sim.queue.push(roundTime(sim.now + afterMs), Priority.StateChange, th.request, EventKind.GilWake, th, th.gilVersion);
  }

  private take(sim: Sim, th: SimThread): void {
    this.holder = th;
    if (this.lastHolder !== th) {
      this.lastHolder = th;
      this.switches++;
      this.waiters.switched();
      // FORCE_SWITCHING: holders that dropped on request go on once someone else holds it.
      const sw = this.switchWaiters;
      const n = this.switchWaiterCount;
      if (n > 0) {
        this.switchWaiterCount = 0;
        for (let i = 0; i < n; i++) {
          const d = sw[i]!;
          sw[i] = null;
          if (d !== th && d.gilState === GilState.SwitchWait) this.wake(sim, d, GIL_TIMING.switchWaitMs);
        }
      }
    }
    // take_gil resets a pending drop request, whoever set it.
    this.dropRequested = false;
    this.asker = null;
  }

}
