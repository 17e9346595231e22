/**
 * Running a coroutine on its loop, from where it stopped until it suspends, blocks the
 * loop, or ends. `cpu` and `blocking_io` run on the loop's own thread: the loop is busy.
 */
import { EventKind, Priority } from './eventQueue';
import type { Task, World } from './world';
import { Task as TaskClass } from './world';
import { loopResumer, makeReady } from './readyQueue';
import { runCpu, runCpuFor, runBlocking } from './threadJob';
import { releaseToken, toAnyioThread } from './threadPool';
import { roundOut, roundTime } from './simTime';
import { St } from './stateIds';
import { OpKind, Pool, PROCESS_START_PATH_ID, RECEIVE_PATH_ID, THREAD_START_PATH_ID, type Op } from './compile';
import { PROCESS_START_MS, THREAD_START_MS } from './startUp';
import { TokenPhase, type Worker } from './world';

export const enum RunResult {
  Busy,
  Suspended,
  Done,
}

export function runTask(world: World, task: Task): RunResult {
  const w = task.worker!;
  const req = task.request;
  if (task.hops > 0) {
    task.hops--;
    w.ready.push(task); // one more trip round the loop, still waiting for it
    return RunResult.Suspended;
  }
  world.rec.closeWait(task);
  if (world.start[req]! < 0) world.start[req] = world.now;
  if (task.releaseToken) {
    task.releaseToken = false;
    releaseToken(world, w);
  }
  while (task.pc < task.ops.length) {
    const op = task.ops[task.pc]!;
    switch (op.kind) {
      case OpKind.Cpu:
      case OpKind.Server:
      case OpKind.BlockingIo: {
        task.pc++;
        w.current = task;
        w.status = 'busy';
        const resume = loopResumer(world, w);
        if (op.kind === OpKind.BlockingIo) runBlocking(world, w.loop, op, req, resume);
        else if (op.kind === OpKind.Cpu) runCpu(world, w.loop, op, req, resume);
        else {
          runCpu(world, w.loop, op, req, resume, St.Server);
          if (op.path === RECEIVE_PATH_ID) w.gil?.shortCalls(world, w.loop, 2, true); // accept, recv
        }
        return RunResult.Busy;
      }
      case OpKind.AwaitIo:
        task.pc++;
        awaitIo(world, task, op);
        return RunResult.Suspended;
      case OpKind.ToThread:
      case OpKind.ToProcess: {
        const startMs = task.startedPool ? 0 : startUpMs(world, w, task, op);
        if (startMs > 0) {
          // The loop starts the thread (or forks the pool's processes) before it hands the job over.
          task.startedPool = true;
          w.current = task;
          w.status = 'busy';
          runCpuFor(world, w.loop, startMs, req, op.kind === OpKind.ToThread ? THREAD_START_PATH_ID : PROCESS_START_PATH_ID, loopResumer(world, w), St.Server);
          return RunResult.Busy;
        }
        task.startedPool = false;
        if (op.kind === OpKind.ToProcess) w.processPool.submit(world, task, op);
        else if (op.pool === Pool.Anyio) toAnyioThread(world, task, op);
        else w.executor.submit(world, task, op);
        return RunResult.Suspended;
      }
      case OpKind.Gather:
        task.pc++;
        if (op.branches.length === 0) continue;
        task.pendingChildren = op.branches.length;
        // asyncio.gather wraps each branch in a Task, scheduled in order.
        for (const branch of op.branches) {
          const child = world.freeTasks.pop()?.reuse(req, branch, task) ?? new TaskClass(req, branch, task);
          child.worker = w;
          makeReady(world, child, 0); // create_task: runs on the next iteration
        }
        return RunResult.Suspended;
    }
  }
  const parent = task.parent;
  if (parent !== null) {
    if (--parent.pendingChildren === 0) makeReady(world, parent);
  } else {
    finishRequest(world, req);
    // The response went out with send(); then close(): two more short calls on the loop.
    if (w.gil?.shortCalls(world, w.loop, 2, false)) w.lostGil = true;
  }
  // Nothing refers to a finished task any more: the next arrival or gather branch reuses it.
  world.freeTasks.push(task);
  return RunResult.Done;
}

/**
 * The task awaits I/O of `op.ms`. Apart from runTask, which V8 compiles too big to inline the
 * calls made here: there, each of their times was boxed in a new heap number.
 */
function awaitIo(world: World, task: Task, op: Op): void {
  world.rec.fixedWait(task.request, op.path, St.AwaitIo, world.now + op.ms);
  world.queue.push(roundTime(world.now + op.ms), Priority.StateChange, task.request, EventKind.AwaitDone, task);
}

/**
 * What starting a pool costs the loop before this step's job can go (docs/model.md#start-up):
 * nothing when `warmPools`, or when a thread is free or the pool is full. AnyIO's and the
 * executor's new threads are started by the loop, which waits until each is running
 * (Thread.start()); the first job for a ProcessPoolExecutor forks all its processes, on the
 * loop's thread (the fork start method's _launch_processes).
 */
function startUpMs(world: World, w: Worker, task: Task, op: Op): number {
  if (world.cfg.warmPools) return 0;
  if (op.kind === OpKind.ToProcess) return w.processPool.started ? 0 : world.cfg.processPoolWorkers * PROCESS_START_MS;
  if (op.pool === Pool.Executor) return w.executor.wouldStartThread() ? THREAD_START_MS : 0;
  // AnyIO takes a thread once the token is held, after its checkpoints.
  const handing = task.tokenPhase === TokenPhase.TokenTaken || task.tokenPhase === TokenPhase.TokenHandedOver;
  return handing && w.anyioIdle.length === 0 ? THREAD_START_MS : 0;
}

/** The response is sent; a closed-loop user thinks, then sends its next request. */
function finishRequest(world: World, req: number): void {
  world.end[req] = world.now;
  // The latency each request's row shows (rounded to the µs), so that the summary is the same
  // whether it is computed from these or rebuilt from the request table (an imported trace).
  world.latency[req] = roundOut(world.now - world.arrival[req]!);
  if (world.now > world.lastEnd) world.lastEnd = world.now;
  world.completed++;
  const next = world.plan.next[req]!;
  if (next >= 0) {
    world.queue.push(roundTime(world.now + world.plan.think[req]!), Priority.StateChange, next, EventKind.Arrival, next);
  }
}

/** The AwaitDone event: awaited I/O completed. */
export function awaitDone(world: World, task: Task): void {
  makeReady(world, task);
}
