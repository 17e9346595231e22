/**
 * A pool fed first in, first out, whose freed thread takes the next queued job itself — no
 * loop needed: asyncio's default executor (threads sharing the worker's GIL) and the
 * ProcessPoolExecutor (processes, each with its own GIL). It makes threads on demand up to
 * `max`; past that, tasks queue, each stopped at the step that sent it here
 * (docs/model.md#executor).
 */
import type { Op, SyncOp } from './compile';
import type { Gil } from './gil';
import type { LaneKind } from './timeline';
import type { Task, World } from './world';
import { Fifo } from './fifo';
import { makeReady } from './readyQueue';
import { SimThread } from './simThread';
import { runJob } from './threadJob';
import type { St } from './stateIds';

export class FifoPool {
  private readonly idle = new Fifo<SimThread>();
  private readonly queue = new Fifo<Task>();
  private made = 0;
  /** The "peak threads" metric counts the worker's pool threads, not the pool's processes. */
  private readonly countsAsThread: boolean;

  constructor(
    private readonly kind: Extract<LaneKind, 'executor' | 'process'>,
    private readonly worker: number,
    private readonly gil: Gil | null,
    private readonly max: number,
    /** What a queued task waits in: token_wait for a thread, process_wait for a process. */
    private readonly waitState: St,
  ) {
    this.countsAsThread = kind !== 'process';
  }

  /** Whether a job submitted now would make a new thread (none free, fewer than `max` made). */
  wouldStartThread(): boolean {
    return this.idle.size === 0 && this.made < this.max;
  }

  /** Whether the pool has made any thread or process yet. */
  get started(): boolean {
    return this.made > 0;
  }

  /** Run the step's body for `task` on a free thread, a new one, or — all busy — when one frees. */
  submit(world: World, task: Task, op: Op): void {
    let th = this.idle.shift();
    if (th === undefined && this.made < this.max) th = this.newThread(world);
    if (th === undefined) {
      this.queue.push(task);
      world.rec.wait(task, this.waitState, op.path);
      return;
    }
    this.start(world, th, task, op.body);
  }

  private newThread(world: World): SimThread {
    const th = new SimThread(this.kind, this.worker, this.made++, this.gil);
    th.onJobDone = (task) => {
      if (this.countsAsThread) world.busyPoolThreads--;
      // The task resumes on its loop with the step done; the thread takes the next job or idles.
      task.pc++;
      makeReady(world, task);
      const queued = this.queue.shift();
      if (queued === undefined) this.idle.push(th);
      else {
        world.rec.closeWait(queued);
        // Its get() returns at once (the job was queued): the thread never slept.
        this.start(world, th, queued, queued.ops[queued.pc]!.body, false);
      }
    };
    return th;
  }

  private start(world: World, th: SimThread, task: Task, body: SyncOp[], asleep = true): void {
    if (this.countsAsThread) startPoolJob(world, th, task, body, asleep);
    else runJob(world, th, body, task, asleep);
  }
}

/** Run a job on a pool thread, counting busy pool threads for the "peak threads" metric. */
export function startPoolJob(world: World, th: SimThread, task: Task, body: SyncOp[], asleep = true): void {
  world.busyPoolThreads++;
  if (world.busyPoolThreads > world.peakPoolThreads) world.peakPoolThreads = world.busyPoolThreads;
  runJob(world, th, body, task, asleep);
}
