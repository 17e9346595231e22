/**
 * What a call does once its callee and arguments have been walked (`bodySteps.ts`): a
 * function of the file is followed; a catalogue row's effect becomes its step — blocking or
 * awaited I/O (a Celery result's wait as long as the task's own steps), a library's thread
 * hop, computation, a sleep of the length the code states — or hands the call to the module
 * that reads it: offloading, gathers and task groups, tasks kept in a name, streamed
 * responses; a background task is a note. Imported code the catalogue does not know is
 * listed per function, taken to cost nothing.
 */
import type { AsyncStep } from '../scenario/types';
import type { BodyWalker, Frame } from './bodySteps';
import { callArgument } from './callArguments';
import { cpuArguments, type Meaning } from './callMeaning';
import { timeoutMs, workerRunMs } from './celeryResults';
import { CPU_WHAT, IO_DEFAULTS, SLEEP_DEFAULT_MS, cpuMs, round } from './durations';
import { formatMs } from './diagnostics';
import { useExecutor } from './executorSizes';
import { label, type StepOrigin } from './findings';
import { statedNumber } from './literals';
import { offload, waitForPool } from './offloading';
import { streamedContent } from './streamingResponse';
import { fieldOf, nodeText, type PyNode } from './syntax';
import { detachedTask, runTask, storeTask } from './storedAwaitables';
import { gather, startTask, wrapped } from './taskGroups';

export function applyMeaning(w: BodyWalker, meaning: Meaning, call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean, whole: PyNode): void {
  const text = nodeText(w.text, whole);
  if (meaning.kind === 'unknown') {
    w.findings.unknown(frame.root, frame.via[0] ?? call, label(nodeText(w.text, call)));
    return;
  }
  if (meaning.kind === 'function') {
    w.follow(meaning.fn, call, frame, out, awaited);
    return;
  }
  if (meaning.kind !== 'entry' || meaning.effect === undefined) return;
  const { entry, effect } = meaning;
  const origin = (what: string, assumed: boolean) => ({ at: whole, text: label(text), entry, what, assumed, via: frame.via, source: 'catalogue' as const });
  if ('blocks' in effect) {
    const d = IO_DEFAULTS[effect.blocks];
    // Waiting for a worker to run a task of the file: as long as the task's own code, at least.
    const callee = effect.blocks === 'worker' ? fieldOf(call, 'function') : null;
    const result = callee?.type === 'attribute' ? w.resolver.resolve(fieldOf(callee, 'object'), frame.fn) : null;
    const task = result?.kind === 'instance' ? result.madeBy : undefined;
    const ms = task ? workerRunMs(w, task, call, frame) : null;
    // `result.get(timeout=30)` gives up after 30 s, however long the task takes.
    const limit = effect.blocks === 'worker' ? timeoutMs(w, call, frame) : null;
    const capped = limit !== null && (ms ?? d.ms) > limit ? `, cut at its timeout of ${formatMs(limit)}` : '';
    const wait = (v: number) => (limit !== null ? Math.min(v, limit) : v);
    if (task && ms !== null) push(w, out, w.located({ blocking_io: wait(ms), assumed: true }, whole, text), origin(`waiting for a worker to run ${task.name}, as long as its code's steps${capped}; its wait in the queue is not counted`, true));
    else push(w, out, w.located({ blocking_io: wait(d.ms), assumed: true }, whole, text), origin(`${d.what}${capped}`, true));
  } else if ('awaits' in effect) {
    if (!awaited) return; // a coroutine made, not awaited here (gather or a task may await it)
    const d = IO_DEFAULTS[effect.awaits];
    const thread = effect.ownThread ? " on the connection's own thread (aiosqlite starts one per connection: no pool, so no wait for a thread)" : '';
    push(w, out, w.located({ await_io: d.ms, assumed: true }, whole, text), origin(`${d.what}${thread}`, true));
  } else if ('awaitsThread' in effect) {
    if (!awaited) return;
    const d = IO_DEFAULTS[effect.awaitsThread];
    if (effect.pool === 'executor') useExecutor(w, null, 'thread', frame);
    const inner = w.located({ blocking_io: d.ms, assumed: true }, whole, text);
    w.findings.origins.set(inner, origin(d.what, true));
    out.push(w.located({ to_thread: [inner], pool: effect.pool }, whole, text));
  } else if ('computes' in effect) {
    const ms = cpuMs(effect.computes, cpuArguments(w.resolver, call, frame.fn));
    push(w, out, w.located({ cpu: ms, assumed: true }, whole, text), origin(CPU_WHAT[effect.computes], true));
  } else if ('sleeps' in effect) {
    if (effect.sleeps === 'awaited' && !awaited) return;
    const seconds = statedNumber(w.resolver, callArgument(call, 0, 'seconds', w.text) ?? callArgument(call, 0, 'delay', w.text), frame.fn);
    const stated = seconds !== null && seconds >= 0;
    const ms = stated ? round(seconds * 1000) : SLEEP_DEFAULT_MS;
    const step: AsyncStep = effect.sleeps === 'blocking' ? { blocking_io: ms } : { await_io: ms };
    if (!stated) step.assumed = true;
    push(w, out, w.located(step, whole, text), origin('a sleep whose length is computed at run time', !stated));
  } else if ('offloads' in effect) {
    offload(w, effect, call, frame, out, whole);
  } else if ('waitsForPool' in effect) {
    waitForPool(w, effect, call, frame, out, whole);
  } else if ('gathers' in effect) {
    gather(w, effect, call, frame, out, whole);
  } else if ('startsTask' in effect) {
    startTask(w, effect, call, frame);
  } else if ('wraps' in effect) {
    wrapped(w, call, frame, out, awaited);
  } else if ('detachesTask' in effect) {
    // Awaited at once it is the coroutine awaited; kept in a name, it is awaited later or never.
    if (awaited) runTask(w, { call, frame, out, mark: out.length }, out);
    else if (w.assignedName(call) !== null) storeTask(call, w.assignedName(call)!, frame, out);
    else detachedTask(w, call, text);
  } else if ('streams' in effect) {
    streamedContent(w, call, frame, out);
  } else if ('background' in effect) {
    const task = nodeText(w.text, callArgument(call, 0, null));
    w.findings.note(call, 'LOOP204', `background task ${task || '(unknown)'} runs after the response is sent: the scenario ends at the response, so its work is not in the chart (it still takes a pool thread, or the loop, while it runs)`);
  }
}

/** A step and where it came from, added to the route. */
function push(w: BodyWalker, out: AsyncStep[], step: AsyncStep, origin: StepOrigin): void {
  w.findings.origins.set(step, origin);
  out.push(step);
}
