/**
 * The same work made once per item of a collection, then awaited all together or one by one:
 *
 *   tasks = [asyncio.create_task(fetch(x)) for x in xs]   (or `tasks.append(…)` in a loop)
 *   for t in tasks: await t          → the tasks ran beside each other from their creation:
 *   await asyncio.gather(*tasks)       a gather, one branch per task, beside the code between
 *   await asyncio.wait(tasks)          (awaiting them one by one waits for the slowest at most)
 *   await asyncio.gather(*(fetch(x) for x in xs))   → one branch per coroutine
 *   coros = [fetch(x) for x in xs]; for c in coros: await c   → one after another: a
 *                                      coroutine runs none of its code until it is awaited
 *
 * How many: the count the code states (a literal `range(n)` or a list written out, as for any
 * loop, up to MAX_LOOP_REPEAT); otherwise one, and a note says so. Tasks appended in a loop
 * are taken to start when the loop starts (the loop's own steps run beside them).
 */
import type { AsyncStep } from '../scenario/types';
import type { BodyWalker, Frame } from './bodySteps';
import { callArgument } from './callArguments';
import { classifyCall, literalLength, rangeCount } from './callMeaning';
import { label } from './findings';
import { MAX_LOOP_REPEAT, repeatBody, repeats } from './repeatedSteps';
import { makesCoroutine, runItem } from './storedAwaitables';
import { fieldOf, headerText, nodeText, type PyNode } from './syntax';

/** One kind of work in a collection: `count` of it (null: LoopLab cannot tell how many). */
export interface FanItem {
  /** The call made per item: a coroutine (`fetch(x)`) or a task (`asyncio.create_task(fetch(x))`). */
  readonly call: PyNode;
  readonly task: boolean;
  readonly count: number | null;
  /** Where the count comes from, for a note when it is unknown (the comprehension, the loop). */
  readonly counted: PyNode;
  readonly frame: Frame;
}

/** What a loop's name stands for while it goes over a collection: an item (null: a task the loop counted already), and whether the body awaited it. */
export interface LoopItem {
  readonly item: FanItem | null;
  awaited: boolean;
}

/** A collection of coroutines or tasks kept in a name. */
export interface Fan {
  readonly items: FanItem[];
  /** The steps list the route was filling when the tasks started, and how long it was then. */
  readonly out: AsyncStep[];
  readonly mark: number;
}

const COMPREHENSIONS = new Set(['list_comprehension', 'generator_expression', 'set_comprehension']);

/** What a call makes, when it is work that runs only as it is awaited: a coroutine or a task; null otherwise. */
function madeWork(w: BodyWalker, call: PyNode | null | undefined, frame: Frame): { task: boolean } | null {
  if (call?.type !== 'call') return null;
  const meaning = classifyCall(w.resolver, call, frame.fn);
  if (meaning.kind === 'entry' && meaning.effect !== undefined && 'detachesTask' in meaning.effect) return { task: true };
  return makesCoroutine(meaning) ? { task: false } : null;
}

/**
 * The collection an expression makes, when every item is a coroutine or a task: a
 * comprehension (`[fetch(x) for x in xs]`) or a list or tuple written out; null otherwise.
 */
export function fanOf(w: BodyWalker, node: PyNode | null | undefined, frame: Frame, out: AsyncStep[]): Fan | null {
  if (!node) return null;
  if (COMPREHENSIONS.has(node.type)) {
    // The element is the comprehension's first child (tree-sitter-python gives it no field name).
    const element = fieldOf(node, 'body') ?? node.children[0];
    const made = madeWork(w, element, frame);
    if (!made) return null;
    let count: number | null = 1;
    for (const clause of node.children) {
      // A filter keeps as many items as the run decides.
      if (clause.type === 'if_clause') count = null;
      if (clause.type !== 'for_in_clause') continue;
      const iterable = fieldOf(clause, 'right');
      const n = rangeCount(w.resolver, iterable, frame.fn) ?? literalLength(w.resolver, iterable, frame.fn);
      count = count === null || n === null ? null : count * n;
    }
    return { items: [{ call: element!, ...made, count, counted: node, frame }], out, mark: out.length };
  }
  if (node.type !== 'list' && node.type !== 'tuple') return null;
  const items: FanItem[] = [];
  for (const child of node.children) {
    if (child.type === 'comment') continue;
    const made = madeWork(w, child, frame);
    if (!made) return null;
    items.push({ call: child, ...made, count: 1, counted: child, frame });
  }
  return items.length > 0 ? { items, out, mark: out.length } : null;
}

