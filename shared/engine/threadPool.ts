/**
 * The two thread pools of a worker (docs/model.md#anyio-tokens and #executor).
 * AnyIO's: `def` routes and run_in_threadpool share its CapacityLimiter tokens. The coroutine
 * yields once (checkpoint) before taking a token; with a free token it takes it and yields once
 * more (cancel_shielded_checkpoint); without one it waits, and AnyIO 3.x (FastAPI 0.92's) wakes
 * waiters LAST in, first out — `_wait_queue.popitem()`, made FIFO only in AnyIO 4.0 (PR #455),
 * and measured so on the real stack (fidelity/). The token comes back only when the coroutine
 * resumes on the loop after its thread finished — so a blocked loop keeps tokens held.
 * asyncio's default executor: a fixed number of threads fed FIFO, no loop needed to start the
 * next job.
 */
import type { Op, SyncOp } from './compile';
import type { Task, Worker, World } from './world';
import { makeReady } from './eventLoop';
import { runJob } from './threadJob';
import { SimThread } from './simThread';
import { St } from './stateIds';
import type { Fifo } from './fifo';


export function toAnyioThread(world: World, task: Task, op: Op): void {
  const w = task.worker!;
  if (task.anyio === 0) {
    task.anyio = 1;
    makeReady(world, task, 0); // AnyIO's checkpoint: to the back of the ready queue
    return;
  }
  if (task.anyio === 1) {
    if (w.tokensFree === 0) {
      w.tokenWaiters.push(task);
      world.rec.wait(task, world.now, St.TokenWait, op.path);
      return;
    }
    w.tokensFree--;
    task.anyio = 3;
    makeReady(world, task, 0); // the second yield, holding the token
    return;
  }
  task.anyio = 0;
  startPoolJob(world, w.anyioIdle.pop() ?? newAnyioThread(world, w), task, op.body);
}

function newAnyioThread(world: World, w: Worker): SimThread {
  const th = new SimThread('anyio', w.id, w.anyioThreads++, w.gil);
  th.onJobDone = (task) => {
    world.busyPoolThreads--;
    w.anyioIdle.push(th);
    task.pc++;
    task.releaseToken = true;
    makeReady(world, task);
  };
  return th;
}

/** The token goes to the first waiter, who starts its thread the next time the loop runs it. */
export function releaseToken(world: World, w: Worker): void {
  const next = w.tokenWaiters.pop();
  if (next === undefined) {
    w.tokensFree++;
    return;
  }
  next.anyio = 2;
  makeReady(world, next);
}

export function toExecutor(world: World, task: Task, op: Op): void {
  const w = task.worker!;
  let th = w.executorIdle.shift();
  if (th === undefined && w.executorThreads < world.cfg.executorThreads) th = newExecutorThread(world, w);
  if (th === undefined) {
    w.executorQueue.push(task);
    world.rec.wait(task, world.now, St.TokenWait, op.path);
    return;
  }
  startPoolJob(world, th, task, op.body);
}

/** A queued task's job is the to_thread (or to_process) step it is stopped at. */
export function queuedBody(task: Task): SyncOp[] {
  return task.ops[task.pc]!.body;
}

/**
 * A job of a FIFO pool (the executor, the process pool) ended: its task resumes on the loop
 * with the step done, and the thread starts the first queued task's job — no loop needed —
 * or goes idle.
 */
export function jobDoneTakeNext(world: World, task: Task, th: SimThread, queue: Fifo<Task>, idle: Fifo<SimThread>, start: (next: Task) => void): void {
  task.pc++;
  makeReady(world, task);
  const queued = queue.shift();
  if (queued === undefined) idle.push(th);
  else {
    world.rec.closeWait(queued, world.now);
    start(queued);
  }
}

function newExecutorThread(world: World, w: Worker): SimThread {
  const th = new SimThread('executor', w.id, w.executorThreads++, w.gil);
  const start = (next: Task) => startPoolJob(world, th, next, queuedBody(next));
  th.onJobDone = (task) => {
    world.busyPoolThreads--;
    jobDoneTakeNext(world, task, th, w.executorQueue, w.executorIdle, start);
  };
  return th;
}

/** Counts busy pool threads for the "peak threads" metric (each pool's onJobDone counts them down). */
function startPoolJob(world: World, th: SimThread, task: Task, body: SyncOp[]): void {
  world.busyPoolThreads++;
  if (world.busyPoolThreads > world.peakPoolThreads) world.peakPoolThreads = world.busyPoolThreads;
  runJob(world, th, body, task);
}
