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
import type { ServerConfig } from '../scenario/types';
import { FifoPool } from './fifoPool';
import type { GilTimers } from './gilTimers';

/** Where a task is in AnyIO's to_thread handshake (anyio 3.6 run_sync_in_worker_thread). */
export const enum TokenPhase {
  /** Not started: the first checkpoint (a yield to the back of the ready queue) comes next. */
  NotStarted,
  /** The checkpoint is done: take a free token, or wait for one. */
  Checkpointed,
  /** A finishing task handed its token over: the thread starts when the loop runs this task. */
  TokenHandedOver,
  /** A free token was taken, then the task yielded once more (cancel_shielded_checkpoint). */
  TokenTaken,
}

/** A coroutine: a request's handler, or one branch of an asyncio.gather. */
export class Task implements Waiter {
  pc = 0;
  pendingChildren = 0;
  /** AnyIO's handshake for the current to_thread step. */
  tokenPhase = TokenPhase.NotStarted;
  /** The loop has started the thread or processes this task's to_thread / to_process step needs. */
  startedPool = false;
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
  waitStartUs = 0;
  waitPath: PathId = NO_PATH;
  waitLastSegment = -1;

  constructor(
    public request: number,
    public ops: Op[],
    public parent: Task | null,
  ) {}

  /**
   * The task made anew for another coroutine, as the constructor leaves it: a finished task is
   * kept for the next (World.freeTasks), so that a run makes a task per coroutine under way at
   * once rather than per request — tasks live while their request does, so each new one was
   * copied by the garbage collector on its way out of the young generation.
   */
  reuse(request: number, ops: Op[], parent: Task | null): this {
    this.pc = 0;
    this.pendingChildren = 0;
    this.tokenPhase = TokenPhase.NotStarted;
    this.startedPool = false;
    this.releaseToken = false;
    this.hops = 0;
    this.worker = null;
    this.waitState = St.None;
    this.waitStart = 0;
    this.waitStartUs = 0;
    this.waitPath = NO_PATH;
    this.waitLastSegment = -1;
    this.request = request;
    this.ops = ops;
    this.parent = parent;
    return this;
  }

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
  /** The loop lost the GIL in a short system call between two callbacks: it queues before the next. */
  lostGil = false;
  /** Callbacks of the current loop iteration not yet run (asyncio runs only what was ready when it began). */
  iterationLeft = 0;

  tokensFree: number;
  /** AnyIO 3.x wakes the most recent waiter first (OrderedDict.popitem()): a stack. */
  readonly tokenWaiters: Task[] = [];
  /** AnyIO reuses the most recently idle thread. */
  readonly anyioIdle: SimThread[] = [];
  anyioThreads = 0;

  /** asyncio's default executor (`to_thread` with pool "executor"): its threads share the worker's GIL. */
  readonly executor: FifoPool;
  /**
   * The ProcessPoolExecutor (`await loop.run_in_executor(pool, fn)`): each process has its own
   * interpreter and GIL, so its code never waits for the loop's GIL — only for a core.
   */
  readonly processPool: FifoPool;

  constructor(readonly id: number, cfg: ServerConfig, gilTimers: GilTimers) {
    this.gil = cfg.gil ? new Gil(cfg.switchIntervalMs, gilTimers) : null;
    this.loop = new SimThread('loop', id, 0, this.gil);
    this.tokensFree = cfg.threadpoolTokens;
    this.executor = new FifoPool('executor', id, this.gil, cfg.executorThreads, St.TokenWait);
    this.processPool = new FifoPool('process', id, null, cfg.processPoolWorkers, St.ProcessWait);
  }
}

export interface World extends Sim {
  readonly workers: Worker[];
  /** Connections waiting in the shared listening socket. */
  readonly pending: Fifo<Task>;
  /**
   * Loop runs due at this instant, by worker id, then in the order they were asked for: kept
   * out of the event heap (see scheduleLoop and simulate's main loop). Stored in reverse, the
   * next to run last: taken with pop(), since shift() then push() on a short array allocated a
   * new backing store at nearly every loop run.
   */
  readonly dueLoops: Worker[];
  /** Idle loops, most recently idle last (the kernel wakes that one: LIFO). */
  readonly idleLoops: Worker[];
  /** A loop already woken for the connections now pending, so one batch wakes one loop. */
  acceptWake: Worker | null;
  /** The GILs' timed waits, apart from the event heap (gilTimers.ts). */
  readonly gilTimers: GilTimers;
  readonly plan: ArrivalPlan;
  readonly routeOps: Op[][];
  /** Finished tasks, to be reused for new ones (Task.reuse): nothing else refers to them. */
  readonly freeTasks: Task[];
  readonly arrival: Float64Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly workerOf: Int32Array;
  /**
   * Each request's latency as its row shows it, written as it finishes, and when the first
   * request arrived and the last finished (Infinity and 0 until then): what the metrics read
   * (metrics.ts). Kept as the run goes rather than read from `arrival` and `end` at its end: a
   * loop over every request that runs once runs mostly before the compiler has optimised it
   * (at 100k requests some 45 ms, a twentieth of the run).
   */
  readonly latency: Float64Array;
  firstArrival: number;
  lastEnd: number;
  completed: number;
  busyPoolThreads: number;
  peakPoolThreads: number;
  /** Events processed so far (simulate's main loop counts them against its limit). */
  events: number;
}
