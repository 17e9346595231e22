/**
 * The simulated server: workers (each an event loop, a thread pool, an executor and a
 * process pool behind one GIL), the shared listening socket, and the request table.
 */
import type { Op } from './compile';
import type { Sim } from './simContext';
import { SimThread } from './simThread';
import { NO_PATH, St, type PathId } from './stateIds';
import { Gil } from './gil';
import { Fifo } from './fifo';
import type { Waiter } from './recorder';
import type { ArrivalPlan } from './arrivals';

/** A coroutine: a request's handler, or one branch of an asyncio.gather. */
export class Task implements Waiter {
  pc = 0;
  pendingChildren = 0;
  /**
   * AnyIO handshake for the current to_thread (anyio 3.6 run_sync_in_worker_thread):
   * 0 not started; 1 first checkpoint done; 2 token handed over by a release;
   * 3 token taken at once, then yielded again (cancel_shielded_checkpoint).
   */
  anyio: 0 | 1 | 2 | 3 = 0;
  /** Give the AnyIO token back when this task next runs on the loop (docs/model.md#anyio-tokens). */
  releaseToken = false;
  /**
   * Loop iterations still to pass before this task's code runs: asyncio hands results on with
   * call_soon, so a new connection or a finished await takes extra trips round the loop.
   */
  hops = 0;
  worker: Worker | null = null;
  waitState: St = St.None;
  waitStart = 0;
  waitPath: PathId = NO_PATH;

  constructor(
    readonly request: number,
    readonly ops: Op[],
    readonly parent: Task | null,
  ) {}

  /** The step it is at (or last ran), for labelling its waits. */
  get path(): PathId {
    const ops = this.ops;
    return ops.length === 0 ? NO_PATH : ops[Math.min(this.pc, ops.length - 1)]!.path;
  }
}

export type LoopStatus = 'idle' | 'waking' | 'scheduled' | 'running' | 'busy' | 'gil_wait';

export class Worker {
  readonly loop: SimThread;
  readonly gil: Gil | null;
  readonly ready = new Fifo<Task>();
  /** The task the loop is in the middle of (between two of its steps). */
  current: Task | null = null;
  status: LoopStatus = 'idle';
  /** Continues the loop after one of its own steps; made once per worker. */
  resumeLoop: (() => void) | null = null;
  /** Callbacks of the current loop iteration not yet run (asyncio runs only what was ready when it began). */
  iterationLeft = 0;

  tokensFree: number;
  /** AnyIO 3.x wakes the most recent waiter first (OrderedDict.popitem()): a stack. */
  readonly tokenWaiters: Task[] = [];
  /** AnyIO reuses the most recently idle thread. */
  readonly anyioIdle: SimThread[] = [];
  anyioThreads = 0;

  readonly executorIdle = new Fifo<SimThread>();
  executorThreads = 0;
  /** Tasks waiting for an executor thread, each stopped at its to_thread step. */
  readonly executorQueue = new Fifo<Task>();

  readonly processIdle = new Fifo<SimThread>();
  processes = 0;
  /** Tasks waiting for a process, each stopped at its to_process step. */
  readonly processQueue = new Fifo<Task>();

  constructor(readonly id: number, tokens: number, gil: boolean, switchIntervalMs: number) {
    this.gil = gil ? new Gil(switchIntervalMs) : null;
    this.loop = new SimThread('loop', id, 0, this.gil);
    this.tokensFree = tokens;
  }
}

export interface World extends Sim {
  readonly workers: Worker[];
  /** Connections waiting in the shared listening socket. */
  readonly pending: Fifo<Task>;
  /**
   * Loop runs due at this instant, by worker id, then in the order they were asked for:
   * the LoopRun events, kept out of the heap (see simulate's main loop).
   */
  readonly dueLoops: Worker[];
  /** Idle loops, most recently idle last (the kernel wakes that one: LIFO). */
  readonly idleLoops: Worker[];
  /** A loop already woken for the connections now pending, so one batch wakes one loop. */
  acceptWake: Worker | null;
  readonly plan: ArrivalPlan;
  readonly routeOps: Op[][];
  readonly arrival: Float64Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly workerOf: Int32Array;
  completed: number;
  busyPoolThreads: number;
  peakPoolThreads: number;
}
