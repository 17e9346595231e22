/**
 * Running sync code on a thread: one step at a time, `cpu` holding the GIL on a share of
 * a core, `blocking_io` with the GIL released. A thread keeps the GIL between two cpu
 * steps and gives it up when it blocks or its job ends.
 */
import { EventKind, Priority } from './eventQueue';
import type { Sim } from './simContext';
import type { SimThread } from './simThread';
import { OpKind, type SyncOp } from './compile';
import type { Task } from './world';
import { roundTime } from './simTime';
import { St, type PathId } from './stateIds';
import { GIL_TIMING } from './gilTiming';

// A step is passed whole, not as its `ms`: a fraction passed to a call V8 does not inline is
// boxed in a new heap number, and these calls are made for most of a run's events.
type Step = { readonly ms: number; readonly path: PathId };

/** Run a cpu step (or the server's own work, `state`) on `th`. */
export function runCpu(sim: Sim, th: SimThread, step: Step, request: number, onDone: () => void, state: St = St.Cpu): void {
  th.remaining = step.ms;
  startBurst(sim, th, request, step.path, onDone, state);
}

/** Run `ms` of Python that is no step of the code (starting a pool). */
export function runCpuFor(sim: Sim, th: SimThread, ms: number, request: number, path: PathId, onDone: () => void, state: St): void {
  th.remaining = ms;
  startBurst(sim, th, request, path, onDone, state);
}

/** Start the burst of `th.remaining` ms once `th` has its GIL. */
function startBurst(sim: Sim, th: SimThread, request: number, path: PathId, onDone: () => void, state: St): void {
  th.request = request;
  th.path = path;
  th.cpuState = state;
  th.onStepDone = onDone;
  th.rate = 0;
  if (th.gil && !th.gil.acquire(sim, th, null, request, path)) return;
  sim.cores.start(sim, th);
  th.gil?.reschedule(sim);
}

export function runBlocking(sim: Sim, th: SimThread, step: Step, request: number, onDone: () => void): void {
  th.gil?.release(sim, th);
  th.request = request;
  th.path = step.path;
  th.onStepDone = onDone;
  th.version++;
  sim.rec.threadState(th, St.BlockingIo, request, step.path, 0);
  sim.queue.push(roundTime(sim.now + step.ms), Priority.StateChange, request, EventKind.ThreadStepDone, th, th.version);
}

export function runStep(sim: Sim, th: SimThread, op: SyncOp, request: number, onDone: () => void): void {
  if (op.kind === OpKind.Cpu) runCpu(sim, th, op, request, onDone);
  else runBlocking(sim, th, op, request, onDone);
}

/** The event: a thread's current step has finished (stale versions are ignored). */
export function threadStepDone(sim: Sim, th: SimThread, version: number): void {
  if (version !== th.version) return;
  if (th.runningPython) {
    sim.cores.stop(sim, th);
    th.gil?.reschedule(sim);
  }
  sim.rec.closeThread(th);
  const done = th.onStepDone;
  th.onStepDone = null;
  done?.();
}

/**
 * Run a whole job (a def body, a to_thread or to_process body) for `task`, then the thread's
 * onJobDone. The job's place lives on the thread, so a job allocates nothing: at 10,000
 * requests closures per job were a good part of the engine's garbage.
 *
 * A pool thread runs Python to start a job (it returns from its queue's get() and calls the
 * function) and to end one (it reports the result to the loop with call_soon_threadsafe), so
 * it takes its GIL for both, for no time of its own — a wait when others hold it
 * (docs/model.md#gil). Before that, the thread is asleep in its queue's get() with the GIL
 * released: the loop's put() has the OS wake it, `GIL_TIMING.wakeMs` later
 * (docs/model.md#gil-handoff); a thread that finds its next job already queued (`asleep` false)
 * never slept. Without a GIL (free-threaded) no wake-up is charged: a job starts at once.
 */
export function runJob(sim: Sim, th: SimThread, body: SyncOp[], task: Task, asleep = true): void {
  th.jobBody = body;
  th.jobStep = 0;
  th.jobTask = task;
  if (th.gil === null || !asleep) {
    startJob(sim, th);
    return;
  }
  const awake = roundTime(sim.now + GIL_TIMING.wakeMs);
  const first = body[0];
  // The request waits for its thread meanwhile (drawn as "waiting for a thread").
  sim.rec.fixedWait(task.request, first === undefined ? task.path : first.path, St.TokenWait, awake);
  th.onStepDone = th.startJob ?? jobStarter(sim, th);
  th.version++;
  sim.queue.push(awake, Priority.StateChange, task.request, EventKind.ThreadStepDone, th, th.version);
}

/** The thread, awake with its job, takes the GIL (or waits for it) and runs the first step. */
function startJob(sim: Sim, th: SimThread): void {
  const task = th.jobTask!;
  const next = th.nextJobStep ?? jobStepper(sim, th);
  const first = th.jobBody[0];
  if (th.gil !== null && !th.gil.acquire(sim, th, next, task.request, first === undefined ? task.path : first.path)) return;
  next();
}

function nextJobStep(sim: Sim, th: SimThread): void {
  const task = th.jobTask!;
  const op = th.jobBody[th.jobStep++];
  if (op === undefined) {
    const finish = th.finishJob ?? jobFinisher(sim, th);
    const last = th.jobBody[th.jobBody.length - 1];
    if (th.gil !== null && !th.gil.acquire(sim, th, finish, task.request, last === undefined ? task.path : last.path)) return;
    finish();
    return;
  }
  runStep(sim, th, op, task.request, th.nextJobStep!);
}

// The thread's three closures are made apart from the functions that use them: a function that
// makes a closure allocates the closure's context at every call, made or not.
function jobStepper(sim: Sim, th: SimThread): () => void {
  const next = () => nextJobStep(sim, th);
  th.nextJobStep = next;
  return next;
}

function jobStarter(sim: Sim, th: SimThread): () => void {
  const start = () => startJob(sim, th);
  th.startJob = start;
  return start;
}

function jobFinisher(sim: Sim, th: SimThread): () => void {
  const finish = () => finishJob(sim, th);
  th.finishJob = finish;
  return finish;
}

/** The job's result goes to the loop; the thread lets the GIL go and waits for its next job. */
function finishJob(sim: Sim, th: SimThread): void {
  const task = th.jobTask!;
  th.gil?.release(sim, th);
  th.jobTask = null;
  th.onJobDone!(task);
}
