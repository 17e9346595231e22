/**
 * How work reaches an event loop (docs/model.md#iteration, #hops): a coroutine made ready
 * joins its loop's ready queue, and a loop with something to do is scheduled to run at this
 * instant. Everything that wakes a coroutine (a finished await, a thread's result, a token
 * handed over, a new gather branch) comes through here; eventLoop.ts runs what it queued.
 * Kept apart so the pools and the coroutine runner depend on the ready queue, never on the
 * loop that depends on them.
 */
import type { Task, Worker, World } from './world';
import { St } from './stateIds';
import { EventKind, Priority } from './eventQueue';
import { GIL_TIMING } from './gilTiming';
import { roundTime } from './simTime';

/** Extra iterations between an awaited result and the coroutine resuming (call_soon of its wakeup). */
export const RESUME_HOPS = 1;

/**
 * A loop run now: it runs after every state change and GIL timeout of this instant
 * (Priority.Loop), by worker id. A third of all events are these, always at the present
 * instant, so they wait in a short list rather than in the heap (simulate's main loop keeps
 * the heap's order: see dueLoops).
 */
export function scheduleLoop(world: World, w: Worker): void {
  w.status = 'scheduled';
  // The next to run is the list's last (see World.dueLoops): w goes before every loop that runs
  // before it (a lower worker id, or the same asked earlier).
  const due = world.dueLoops;
  let i = due.length;
  due.push(w);
  while (i > 0 && due[i - 1]!.id <= w.id) {
    due[i] = due[i - 1]!;
    i--;
  }
  due[i] = w;
}

/** Schedules `w`'s loop again: what its loop thread runs when it gets the GIL or ends a step of its own. */
export function loopResumer(world: World, w: Worker): () => void {
  return w.resumeLoop ?? makeLoopResumer(world, w);
}

// Apart from loopResumer: a function that makes a closure allocates the closure's context at
// every call, made or not (about half a million times in the 100k-request bench).
function makeLoopResumer(world: World, w: Worker): () => void {
  const resume = () => scheduleLoop(world, w);
  w.resumeLoop = resume;
  return resume;
}

/**
 * An awaited thing finished: the coroutine is ready, and waits for its loop (docs/model.md#hops).
 * `hops` is 0 for a plain yield (sleep(0), a new task) and RESUME_HOPS for a result.
 */
export function makeReady(world: World, task: Task, hops = RESUME_HOPS): void {
  const w = task.worker!;
  task.hops = hops;
  world.rec.wait(task, St.LoopWait, task.path);
  w.ready.push(task);
  if (w.status === 'idle') {
    removeIdle(world.idleLoops, w);
    wakeIdleLoop(world, w);
  }
}

/**
 * An idle loop sleeps in select() with the GIL released; the OS takes a moment to wake it.
 * That moment decides a race only when other threads want the GIL: a thread that a release has
 * just signalled is already on its way and takes it first (docs/model.md#gil). Otherwise the
 * loop runs at once, so uncontended timings stay exact.
 */
export function wakeIdleLoop(world: World, w: Worker): void {
  if (w.gil === null || w.gil.waiting === 0) {
    scheduleLoop(world, w);
    return;
  }
  w.status = 'waking';
  world.queue.push(roundTime(world.now + GIL_TIMING.loopWakeMs), Priority.StateChange, -1, EventKind.LoopWake, w);
}

/** The LoopWake event: the woken loop runs (it takes the GIL, or queues for it). */
export function loopWoken(world: World, w: Worker): void {
  if (w.status === 'waking') scheduleLoop(world, w);
}

/** Take `w` out of the idle stack, keeping the others' order (a few entries: no splice). */
function removeIdle(idle: Worker[], w: Worker): void {
  let i = idle.lastIndexOf(w);
  if (i < 0) return;
  for (; i + 1 < idle.length; i++) idle[i] = idle[i + 1]!;
  idle.pop();
}
