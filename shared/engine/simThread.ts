/**
 * A simulated OS thread: an event loop's thread, a pool thread, or a pool process's
 * main thread. It runs one sync step at a time (`cpu` or `blocking_io`) and keeps the
 * segment it is in open until its state changes.
 */
import type { LaneKind } from './timeline';
import type { Gil } from './gil';
import { GilState } from './gilWaiters';
import type { SyncOp } from './compile';
import type { Task } from './world';
import { NO_PATH, St, type PathId } from './stateIds';

export class SimThread {
  /** Lane id once the thread has done any work; -1 before. */
  laneId = -1;

  // The step it runs now.
  request = -1;
  path: PathId = NO_PATH;
  onStepDone: (() => void) | null = null;
  /** What its CPU burst is drawn as: the route's own `cpu`, or the server's work (`server`). */
  cpuState: St = St.Cpu;
  /** CPU work left (ms of one full core) as of `lastT`. */
  remaining = 0;
  rate = 0;
  lastT = 0;
  /** When its running burst ends at `rate` (cores.ts keeps it while the share holds). */
  burstEnd = 0;
  /** Bumped whenever a scheduled completion becomes stale. */
  version = 0;
  /** Index in Cores.running while running Python; -1 otherwise. */
  runningIdx = -1;

  // Its place in take_gil (gil.ts) and in its condition variable's line (gilWaiters.ts).
  gilState: GilState = GilState.None;
  /** Bumped whenever its scheduled GIL timeout or wake-up becomes stale. */
  gilVersion = 0;
  /** When its current timed wait for the GIL ends. */
  gilWindowEnd = 0;
  /** When its queued GIL timeout comes (gilTimers.ts), or -1: one at a time (see Gil.timedOut). */
  gilTimeoutAt = -1;
  /** The GIL's switch count when its current timed wait began (CPython's saved_switchnum). */
  gilSwitches = 0;
  /** Whether its last hold of the GIL ended in a forced drop (a CPU-bound thread): see Gil.forcedSwitch. */
  gilForcedOff = false;
  /** When it began wanting the GIL it is waiting for. */
  gilWantSince = 0;
  /** Its current timed wait began with the request id -1 (gilWaiters.ts counts those waiters). */
  gilAnonymous = false;
  gilPrev: SimThread | null = null;
  gilNext: SimThread | null = null;
  onGil: (() => void) | null = null;

  // The open segment.
  segState: St = St.None;
  segStart = 0;
  /** `segStart` in whole microseconds, as the output gives it (recorder.ts), when segments are kept. */
  segStartUs = 0;
  /** Its share of a core, named by how many threads were running (recorder.ts: 0 when not running). */
  segShare = 0;
  segRequest = -1;
  segPath: PathId = NO_PATH;
  // Its lane's last segment (recorder.ts), which a piece with the same key that starts where it
  // ends extends: its index in the columns (-1: none yet), its end in microseconds and its key.
  lastSegment = -1;
  lastEndUs = -1;
  lastState: St = St.None;
  lastRequest = -1;
  lastPath: PathId = NO_PATH;
  lastShare = 0;

  // The job it runs (a def body, a to_thread or to_process body), one step at a time.
  jobBody: SyncOp[] = [];
  jobStep = 0;
  jobTask: Task | null = null;
  /** Starts the job once the thread is awake (threadJob.ts); made once per thread. */
  startJob: (() => void) | null = null;
  /** Runs the job's next step; made once per thread, not once per job. */
  nextJobStep: (() => void) | null = null;
  /** Ends the job once the thread holds the GIL to report its result; made once per thread. */
  finishJob: (() => void) | null = null;
  /** What its pool does when a job ends (return the thread, wake the task): set when the pool makes the thread. */
  onJobDone: ((task: Task) => void) | null = null;

  constructor(
    readonly kind: LaneKind,
    readonly worker: number,
    readonly index: number,
    /** The GIL of its process; null when it never contends (GIL off, or a pool process). */
    readonly gil: Gil | null,
  ) {}

  get runningPython(): boolean {
    return this.runningIdx >= 0;
  }

  /** CPU work left at time `now`, accounting for the share it has run at since `lastT`. */
  remainingAt(now: number): number {
    const left = this.remaining - (now - this.lastT) * this.rate;
    return left > 1e-9 ? left : 0;
  }
}
