/**
 * The machine's cores, shared equally by every thread running Python across all
 * processes (docs/model.md#cores: processor sharing). A thread's burst stretches when more
 * threads run than there are cores; its segment records the share it ran at. Only the burst
 * that ends first has its end kept, and not in the event heap: a change of share moves every
 * running burst's end, and queueing each anew made a busy machine's runs several times longer;
 * queueing just the first one anew still left a stale end in the heap at most changes (a sixth
 * of the bench's 100k-request run's events were those). simulate.ts's main loop takes the kept
 * end in the place the heap would have given it: its time, then its request id, then when it
 * was set (`endSeq`, numbered with the heap's events).
 */
import { Priority } from './eventQueue';
import type { Sim } from './simContext';
import type { SimThread } from './simThread';
import { roundTime } from './simTime';

/** The share of a core each of `running` threads gets on `cores` cores (processor sharing). */
export function coreShare(running: number, cores: number): number {
  return running <= cores ? 1 : cores / running;
}

export class Cores {
  /**
   * The threads running Python: the first `runningCount` slots. The array is kept, not popped
   * and pushed: a short array that shrinks and grows allocates a new backing store each time.
   */
  private readonly running: (SimThread | null)[] = [];
  private runningCount = 0;
  private lastChange = 0;
  /** timeAtLevel[n]: how long exactly n threads were running (for per-core utilisation). */
  readonly timeAtLevel: number[] = [0];
  /** The running thread whose burst ends first, or null; when (Infinity: none), its tie and insertion number. */
  endThread: SimThread | null = null;
  endAt = Infinity;
  endTie = 0;
  endSeq = 0;

  constructor(readonly count: number) {}

  /** Start (or resume) a thread's CPU burst; it must already hold its GIL if it has one. */
  start(sim: Sim, th: SimThread): void {
    this.integrate(sim.now);
    const k = this.runningCount++;
    th.runningIdx = k;
    if (k === this.running.length) this.running.push(th);
    else this.running[k] = th;
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
    if (this.endThread === th) this.endThread = null;
    const i = th.runningIdx;
    const lastIdx = --this.runningCount;
    const last = this.running[lastIdx]!;
    this.running[lastIdx] = null;
    if (last !== th) {
      this.running[i] = last;
      last.runningIdx = i;
    }
    th.runningIdx = -1;
    this.retune(sim);
  }

  private integrate(now: number): void {
    const n = this.runningCount;
    while (this.timeAtLevel.length <= n) this.timeAtLevel.push(0);
    this.timeAtLevel[n]! += now - this.lastChange;
    this.lastChange = now;
  }

  /** Give every running thread its new share, then keep the end of the burst that ends first. */
  private retune(sim: Sim): void {
    const n = this.runningCount;
    const rate = coreShare(n, this.count);
    let first: SimThread | null = null;
    let firstAt = Infinity;
    const running = this.running;
    for (let k = 0; k < n; k++) {
      const th = running[k]!;
      if (th.rate !== rate) {
        th.remaining = th.remainingAt(sim.now);
        th.lastT = sim.now;
        th.rate = rate;
        sim.rec.threadState(th, th.cpuState, th.request, th.path, n);
        th.burstEnd = roundTime(th.lastT + th.remaining / rate);
      }
      // Unchanged unless its share changed: start() zeroes the share of a burst it (re)starts.
      const at = th.burstEnd;
      if (at < firstAt || (at === firstAt && th.request < first!.request)) {
        first = th;
        firstAt = at;
      }
    }
    if (first === this.endThread && firstAt === this.endAt) return;
    this.endThread = first;
    this.endAt = firstAt;
    if (first !== null) {
      this.endTie = first.request;
      this.endSeq = sim.queue.takeSeq();
    }
  }

  /** Whether the kept burst end comes before the heap's next event (it is a state change too). */
  endIsNext(sim: Sim): boolean {
    const at = this.endAt;
    return at !== Infinity && at <= sim.queue.nextTime && !sim.queue.nextIsBefore(at, Priority.StateChange, this.endTie, this.endSeq);
  }

  /** Take the kept burst end: its thread (the caller sets the clock to `endAt` first). */
  takeEnd(): SimThread {
    const th = this.endThread!;
    this.endThread = null;
    this.endAt = Infinity;
    return th;
  }

  /** Close the books at the end of the run. */
  finish(now: number): void {
    this.integrate(now);
  }
}
