/**
 * The machine's cores, shared equally by every thread running Python across all
 * processes (docs/model.md#cores: processor sharing). A thread's burst stretches when more
 * threads run than there are cores; its segment records the share it ran at. Only the burst
 * that ends first has its end queued: a change of share moves every running burst's end, and
 * queueing each anew made a busy machine's runs several times longer.
 */
import { EventKind, Priority } from './eventQueue';
import type { Sim } from './simContext';
import type { SimThread } from './simThread';
import { roundTime } from './simTime';

export class Cores {
  readonly running: SimThread[] = [];
  private lastChange = 0;
  /** timeAtLevel[n]: how long exactly n threads were running (for per-core utilisation). */
  readonly timeAtLevel: number[] = [0];
  /** The running thread whose burst end is queued, and when (at most one at a time). */
  private queued: SimThread | null = null;
  private queuedAt = -1;

  constructor(readonly count: number) {}

  /** Start (or resume) a thread's CPU burst; it must already hold its GIL if it has one. */
  start(sim: Sim, th: SimThread): void {
    this.integrate(sim.now);
    th.runningIdx = this.running.length;
    this.running.push(th);
    th.rate = 0; // forces a (re)schedule below
    th.lastT = sim.now;
    this.retune(sim);
  }

  /** Stop a thread's burst (finished or forced off the GIL); its remaining work is kept. */
  stop(sim: Sim, th: SimThread): void {
    this.integrate(sim.now);
    th.remaining = th.remainingAt(sim.now);
    th.lastT = sim.now;
    th.rate = 0;
    th.version++;
    if (this.queued === th) this.queued = null;
    const i = th.runningIdx;
    const last = this.running.pop()!;
    if (last !== th) {
      this.running[i] = last;
      last.runningIdx = i;
    }
    th.runningIdx = -1;
    this.retune(sim);
  }

  private integrate(now: number): void {
    const n = this.running.length;
    while (this.timeAtLevel.length <= n) this.timeAtLevel.push(0);
    this.timeAtLevel[n]! += now - this.lastChange;
    this.lastChange = now;
  }

  /** Give every running thread its new share, then queue the end of the burst that ends first. */
  private retune(sim: Sim): void {
    const n = this.running.length;
    const rate = n <= this.count ? 1 : this.count / n;
    let first: SimThread | null = null;
    let firstAt = Infinity;
    for (const th of this.running) {
      if (th.rate !== rate) {
        th.remaining = th.remainingAt(sim.now);
        th.lastT = sim.now;
        th.rate = rate;
        sim.rec.threadState(th, sim.now, th.cpuState, th.request, th.path, rate);
      }
      const at = roundTime(th.lastT + th.remaining / rate);
      if (at < firstAt || (at === firstAt && th.request < first!.request)) {
        first = th;
        firstAt = at;
      }
    }
    if (first === this.queued && firstAt === this.queuedAt) return;
    if (this.queued !== null) this.queued.version++; // its queued end is stale
    this.queued = first;
    this.queuedAt = firstAt;
    if (first !== null) sim.queue.push(firstAt, Priority.StateChange, first.request, EventKind.ThreadStepDone, first, first.version);
  }

  /** Close the books at the end of the run. */
  finish(now: number): void {
    this.integrate(now);
  }
}
