/**
 * Waiting for a Celery task. `result.get()` waits for a task the file defines at least as
 * long as its code's steps (a worker runs them one after another in another process while
 * the caller blocks), capped by the `timeout=` the call states, plus the time the message
 * waits in the broker's queue, which nothing in the file says and is not counted. A task
 * LoopLab cannot see (a name, `send_task`) takes the documented default.
 *
 * Polling instead (`while not result.ready(): …`) asks the result backend once per round; how
 * many rounds is the task's run plus its queue wait, so the loop counts once and its note
 * says what is missing rather than invent a number.
 */
import type { AsyncStep } from '../scenario/types';
import type { BodyWalker, Frame } from './bodySteps';
import type { FunctionInfo } from './bindings';
import { callArgument } from './callArguments';
import { formatMs } from './diagnostics';
import { label } from './findings';
import { statedNumber } from './literals';
import { fieldOf, headerText, type PyNode } from './syntax';

/** `result.get(timeout=30)`: the most the call waits, in ms, when the code states it; null otherwise. */
export function timeoutMs(w: BodyWalker, call: PyNode, frame: Frame): number | null {
  const seconds = statedNumber(w.resolver, callArgument(call, 0, 'timeout', w.text), frame.fn);
  return seconds !== null && seconds >= 0 ? seconds * 1000 : null;
}

/**
 * The note for a `while` loop whose steps ask a Celery result backend (`result.ready()`,
 * `result.state`): null when its steps do not. `steps` are the loop's, counted once.
 */
export function pollingNote(w: BodyWalker, node: PyNode, steps: readonly AsyncStep[], frame: Frame): string | null {
  let poll: PyNode | null = null;
  for (const step of steps) {
    const origin = w.findings.origins.get(step);
    const effect = origin?.entry?.effect;
    if (effect !== undefined && 'blocks' in effect && effect.blocks === 'backend') {
      poll = origin!.at as PyNode;
      break;
    }
  }
  if (poll === null) return null;
  const header = label(headerText(w.text, node));
  // The value polled: `result` in `result.ready()` or `result.state`.
  const member = poll.type === 'call' ? fieldOf(poll, 'function') : poll;
  const value = member?.type === 'attribute' ? w.resolver.resolve(fieldOf(member, 'object'), frame.fn) : null;
  const task = value?.kind === 'instance' ? value.madeBy : undefined;
  const ms = task && poll.type === 'call' ? workerRunMs(w, task, poll, frame) : null;
  const run = task ? `${task.name}'s run${ms !== null ? ` (its steps: ${formatMs(ms)})` : ''}` : "the task's run";
  return `${header}: polls a Celery task's state until a worker has run it, as many rounds as ${run} and its wait in the broker's queue take; the file does not say how long the queue is, so one round is counted: repeat its steps in the editor for the real count`;
}

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

/** Wall time of steps run one after another (a gather: its longest branch), with nothing else running. */
export function total(steps: readonly AsyncStep[]): number {
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
