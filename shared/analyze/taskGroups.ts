/**
 * Awaiting several things at once: `asyncio.gather(a(), b())` (one branch per awaitable),
 * tasks started in an `async with TaskGroup()` block (the block's end is a gather of them),
 * and the calls that wrap one awaitable (`asyncio.wait_for`, `asyncio.shield`); what they
 * await may be a coroutine or task kept in a name (`storedAwaitables.ts`).
 */
import type { AsyncStep } from '../scenario/types';
import type { BodyWalker, Frame } from './bodySteps';
import { callArgument, positionalArguments } from './callArguments';
import type { Effect } from './catalogue';
import { label } from './findings';
import { runFunction } from './offloading';
import { awaitName, awaitedName, storedTaskNames } from './storedAwaitables';
import { gatheredFan, takeFan } from './fanOut';
import { MAX_LOOP_REPEAT, copyStep } from './repeatedSteps';
import { total } from './celeryResults';
import { fieldOf, nodeText, type PyNode } from './syntax';

/** Gathers inside gathers are followed this deep. */
const MAX_GATHER_DEPTH = 8;

/** `with …:` / `async with …:`: the context managers' calls, then the body; a TaskGroup's block ends in a gather of its tasks. */
export function visitWith(w: BodyWalker, node: PyNode, frame: Frame, out: () => AsyncStep[], onYield?: () => void): void {
  const isAsync = w.text.startsWith('async', node.start);
  const clause = node.children.find((c) => c.type === 'with_clause');
  const body = fieldOf(node, 'body');
  let group: AsyncStep[][] | null = null;
  for (const item of clause?.children ?? []) {
    const value = fieldOf(item, 'value');
    const expr = value?.type === 'as_pattern' ? value.children[0] : value;
    if (!expr) continue;
    // `async with x:` awaits x.__aenter__: for these libraries, the call itself.
    if (expr.type === 'call') w.visitCall(expr, frame, out(), isAsync, expr);
    else w.walk(expr, frame, out);
    const made = w.resolver.resolve(expr, frame.fn);
    if (made.kind === 'instance' && (made.type === 'asyncio.TaskGroup' || made.type === 'anyio.TaskGroup')) group = [];
  }
  if (group === null) {
    if (body) w.walkBlock(body, frame, out, onYield);
    return;
  }
  frame.groups.push(group);
  groupLoops.set(group, w.loops.length);
  if (body) w.walkBlock(body, frame, out, onYield);
  frame.groups.pop();
  // The group waits for every task when the block ends: a gather of them.
  const branches = group.filter((b) => b.length > 0);
  if (branches.length > 0) out().push(w.located({ gather: branches }, node, `async with ${nodeText(w.text, clause).split('\n')[0]}`));
}

/**
 * `asyncio.gather(a(), b())`: one branch per awaitable argument; `asyncio.gather(*tasks)` and
 * `asyncio.wait(tasks)`: one per item of a collection the function made (`fanOut.ts`).
 */
export function gather(w: BodyWalker, effect: Extract<Effect, { gathers: unknown }>, call: PyNode, frame: Frame, out: AsyncStep[], whole: PyNode): void {
  if (frame.gatherDepth >= MAX_GATHER_DEPTH) return;
  const branches: AsyncStep[][] = [];
  // Where the code that ran beside tasks gathered here starts in `out` (from the first create_task).
  let beside: number | null = null;
  const collection = (node: PyNode | undefined): boolean => {
    const fan = takeFan(w, node, frame, out);
    if (!fan) return false;
    const gathered = gatheredFan(w, fan, out);
    branches.push(...gathered.branches);
    if (gathered.beside !== null) beside = Math.min(beside ?? gathered.beside, gathered.beside);
    return true;
  };
  // `asyncio.wait([t1, t2])`: tasks kept in names, each a branch (from where it started).
  const namedTasks = (node: PyNode | undefined): boolean => {
    const names = storedTaskNames(w, node, frame);
    if (names === null) return false;
    for (const name of names) {
      const branch: AsyncStep[] = [];
      const stored = awaitedName(w, name, w.nested(frame), branch, out);
      if (stored && stored.since !== null) beside = Math.min(beside ?? stored.since, stored.since);
      if (branch.length > 0) branches.push(branch);
    }
    return true;
  };
  for (const arg of fieldOf(call, 'arguments')?.children ?? []) {
    if (arg.type === 'keyword_argument') continue;
    if (effect.gathers === 'collection') {
      // `asyncio.wait(tasks, timeout=…)`: its first argument is the collection.
      if (!collection(arg) && !namedTasks(arg)) w.walk(arg, frame, () => out);
      else firstCompleted(w, call, branches);
      break;
    }
    const branch: AsyncStep[] = [];
    const inner = arg.type === 'list_splat' ? arg.children[0] : arg;
    if (arg.type === 'list_splat' && (collection(inner) || namedTasks(inner))) continue;
    // A coroutine or task kept in a name: its steps are in the branch.
    const stored = inner?.type === 'identifier' ? awaitedName(w, inner, w.nested(frame), branch, out) : false;
    if (stored !== false) {
      if (stored !== null && stored.since !== null) beside = Math.min(beside ?? stored.since, stored.since);
    } else if (inner?.type === 'call') w.visitCall(inner, w.nested(frame), branch, true, inner);
    else if (inner) w.walk(inner, w.nested(frame), () => branch);
    if (arg.type === 'list_splat') {
      const what = label(nodeText(w.text, arg));
      w.findings.note(arg, 'LOOP203', branch.length > 0
        ? `${what}: a gather over a list counts as one branch (LoopLab cannot tell how long the list is)`
        : `${what}: LoopLab cannot tell what this list holds (it reads lists of coroutines or tasks the function makes), so its work is not in the chart`);
    }
    if (branch.length > 0) branches.push(branch);
  }
  if (beside !== null && out.length > beside) branches.push(out.splice(beside));
  if (branches.length > 0) out.push(w.located({ gather: branches }, whole, nodeText(w.text, whole)));
}

