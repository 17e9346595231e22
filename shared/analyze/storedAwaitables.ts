/**
 * Work started first and awaited later, through a name. A coroutine kept in a name
 * (`pending = fetch(); …; await pending`) runs none of its code until it is awaited, so its
 * steps are where the await is. A task (`task = asyncio.create_task(fetch())`) starts at once
 * and runs beside the route's own code until `await task` (or `asyncio.gather(task, …)`,
 * `asyncio.wait_for(task, …)`): that code and the task are a gather, from the create_task to
 * the await (to the loop's start, when a `for` loop begun after it awaits it). A task the function never awaits runs after the route's part in the chart
 * ends: not followed, and said so (LOOP204), as before.
 */
import type { AsyncStep } from '../scenario/types';
import type { BodyWalker, Frame } from './bodySteps';
import { callArgument } from './callArguments';
import { classifyCall, type Meaning } from './callMeaning';
import { localsOf } from './bindings';
import { label } from './findings';
import type { FanItem, LoopItem } from './fanOut';
import { nodeText, type PyNode } from './syntax';

/** A task kept in a name, not yet awaited. */
export interface StoredTask {
  /** The `asyncio.create_task(…)` call. */
  readonly call: PyNode;
  /** The frame it was started in (its coroutine's steps are walked from there). */
  readonly frame: Frame;
  /** The steps list the route was filling when the task started, and how long it was then. */
  readonly out: AsyncStep[];
  readonly mark: number;
}

/** A task started by `name = asyncio.create_task(coro)`: kept until the function awaits it. */
export function storeTask(call: PyNode, name: string, frame: Frame, out: AsyncStep[]): void {
  frame.tasks.set(name, { call, frame, out, mark: out.length });
}

/** What awaiting the name `node` adds, pushed to `out`; false when the name holds no coroutine or task LoopLab saw made. */
export function awaitName(w: BodyWalker, node: PyNode, frame: Frame, out: AsyncStep[]): boolean {
  const branch: AsyncStep[] = [];
  const task = awaitedName(w, node, frame, branch, out);
  if (task === false) return false;
  if (branch.length === 0) return true;
  if (task === null || task.since === null || out.length <= task.since) {
    out.push(...branch);
    return true;
  }
  // The code between the create_task and this await ran beside the task.
  const beside = out.splice(task.since);
  out.push(w.located({ gather: [branch, beside] }, task.at, `${nodeText(w.text, task.at)} … await ${nodeText(w.text, node)}`));
  return true;
}

/**
 * The steps of what the name `node` holds, into `into`: false when it holds no coroutine or
 * task LoopLab saw made; for a task, the call that started it and where in `out` the code
 * that ran beside it begins (null when that code was in another list: a loop's body, the
 * other side of a dependency's yield).
 */
export function awaitedName(w: BodyWalker, node: PyNode, frame: Frame, into: AsyncStep[], out: AsyncStep[]): { at: PyNode; since: number | null } | null | false {
  if (node.type !== 'identifier') return false;
  const name = nodeText(w.text, node);
  // A loop's name for an item of a collection of coroutines or tasks (`for t in tasks: await t`).
  const item = frame.items.get(name);
  if (item !== undefined) {
    awaitItem(w, item, into);
    return null;
  }
  const task = frame.tasks.get(name);
  if (task) {
    frame.tasks.delete(name);
    if (task.out !== out && joinBeforeLoop(w, task, node, frame)) return null;
    runTask(w, task, into);
    return { at: task.call, since: task.out === out ? task.mark : null };
  }
  // The coroutine assigned to the name last before this await (`pending = fetch_profile(id)`).
  const values = localsOf(frame.fn, w.text).get(name) ?? [];
  let made: PyNode | undefined;
  for (const v of values) if (v.type === 'call' && v.end <= node.start) made = v;
  if (!made) return false;
  const meaning = classifyCall(w.resolver, made, frame.fn);
  if (!makesCoroutine(meaning)) return false;
  // Its arguments were evaluated where it was made: only the coroutine's own steps run here.
  w.apply(meaning, made, frame, into, true, made);
  return null;
}

/**
 * A task awaited in a `for` loop that began after it started (`task = create_task(…)`, then
 * `for x in xs: … await task`): it has run since its create_task, so it is a gather beside
 * the code from there to the loop, put where the loop begins; the loop's own steps follow.
 * Its first await waits for what is left of it and the later ones return at once, so the
 * task counts once, not once per run of the body. The first run's steps before the await
 * would have run beside it too: counted after it instead, and a note says so. False when no
 * such loop is open (the task was made in another list: a loop's body, a dependency's yield).
 */
