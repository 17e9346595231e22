/**
 * One asyncio event loop per worker (docs/model.md#accept, #iteration, #hops). The loop runs
 * in iterations: each accepts every connection waiting in the shared socket, then runs the
 * coroutines that were ready when it began, one at a time, FIFO. Its bookkeeping between
 * callbacks takes no time (a request's own server work is CPU the coroutine runs: coroutine.ts),
 * but needs the GIL. Each iteration starts with select(), which drops the GIL for the system
 * call and usually takes it straight back; it loses it there to a thread that has asked for a
 * drop, or now and then to a waiter that wins the race (docs/model.md#gil). It gives the GIL up
 * when it blocks or goes idle.
 */
import type { Task, Worker, World } from './world';
import { runTask, RunResult } from './coroutine';
import { loopResumer, wakeIdleLoop } from './readyQueue';
import { NO_PATH, St } from './stateIds';

/**
 * Extra loop iterations before a new connection's handler runs: the accept callback, then
 * connection_made, then data_received, which creates the request's task (uvicorn + h11).
 */
export const ACCEPT_HOPS = 2;

/**
 * A loop run (scheduleLoop asks for one). Like asyncio's _run_once: each iteration accepts
 * waiting connections, then runs the callbacks that were ready when it began; new ones wait
 * for the next iteration. Each iteration starts with select(), which drops the GIL for the
 * system call: when a thread has asked for it meanwhile (or wins the race), the loop must queue
 * for it again — CPython's convoy effect.
 */
export function loopRun(world: World, w: Worker): void {
  if (w.status !== 'scheduled') return;
  const th = w.loop;
  if (w.gil && w.gil.holder !== th) {
    const cur = w.current;
    const granted = w.gil.acquire(world, th, loopResumer(world, w), cur?.request ?? -1, cur?.path ?? NO_PATH);
    if (!granted) {
      w.status = 'gil_wait';
      return;
    }
  }
  w.status = 'running';
  const cur = w.current;
  // Entering between iterations means select() has just returned (woken, or GIL regained).
  let afterSelect = cur === null && w.iterationLeft === 0;
  if (cur !== null) {
    w.current = null;
    if (runTask(world, cur) === RunResult.Busy || requeueIfLost(world, w)) return;
  }
  for (;;) {
    while (w.iterationLeft > 0) {
      w.iterationLeft--;
      if (runTask(world, w.ready.shift()!) === RunResult.Busy || requeueIfLost(world, w)) return;
    }
    if (w.ready.size === 0 && world.pending.size === 0) break;
    // The next select() drops the GIL for the system call and takes it straight back (a
    // woken waiter comes too late and waits a new interval) — unless a drop request was pending.
    if (!afterSelect && w.gil !== null && !w.gil.dropAndRetake(world, th)) {
      w.status = 'scheduled';
      loopRun(world, w); // queues for the GIL again
      return;
    }
    afterSelect = false;
    accept(world, w);
    w.iterationLeft = w.ready.size;
  }
  w.status = 'idle';
  w.gil?.release(world, th);
  world.idleLoops.push(w);
}

/** A callback's system calls lost the loop the GIL: it queues for it before the next callback. */
function requeueIfLost(world: World, w: Worker): boolean {
  if (!w.lostGil) return false;
  w.lostGil = false;
  w.status = 'scheduled';
  loopRun(world, w);
  return true;
}

/** Take every waiting connection (asyncio accepts in a batch) to the back of the ready queue. */
function accept(world: World, w: Worker): void {
  if (world.pending.size === 0) return;
  world.acceptWake = null;
  for (let task = world.pending.shift(); task !== undefined; task = world.pending.shift()) {
    task.worker = w;
    task.hops = ACCEPT_HOPS;
    world.workerOf[task.request] = w.id;
    w.ready.push(task);
  }
}

/** A connection arrives: it waits in the socket; an idle loop (the most recently idle) is woken. */
export function arrive(world: World, task: Task): void {
  world.rec.wait(task, St.LoopWait, task.path);
  world.pending.push(task);
  if (world.acceptWake === null && world.idleLoops.length > 0) {
    const w = world.idleLoops.pop()!;
    world.acceptWake = w;
    wakeIdleLoop(world, w);
  }
}
