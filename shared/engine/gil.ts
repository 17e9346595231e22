/**
 * CPython's GIL, one per process (docs/model.md#gil). Waiters queue FIFO. A holder running
 * Python is forced off once `switchIntervalMs` has passed since the later of when it took
 * the GIL and when the longest current waiter began waiting; it then joins the back of
 * the queue. Holders that are not running Python (a loop between coroutines) are never
 * forced: they take no time and release it when they block or go idle.
 */
import { EventKind, Priority } from './eventQueue';
import type { Sim } from './simContext';
import type { SimThread } from './simThread';
import { roundTime } from './simTime';
import { St, type PathId } from './stateIds';

/**
 * A contended hand-over is not free: the waiting thread has to be woken by the OS on another
 * core before it runs. Calibrated on the real stack (fidelity/measured): 2 × 100 ms of CPU in
 * def routes end at ~218 ms, 3 × 300 ms at ~1,000 ms, one 600 ms burst beside pings at ~657 ms —
 * all within a few ms of 0.45 ms per hand-over.
 */
export const GIL_HANDOFF_MS = 0.45;

export class Gil {
  holder: SimThread | null = null;
  private heldSince = 0;
  private waiters: SimThread[] = [];
  private head = 0;
  private version = 0;

  constructor(private readonly switchIntervalMs: number) {}

  get waiting(): number {
    return this.waiters.length - this.head;
  }

  /**
   * Take the GIL for `th`. Returns true when it has it now; otherwise `th` is queued
   * (its lane shows gil_wait) and, when it gets it, `onGranted` runs — or, when that is
   * null, its CPU burst starts (the common case, so no closure is allocated for it).
   */
  acquire(sim: Sim, th: SimThread, onGranted: (() => void) | null, request: number, path: PathId): boolean {
    if (this.holder === th) return true;
    if (this.holder === null && this.waiting === 0) {
      this.holder = th;
      this.heldSince = sim.now;
      return true;
    }
    th.gilSince = sim.now;
    th.onGil = onGranted;
    this.enqueue(th);
    sim.rec.threadState(th, sim.now, St.GilWait, request, path, 0);
    this.reschedule(sim);
    return false;
  }

  release(sim: Sim, th: SimThread): void {
    if (this.holder !== th) return;
    this.holder = null;
    this.grantNext(sim);
  }

  /** Call when the holder starts or stops running Python: the forced switch depends on it. */
  reschedule(sim: Sim): void {
    this.version++;
    const h = this.holder;
    if (h === null || !h.runningPython || this.waiting === 0) return;
    const first = this.waiters[this.head]!;
    const at = Math.max(this.heldSince, first.gilSince) + this.switchIntervalMs;
    sim.queue.push(roundTime(at), Priority.GilSwitch, h.request, EventKind.GilForcedSwitch, this, this.version);
  }

  /** The forced switch: the holder's burst pauses, it queues at the back, the first waiter runs. */
  forceSwitch(sim: Sim, version: number): void {
    if (version !== this.version) return;
    const h = this.holder;
    if (h === null || !h.runningPython || this.waiting === 0) return;
    sim.cores.stop(sim, h);
    h.gilSince = sim.now;
    h.onGil = null; // resume its burst when granted
    this.enqueue(h);
    sim.rec.threadState(h, sim.now, St.GilWait, h.request, h.path, 0);
    this.holder = null;
    this.grantNext(sim);
  }

  private enqueue(th: SimThread): void {
    if (this.head > 64 && this.head * 2 > this.waiters.length) {
      this.waiters = this.waiters.slice(this.head);
      this.head = 0;
    }
    this.waiters.push(th);
  }

  /** The first waiter becomes the holder now, and starts running once the OS has woken it. */
  private grantNext(sim: Sim): void {
    if (this.waiting > 0) {
      const next = this.waiters[this.head++]!;
      this.holder = next;
      this.heldSince = sim.now + GIL_HANDOFF_MS;
      sim.queue.push(roundTime(sim.now + GIL_HANDOFF_MS), Priority.StateChange, next.request, EventKind.GilHandoff, next);
    }
    this.reschedule(sim);
  }

  /** The GilHandoff event: the woken waiter runs (its gil_wait ends here). */
  handoffDone(sim: Sim, next: SimThread): void {
    sim.rec.closeThread(next, sim.now);
    const granted = next.onGil;
    next.onGil = null;
    if (granted) granted();
    else sim.cores.start(sim, next);
    this.reschedule(sim);
  }
}