/**
 * `asyncio.wait(tasks, return_when=FIRST_COMPLETED)` returns when the first task ends: only
 * the quickest branch is waited for (the others run on, not in the chart, and a note says so).
 */
function firstCompleted(w: BodyWalker, call: PyNode, branches: AsyncStep[][]): void {
  const when = callArgument(call, -1, 'return_when', w.text);
  if (branches.length < 2 || when === null || !/\bFIRST_COMPLETED$/.test(nodeText(w.text, when))) return;
  const quickest = branches.reduce((a, b) => (total(b) < total(a) ? b : a));
  branches.splice(0, branches.length, quickest);
  w.findings.note(call, 'LOOP204', `${label(nodeText(w.text, call))} returns when the first task ends: the route waits for the quickest, and the others run on beside the requests, not in the chart`);
}

/**
 * `tg.create_task(x())` / `tg.start_soon(f, x)` in a TaskGroup block: a branch of the gather
 * the block ends in; in a loop inside the block, one branch per run of the loop's body (its
 * count when the code states it, at most MAX_LOOP_REPEAT; else one, and a note says so).
 */
export function startTask(w: BodyWalker, effect: Extract<Effect, { startsTask: unknown }>, call: PyNode, frame: Frame): void {
  const group = frame.groups[frame.groups.length - 1];
  if (!group) return;
  const branch: AsyncStep[] = [];
  const first = callArgument(call, 0, null);
  if (effect.startsTask === 'coroutine' && first?.type === 'call') w.visitCall(first, w.nested(frame), branch, true, first);
  else if (first) runFunction(w, first, positionalArguments(call).slice(1), call, w.nested(frame), branch, true);
  const loops = w.loops.slice(groupLoops.get(group) ?? 0).filter((l) => l.fn === frame.fn);
  let count: number | null = 1;
  for (const l of loops) count = count === null || l.count === null ? null : count * l.count;
  const times = count !== null && count <= MAX_LOOP_REPEAT ? count : 1;
  if (times !== count && branch.length > 0) {
    const many = count === null ? 'LoopLab cannot tell how many times the loop runs' : `the loop runs ${count.toLocaleString('en-US')} times, more than the ${MAX_LOOP_REPEAT} LoopLab repeats`;
    w.findings.note(call, 'LOOP203', `${label(nodeText(w.text, call))} starts a task each time round the loop; ${many}, so one task is counted: repeat its steps in the editor for the real count`);
  }
  for (let i = 0; i < times; i++) group.push(i === 0 ? branch : branch.map((s) => copyStep(w, s)));
}

/** How many loops were open when each TaskGroup block began: loops inside the block repeat its tasks. */
const groupLoops = new WeakMap<AsyncStep[][], number>();

/** `await asyncio.wait_for(client.get(url), 5)`: the inner call is what is awaited. */
export function wrapped(w: BodyWalker, call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean): void {
  const inner = callArgument(call, 0, null);
  for (const arg of fieldOf(call, 'arguments')?.children ?? []) if (arg !== inner) w.walk(arg, frame, () => out);
  if (inner?.type === 'call') w.visitCall(inner, frame, out, awaited, inner);
  else if (inner && !(awaited && awaitName(w, inner, frame, out))) w.walk(inner, frame, () => out);
}

