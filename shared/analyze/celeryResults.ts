/**
 * How long `result.get()` waits for a Celery task the file defines: a worker runs the task's
 * code in another process while the caller blocks, so the wait is at least that code's steps
 * (run one after another, as one worker runs them), plus the time the message waits in the
 * queue, which nothing in the file says. A task LoopLab cannot see (a name, `send_task`) takes
 * the documented default.
 */
import type { AsyncStep } from '../scenario/types';
import type { BodyWalker, Frame } from './bodySteps';
import type { FunctionInfo } from './bindings';
import type { PyNode } from './syntax';

/** The task's own steps in ms, walked as the worker runs them; null when it has none. */
export function workerRunMs(w: BodyWalker, task: FunctionInfo, call: PyNode, frame: Frame): number | null {
  const steps: AsyncStep[] = [];
  // The task's code is not the route's: what its walk notes (unknown calls, loops) belongs to no route.
  const notes = w.findings.notes.length;
  const unknown = w.findings.unknownCalls.get(frame.root);
  const saved = unknown ? [...unknown] : undefined;
  w.follow(task, call, frame, steps, true);
  w.findings.notes.length = notes;
  if (saved) w.findings.unknownCalls.set(frame.root, saved);
  else w.findings.unknownCalls.delete(frame.root);
  const ms = total(steps);
  return ms > 0 ? ms : null;
}

/** Wall time of steps run one after another (a gather: its longest branch). */
function total(steps: readonly AsyncStep[]): number {
  let ms = 0;
  for (const s of steps) {
    if ('cpu' in s) ms += s.cpu;
    else if ('blocking_io' in s) ms += s.blocking_io;
    else if ('await_io' in s) ms += s.await_io;
    else if ('to_thread' in s) ms += total(s.to_thread);
    else if ('to_process' in s) ms += total(s.to_process);
    else if ('gather' in s) ms += Math.max(0, ...s.gather.map(total));
  }
  return ms;
}
