/**
 * Awaiting several things at once: `asyncio.gather(a(), b())` (one branch per awaitable),
 * tasks started in an `async with TaskGroup()` block (the block's end is a gather of them),
 * and the calls that wrap one awaitable (`asyncio.wait_for`, `asyncio.shield`). A task
 * started outside a group is not followed, and said so.
 */
import type { AsyncStep } from '../scenario/types';
import type { BodyWalker, Frame } from './bodySteps';
import { callArgument, positionalArguments } from './callArguments';
import type { Effect } from './catalogue';
import { label } from './findings';
import { runFunction } from './offloading';
import { fieldOf, nodeText, type PyNode } from './syntax';

/** Gathers inside gathers are followed this deep. */
const MAX_GATHER_DEPTH = 8;

/** A frame for a branch run beside others: one gather deeper, outside the caller's task groups. */
export function nested(frame: Frame): Frame {
  return { ...frame, gatherDepth: frame.gatherDepth + 1, groups: [] };
}

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
  if (body) w.walkBlock(body, frame, out, onYield);
  frame.groups.pop();
  // The group waits for every task when the block ends: a gather of them.
  const branches = group.filter((b) => b.length > 0);
  if (branches.length > 0) out().push(w.located({ gather: branches }, node, `async with ${nodeText(w.text, clause).split('\n')[0]}`));
}

/** `asyncio.gather(a(), b())`: one branch per awaitable argument. */
export function gather(w: BodyWalker, call: PyNode, frame: Frame, out: AsyncStep[], whole: PyNode): void {
  if (frame.gatherDepth >= MAX_GATHER_DEPTH) return;
  const branches: AsyncStep[][] = [];
  for (const arg of fieldOf(call, 'arguments')?.children ?? []) {
    if (arg.type === 'keyword_argument') continue;
    const branch: AsyncStep[] = [];
    const inner = arg.type === 'list_splat' ? arg.children[0] : arg;
    if (inner?.type === 'call') w.visitCall(inner, nested(frame), branch, true, inner);
    else if (inner) w.walk(inner, nested(frame), () => branch);
    if (arg.type === 'list_splat') {
      w.findings.note(arg, 'LOOP203', `${label(nodeText(w.text, arg))}: a gather over a list counts as one branch (LoopLab cannot tell how long the list is)`);
    }
    if (branch.length > 0) branches.push(branch);
  }
  if (branches.length > 0) out.push(w.located({ gather: branches }, whole, nodeText(w.text, whole)));
}

/** `tg.create_task(x())` / `tg.start_soon(f, x)` in a TaskGroup block: a branch of the gather the block ends in. */
export function startTask(w: BodyWalker, effect: Extract<Effect, { startsTask: unknown }>, call: PyNode, frame: Frame): void {
  const group = frame.groups[frame.groups.length - 1];
  if (!group) return;
  const branch: AsyncStep[] = [];
  const first = callArgument(call, 0, null);
  if (effect.startsTask === 'coroutine' && first?.type === 'call') w.visitCall(first, nested(frame), branch, true, first);
  else if (first) runFunction(w, first, positionalArguments(call).slice(1), call, nested(frame), branch, true);
  group.push(branch);
}

/** `await asyncio.wait_for(client.get(url), 5)`: the inner call is what is awaited. */
export function wrapped(w: BodyWalker, call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean): void {
  const inner = callArgument(call, 0, null);
  for (const arg of fieldOf(call, 'arguments')?.children ?? []) if (arg !== inner) w.walk(arg, frame, () => out);
  if (inner?.type === 'call') w.visitCall(inner, frame, out, awaited, inner);
  else if (inner) w.walk(inner, frame, () => out);
}

/** `asyncio.create_task(x())` outside a group: the route does not wait for it here. */
export function detachedTask(w: BodyWalker, call: PyNode, text: string): void {
  const task = nodeText(w.text, callArgument(call, 0, null));
  w.findings.note(call, 'LOOP204', `${label(text)} starts a task the route does not wait for here: LoopLab does not follow it, so ${task || 'its work'} is not in the chart (it runs on the event loop beside the requests; await it, or start it in asyncio.gather or a TaskGroup, to have it counted)`);
}