/** The iterables of a comprehension, evaluated where it is made (its elements wait for their await). */
export function walkIterables(w: BodyWalker, node: PyNode, frame: Frame, out: AsyncStep[]): void {
  if (!COMPREHENSIONS.has(node.type)) return;
  for (const clause of node.children) if (clause.type === 'for_in_clause') {
    const iterable = fieldOf(clause, 'right');
    if (iterable && rangeCount(w.resolver, iterable, frame.fn) === null) w.walk(iterable, frame, () => out);
  }
}

/**
 * `tasks.append(asyncio.create_task(fetch(x)))` (or `coros.append(fetch(x))`): the item joins
 * the collection kept in `tasks`, as many times as the loops around it run in this function.
 * False when the call is not that.
 */
export function appendToFan(w: BodyWalker, call: PyNode, frame: Frame, out: AsyncStep[]): boolean {
  const callee = fieldOf(call, 'function');
  if (callee?.type !== 'attribute') return false;
  const list = fieldOf(callee, 'object');
  if (list?.type !== 'identifier' || nodeText(w.text, fieldOf(callee, 'attribute')) !== 'append') return false;
  const item = callArgument(call, 0, null);
  const made = madeWork(w, item, frame);
  if (!made) return false;
  const loops = w.loops.filter((l) => l.fn === frame.fn);
  let count: number | null = 1;
  for (const l of loops) count = count === null || l.count === null ? null : count * l.count;
  const name = nodeText(w.text, list);
  const outer = loops[0];
  const fan = frame.fans.get(name) ?? { items: [], out: outer?.out ?? out, mark: outer?.mark ?? out.length };
  // Its arguments are evaluated now; the item's own work waits for its await.
  const args = fieldOf(item!, 'arguments');
  if (args && !made.task) w.walk(args, frame, () => out);
  fan.items.push({ call: item!, ...made, count, counted: loops[loops.length - 1]?.node ?? call, frame });
  frame.fans.set(name, fan);
  return true;
}

/** The collection a name or an expression stands for, taken out of the frame (it is awaited now). */
export function takeFan(w: BodyWalker, node: PyNode | null | undefined, frame: Frame, out: AsyncStep[]): Fan | null {
  if (node?.type === 'identifier') {
    const name = nodeText(w.text, node);
    const fan = frame.fans.get(name);
    if (fan) frame.fans.delete(name);
    return fan ?? null;
  }
  const fan = fanOf(w, node, frame, out);
  if (fan) walkIterables(w, node!, frame, out);
  return fan;
}

/** One branch per item of the collection, each run as it is awaited; a note where the count is a guess. */
export function fanBranches(w: BodyWalker, fan: Fan): AsyncStep[][] {
  const branches: AsyncStep[][] = [];
  for (const item of fan.items) {
    const branch = runItem(w, item);
    if (branch.length === 0) continue;
    branches.push(...repeats(w, branch, timesOf(w, item, 'all at once')));
  }
  return branches;
}

