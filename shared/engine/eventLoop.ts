/**
 * One asyncio event loop per worker (model.md rules 1–3). The loop runs ready coroutines
 * one at a time, FIFO; between two of them it is free and accepts every connection
 * waiting in the shared socket. Its own work takes no time but needs the GIL, which it
 * keeps across consecutive coroutines and gives up when it blocks or goes idle.
 */
import { EventKind, Priority } from './eventQueue';
import type { Task, Worker, World } from './world';
import { runTask, RunResult } from './coroutine';
import { NO_PATH } from './simThread';

export function scheduleLoop(world: World, w: Worker): void {
  w.status = 'scheduled';
  world.queue.push(world.now, Priority.Loop, w.id, EventKind.LoopRun, w);
}

/** The LoopRun event: take the GIL, finish the current coroutine, then drain the ready queue. */
export function loopRun(world: World, w: Worker): void {
  if (w.status !== 'scheduled') return;
  const th = w.loop;
  if (w.gil && w.gil.holder !== th) {
    const cur = w.current;
    const granted = w.gil.acquire(world, th, () => scheduleLoop(world, w), cur?.request ?? -1, cur?.path ?? NO_PATH);
    if (!granted) {
      w.status = 'gil_wait';
      return;
    }
  }
  w.status = 'running';
  const cur = w.current;
  if (cur !== null) {
    w.current = null;
    if (runTask(world, cur) === RunResult.Busy) return;
  }
  accept(world, w);
  for (let task = w.ready.shift(); task !== undefined; task = w.ready.shift()) {
    if (runTask(world, task) === RunResult.Busy) return;
    accept(world, w);
  }
  w.status = 'idle';
  w.gil?.release(world, th);
  world.idleLoops.push(w);
}

/** Take every waiting connection (asyncio accepts in a batch) to the back of the ready queue. */
function accept(world: World, w: Worker): void {
  if (world.pending.size === 0) return;
  world.acceptWake = null;
  for (const task of world.pending.drain()) {
    task.worker = w;
    world.workerOf[task.request] = w.id;
    w.ready.push(task);
  }
}

/** A connection arrives: it waits in the socket; an idle loop (the most recently idle) is woken. */
export function arrive(world: World, task: Task): void {
  world.rec.wait(task, world.now, 'loop_wait', task.path);
  world.pending.push(task);
  if (world.acceptWake === null && world.idleLoops.length > 0) {
    const w = world.idleLoops.pop()!;
    world.acceptWake = w;
    scheduleLoop(world, w);
  }
}

/** An awaited thing finished: the coroutine is ready, and waits for its loop (rule 3). */
export function makeReady(world: World, task: Task): void {
  const w = task.worker!;
  world.rec.wait(task, world.now, 'loop_wait', task.path);
  w.ready.push(task);
  if (w.status === 'idle') {
    const i = world.idleLoops.lastIndexOf(w);
    if (i >= 0) world.idleLoops.splice(i, 1);
    scheduleLoop(world, w);
  }
}