function joinBeforeLoop(w: BodyWalker, task: StoredTask, node: PyNode, frame: Frame): boolean {
  const loop = w.loops.find((l) => l.fn === frame.fn && l.out === task.out && l.mark >= task.mark);
  if (loop === undefined) return false;
  const branch: AsyncStep[] = [];
  runTask(w, task, branch);
  const beside = task.out.splice(task.mark);
  if (beside.length === 0) task.out.push(...branch);
  else if (branch.length > 0) task.out.push(w.located({ gather: [branch, beside] }, task.call, `${nodeText(w.text, task.call)} … await ${nodeText(w.text, node)}`));
  else task.out.push(...beside);
  const line = (n: PyNode) => w.resolver.lines.position(n.start).line;
  w.findings.note(node, 'LOOP203', `await ${nodeText(w.text, node)}: the task runs from its create_task (line ${line(task.call)}); LoopLab counts it as done when the loop at line ${line(loop.node)} begins (the first await waits for what is left of it, the later ones return at once), so the loop's steps before this await, in its first run, are counted after it rather than beside it`);
  return true;
}

/**
 * The names in a list, tuple or set written out (`asyncio.wait([t1, t2])`), or last assigned
 * to the name `node` (`pending = (t1, t2)`), when each names a task this function keeps and
 * has not awaited yet; null otherwise.
 */
export function storedTaskNames(w: BodyWalker, node: PyNode | null | undefined, frame: Frame): PyNode[] | null {
  let list = node;
  if (node?.type === 'identifier') {
    list = undefined;
    for (const v of localsOf(frame.fn, w.text).get(nodeText(w.text, node)) ?? []) if (v.end <= node.start) list = v;
  }
  if (!list || (list.type !== 'list' && list.type !== 'tuple' && list.type !== 'set')) return null;
  const names = list.children.filter((c) => c.type !== 'comment');
  return names.length > 0 && names.every((n) => n.type === 'identifier' && frame.tasks.has(nodeText(w.text, n))) ? names : null;
}

/** The task's coroutine, run as the route awaits it. */
export function runTask(w: BodyWalker, task: StoredTask, into: AsyncStep[]): void {
  const coroutine = callArgument(task.call, 0, 'coro', w.text);
  const frame = w.nested(task.frame);
  if (coroutine?.type === 'call') w.visitCall(coroutine, frame, into, true, coroutine);
  else if (coroutine) awaitedName(w, coroutine, frame, into, into);
}

/** Tasks the function started and never awaited: they run on after it, not in the chart. */
export function unawaitedTasks(w: BodyWalker, frame: Frame): void {
  for (const task of frame.tasks.values()) detachedTask(w, task.call, nodeText(w.text, task.call));
  frame.tasks.clear();
}

/** `asyncio.create_task(x())` the route does not wait for. */
export function detachedTask(w: BodyWalker, call: PyNode, text: string): void {
  const task = nodeText(w.text, callArgument(call, 0, null));
  w.findings.note(call, 'LOOP204', `${label(text)} starts a task the route does not wait for here: LoopLab does not follow it, so ${task || 'its work'} is not in the chart (it runs on the event loop beside the requests; await it, or start it in asyncio.gather or a TaskGroup, to have it counted)`);
}

/** A call whose work waits for an await: an async function of the file, or a catalogue call that is awaited to run (`asyncio.wait_for(…)` too). */
export function makesCoroutine(meaning: Meaning): boolean {
  if (meaning.kind === 'function') return meaning.fn.isAsync;
  if (meaning.kind !== 'entry' || meaning.effect === undefined) return false;
  const effect = meaning.effect;
  return 'awaits' in effect || 'awaitsThread' in effect || 'wraps' in effect || ('sleeps' in effect && effect.sleeps === 'awaited');
}

/** Awaiting a loop's name bound to an item of a collection: the item's steps (a coroutine), or none (a task already counted). */
export function awaitItem(w: BodyWalker, binding: LoopItem, into: AsyncStep[]): void {
  binding.awaited = true;
  if (binding.item !== null) into.push(...runItem(w, binding.item));
}

/** The steps of one item of a collection, run where it is awaited. */
export function runItem(w: BodyWalker, item: FanItem): AsyncStep[] {
  const branch: AsyncStep[] = [];
  const frame = w.nested(item.frame);
  if (item.task) runTask(w, { call: item.call, frame: item.frame, out: branch, mark: 0 }, branch);
  else w.apply(classifyCall(w.resolver, item.call, item.frame.fn), item.call, frame, branch, true, item.call);
  return branch;
}