/** How many times an item counts: its count when known and at most MAX_LOOP_REPEAT, else once, said in a note. */
function timesOf(w: BodyWalker, item: FanItem, how: string): number {
  if (item.count !== null && item.count >= 1 && item.count <= MAX_LOOP_REPEAT) return Math.floor(item.count);
  if (item.count === 0) return 0;
  const where = label(headerText(w.text, item.counted));
  const what = label(nodeText(w.text, item.call));
  const many = item.count === null ? 'LoopLab cannot tell how many there are' : `there are ${item.count.toLocaleString('en-US')}, more than the ${MAX_LOOP_REPEAT} LoopLab repeats`;
  w.findings.note(item.counted, 'LOOP203', `${where}: ${what} once per item, ${how}; ${many}, so one is counted: repeat its steps in the editor for the real count`);
  return 1;
}

/**
 * A gather of a collection's tasks or coroutines (`asyncio.gather(*tasks)`, `asyncio.wait(tasks)`):
 * its branches, and for tasks, where in `out` the code that ran beside them begins (null: elsewhere).
 */
export function gatheredFan(w: BodyWalker, fan: Fan, out: AsyncStep[]): { branches: AsyncStep[][]; beside: number | null } {
  const tasks = fan.items.some((i) => i.task);
  return { branches: fanBranches(w, fan), beside: tasks && fan.out === out ? fan.mark : null };
}

/**
 * `for t in tasks:` (also `[await t for t in tasks]`) over a collection kept in a name: true
 * when it was one, its steps pushed to `out`. Tasks: they all ran from their creation, so the
 * loop is a gather of them beside the code since, then the body's other steps once per item
 * (awaiting a task that is done takes no time). Coroutines: each runs as the body awaits it,
 * one after another.
 */
export function loopOverFan(w: BodyWalker, node: PyNode, target: PyNode | null, iterable: PyNode | null, frame: Frame, out: AsyncStep[], walkBody: (into: AsyncStep[]) => void): boolean {
  if (target?.type !== 'identifier' || iterable?.type !== 'identifier' || !frame.fans.has(nodeText(w.text, iterable))) return false;
  const fan = takeFan(w, iterable, frame, out)!;
  const name = nodeText(w.text, target);
  const header = label(headerText(w.text, node));
  const bound = frame.items.get(name);
  if (fan.items.some((i) => i.task)) {
    const binding: LoopItem = { item: null, awaited: false };
    frame.items.set(name, binding);
    const body: AsyncStep[] = [];
    walkBody(body);
    // A loop that does not await them (`for t in tasks: t.cancel()`) leaves them unawaited.
    if (binding.awaited) {
      const { branches, beside } = gatheredFan(w, fan, out);
      if (beside !== null && out.length > beside) branches.push(out.splice(beside));
      if (branches.length > 0) out.push(w.located({ gather: branches }, node, `${header} (tasks started together)`));
    } else {
      frame.fans.set(nodeText(w.text, iterable), fan);
    }
    const total = fan.items.reduce<number | null>((n, i) => (n === null || i.count === null ? null : n + i.count), 0);
    repeatBody(w, body, total, node, header, out);
  } else {
    for (const item of fan.items) {
      frame.items.set(name, { item, awaited: false });
      const body: AsyncStep[] = [];
      walkBody(body);
      const times = body.length > 0 ? timesOf(w, item, 'awaited one after another') : 1;
      for (const steps of repeats(w, body, times)) out.push(...steps);
    }
  }
  if (bound === undefined) frame.items.delete(name);
  else frame.items.set(name, bound);
  return true;
}

/** Tasks of collections the function never awaited: they run on after it, not in the chart. */
export function unawaitedFans(w: BodyWalker, frame: Frame): void {
  for (const fan of frame.fans.values()) {
    for (const item of fan.items) {
      if (!item.task) continue;
      const coroutine = nodeText(w.text, callArgument(item.call, 0, null));
      w.findings.note(item.call, 'LOOP204', `${label(nodeText(w.text, item.call))} starts tasks the route does not wait for here: LoopLab does not follow them, so ${coroutine || 'their work'} is not in the chart (await them, or gather them, to have them counted)`);
    }
  }
  frame.fans.clear();
}
