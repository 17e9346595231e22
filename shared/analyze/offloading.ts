/**
 * Work handed to a thread or a process: `run_in_threadpool(f, x)`, `asyncio.to_thread(f, x)`,
 * `loop.run_in_executor(pool, f, x)` (a ProcessPoolExecutor the file makes is a process; an
 * executor LoopLab cannot tell is assumed a thread pool, and said so). The function handed
 * over is run as a value (`f`, `partial(f, x)`, `lambda: f(x)`); when it has no steps LoopLab
 * can see, the hop costs an assumed default.
 */
import type { AsyncStep, SyncStep, ThreadPoolKind } from '../scenario/types';
import type { BodyWalker, Frame } from './bodySteps';
import { callArgument, positionalArguments } from './callArguments';
import { meaningOf } from './callMeaning';
import type { Effect } from './catalogue';
import { OFFLOAD_DEFAULTS } from './durations';
import { total } from './celeryResults';
import { useExecutor } from './executorSizes';
import { label } from './findings';
import { fieldOf, nodeText, type PyNode } from './syntax';

export function offload(w: BodyWalker, effect: Extract<Effect, { offloads: unknown }>, call: PyNode, frame: Frame, out: AsyncStep[], whole: PyNode): void {
  let where: ThreadPoolKind | 'process' = effect.offloads === 'by-executor' ? 'executor' : effect.offloads;
  if (effect.offloads === 'by-executor') {
    const executor = callArgument(call, 0, null);
    const value = executor && executor.type !== 'none' ? w.resolver.resolve(executor, frame.fn) : null;
    const made = value?.kind === 'instance' && (value.type === 'concurrent.futures.ProcessPoolExecutor' || value.type === 'concurrent.futures.ThreadPoolExecutor');
    if (value?.kind === 'instance' && value.type === 'concurrent.futures.ProcessPoolExecutor') where = 'process';
    else if (value !== null && !made) {
      w.findings.note(executor!, 'LOOP201', `${label(nodeText(w.text, executor))}: assumed to be a thread pool (LoopLab could not tell which executor this is; a ProcessPoolExecutor would run the work in another process)`);
    }
    useExecutor(w, made ? executor : null, where === 'process' ? 'process' : 'thread', frame);
  } else if (effect.offloads !== 'anyio') {
    useExecutor(w, null, effect.offloads === 'process' ? 'process' : 'thread', frame);
  }
  const args = positionalArguments(call);
  const target = args[effect.fn];
  const steps: AsyncStep[] = [];
  if (target) runFunction(w, target, args.slice(effect.fn + 1), call, frame, steps, false);
  let body = steps.filter((s): s is SyncStep => 'cpu' in s || 'blocking_io' in s);
  if (body.length === 0) {
    const d = where === 'process' ? OFFLOAD_DEFAULTS.process : OFFLOAD_DEFAULTS.thread;
    const name = label(nodeText(w.text, target));
    const step: SyncStep = w.located(where === 'process' ? { cpu: d.ms, assumed: true } : { blocking_io: d.ms, assumed: true }, target ?? call, name || nodeText(w.text, call));
    w.findings.origins.set(step, { at: target ?? call, text: name, what: d.what, assumed: true, via: frame.via, source: 'default' });
    body = [step];
  }
  const text = nodeText(w.text, whole);
  out.push(where === 'process' ? w.located({ to_process: body }, whole, text) : w.located({ to_thread: body, pool: where }, whole, text));
}

/**
 * `ex.map(f, xs)` or `ex.submit(f, x)` on a ThreadPoolExecutor the file makes: f runs on the
 * pool's threads while this code waits for it (map's results, submit's `result()`, or the
 * with block's end, which waits for every call). The model has no pool a thread or the loop
 * blocks on, so it is one blocking wait as long as one run of f's steps (the items side by
 * side, as a pool with a worker each runs them), marked assumed.
 */
export function waitForPool(w: BodyWalker, effect: Extract<Effect, { waitsForPool: unknown }>, call: PyNode, frame: Frame, out: AsyncStep[], whole: PyNode): void {
  const target = positionalArguments(call)[effect.fn];
  const steps: AsyncStep[] = [];
  if (target) runFunction(w, target, [], call, frame, steps, false);
  const name = label(nodeText(w.text, target)) || 'the function';
  const ms = steps.length > 0 ? total(steps) : OFFLOAD_DEFAULTS.thread.ms;
  const method = nodeText(w.text, fieldOf(fieldOf(call, 'function') ?? call, 'attribute'));
  const items = method === 'map' ? ': the items are taken to run side by side' : '';
  const what = steps.length > 0 ? `waiting for the pool's threads to run ${name}, as long as one run of its steps${items}` : `waiting for the pool's threads to run ${name} (${OFFLOAD_DEFAULTS.thread.what})`;
  const step = w.located({ blocking_io: ms, assumed: true }, whole, nodeText(w.text, whole));
  w.findings.origins.set(step, { at: whole, text: label(nodeText(w.text, whole)), what, assumed: true, via: frame.via, source: 'catalogue' });
  out.push(step);
}

/** Runs a function given as a value (`f`, `partial(f, x)`, `lambda: f(x)`) with arguments. */
export function runFunction(w: BodyWalker, target: PyNode, args: PyNode[], call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean): void {
  if (target.type === 'lambda') {
    const body = fieldOf(target, 'body');
    if (body) w.walk(body, frame, () => out);
    return;
  }
  if (target.type === 'call') {
    // functools.partial(f, …): the function is its first argument.
    const callee = w.resolver.resolve(fieldOf(target, 'function'), frame.fn);
    if (callee.kind === 'name' && callee.path === 'functools.partial') {
      const inner = callArgument(target, 0, null);
      if (inner) runFunction(w, inner, [], call, frame, out, awaited);
    }
    return;
  }
  const value = w.resolver.resolve(target, frame.fn);
  const meaning = meaningOf(w.resolver, value);
  if (meaning.kind === 'function') w.follow(meaning.fn, call, frame, out, awaited || !meaning.fn.isAsync);
  // A library call handed over with its arguments (`to_thread(time.sleep, 1)`): what those arguments state counts.
  else if (meaning.kind === 'entry') w.apply(meaning, args.length > 0 ? callMadeBy(target, args) : call, frame, out, awaited, target);
}

/** The call a pool makes of `target` with `args` (`time.sleep(1)` for `to_thread(time.sleep, 1)`), as a node its arguments are read from. */
function callMadeBy(target: PyNode, args: PyNode[]): PyNode {
  const end = args[args.length - 1]!.end;
  const argumentList: PyNode = { type: 'argument_list', field: 'arguments', start: target.end, end, children: args, error: undefined };
  return { type: 'call', field: null, start: target.start, end, children: [{ ...target, field: 'function' }, argumentList], error: undefined };
}
