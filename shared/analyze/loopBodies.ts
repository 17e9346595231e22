/**
 * Python loops in a walked body: how many times their steps count. A `for` over a literal
 * `range(n)` or a list or tuple written out (n ≤ MAX_LOOP_REPEAT) repeats its body's steps n
 * times; any other loop with steps counts its body once, and says so. A loop with no steps in
 * its body is pure Python: with a count the code states it is CPU of an assumed cost per
 * iteration, pure loops nested in it folded into one count.
 */
import type { AsyncStep } from '../scenario/types';
import type { BodyWalker, Frame } from './bodySteps';
import { literalLength, rangeCount } from './callMeaning';
import { loopMs } from './durations';
import { label, type Span } from './findings';
import { loopOverFan } from './fanOut';
import { pollingNote } from './celeryResults';
import type { FunctionInfo } from './bindings';
import { fieldOf, headerText, nodeText, type PyNode } from './syntax';
import { MAX_LOOP_REPEAT, repeatBody } from './repeatedSteps';

export { MAX_LOOP_REPEAT } from './repeatedSteps';

/**
 * Iterations of pure loops (no steps in their body) inside the loops being walked, innermost
 * last: a pure loop inside a pure loop is one loop of count × (1 + inner) iterations, made a
 * CPU step at the outermost pure loop.
 */
export type PureLoops = number[];

/** A loop being walked: its count (null when the code does not state it), and where its steps go. */
export interface LoopContext {
  readonly fn: FunctionInfo;
  readonly node: PyNode;
  readonly count: number | null;
  /** The list the loop's steps are pushed to when it ends, and its length when the loop began. */
  readonly out: AsyncStep[];
  readonly mark: number;
}

export function visitFor(w: BodyWalker, node: PyNode, frame: Frame, out: () => AsyncStep[], onYield?: () => void): void {
  const iterable = fieldOf(node, 'right');
  const ranged = rangeCount(w.resolver, iterable, frame.fn);
  const count = ranged ?? literalLength(w.resolver, iterable, frame.fn);
  // `async for x in pages()`: an async generator of the file runs as the loop awaits its items.
  if (iterable?.type === 'call' && w.text.startsWith('async', node.start)) w.visitCall(iterable, frame, out(), true, iterable);
  else if (iterable && ranged === null) w.walk(iterable, frame, out);
  const bodyNode = fieldOf(node, 'body');
  // `for t in tasks:` over tasks or coroutines the function made: they run as fanOut.ts says.
  const walkBody = (into: AsyncStep[]) => { if (bodyNode) w.walkBlock(bodyNode, frame, () => into, onYield); };
  if (loopOverFan(w, node, fieldOf(node, 'left'), iterable, frame, out(), walkBody)) {
    for (const child of node.children) if (child.type === 'else_clause') w.walkBlock(child, frame, out, onYield);
    return;
  }
  const body: AsyncStep[] = [];
  w.pureLoops.push(0);
  w.loops.push({ fn: frame.fn, node, count, out: out(), mark: out().length });
  try {
    walkBody(body);
  } finally {
    w.loops.pop();
  }
  const inner = w.pureLoops.pop()!;
  const header = headerText(w.text, node);
  pushLoop(w, body, count, inner, node, header, out(), frame.via);
  // A retry loop (`for attempt in range(3): … break` or `return`) usually ends at its first run: say it counts them all.
  if (count !== null && count > 1 && count <= MAX_LOOP_REPEAT && body.length > 0 && bodyNode && endsEarly(bodyNode)) {
    w.findings.note(node, 'LOOP203', `${label(header)}: the loop can end early (a break or return in it), but LoopLab counts all ${Math.floor(count)} runs of its body, its slowest case; delete the extra steps in the editor if it usually ends sooner`);
  }
  for (const child of node.children) if (child.type === 'else_clause') w.walkBlock(child, frame, out, onYield);
}

/** Whether a loop's body can leave the loop: a `break` or `return` of its own (not one of a loop or function inside it). */
function endsEarly(node: PyNode): boolean {
  for (const child of node.children) {
    if (child.type === 'break_statement' || child.type === 'return_statement') return true;
    if (child.type === 'for_statement' || child.type === 'while_statement') {
      // A return leaves every loop; a break only the inner one.
      if (containsReturn(child)) return true;
      continue;
    }
    if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'decorated_definition' || child.type === 'lambda') continue;
    if (endsEarly(child)) return true;
  }
  return false;
}

function containsReturn(node: PyNode): boolean {
  return node.children.some((c) => c.type === 'return_statement' || (c.type !== 'function_definition' && c.type !== 'class_definition' && c.type !== 'decorated_definition' && c.type !== 'lambda' && containsReturn(c)));
}

/** `while …:` runs its body an unknown number of times: counted once, and said so when it has steps. */
export function visitWhile(w: BodyWalker, node: PyNode, frame: Frame, out: () => AsyncStep[], onYield?: () => void): void {
  const condition = fieldOf(node, 'condition') ?? node.children.find((c) => c.type !== 'block' && c.type !== 'else_clause');
  const before = out().length;
  if (condition) w.walk(condition, frame, out, onYield);
  const bodyNode = fieldOf(node, 'body') ?? node.children.find((c) => c.type === 'block');
  w.loops.push({ fn: frame.fn, node, count: null, out: out(), mark: before });
  try {
    if (bodyNode) w.walkBlock(bodyNode, frame, out, onYield);
  } finally {
    w.loops.pop();
  }
  if (out().length > before) {
    const header = headerText(w.text, node);
    // Polling a Celery result: the note says what the count depends on (`celeryResults.ts`).
    const polling = pollingNote(w, node, out().slice(before), frame);
    w.findings.note(node, 'LOOP203', polling ?? `${label(header)}: the loop's body is counted once (LoopLab cannot tell how many times it runs); repeat its steps in the editor if it runs more`);
  }
  for (const child of node.children) if (child.type === 'else_clause') w.walkBlock(child, frame, out, onYield);
}

/** `[f(x) for x in range(n)]` and the like: a loop whose body is its element. */
export function visitComprehension(w: BodyWalker, node: PyNode, frame: Frame, out: AsyncStep[]): void {
  const clauses = node.children.filter((c) => c.type === 'for_in_clause');
  // `[await t for t in tasks]` over tasks or coroutines the function made: as `for t in tasks: await t`.
  const only = clauses.length === 1 ? clauses[0]! : null;
  const element = (into: AsyncStep[]) => { for (const child of node.children) if (child.type !== 'for_in_clause') w.walk(child, frame, () => into); };
  if (only && loopOverFan(w, node, fieldOf(only, 'left'), fieldOf(only, 'right'), frame, out, element)) return;
  let count: number | null = 1;
  for (const clause of clauses) {
    const iterable = fieldOf(clause, 'right');
    const n = rangeCount(w.resolver, iterable, frame.fn);
    if (n === null && iterable) w.walk(iterable, frame, () => out);
    count = count === null || n === null ? null : count * n;
  }
  const body: AsyncStep[] = [];
  w.pureLoops.push(0);
  for (const child of node.children) if (child.type !== 'for_in_clause') w.walk(child, frame, () => body);
  const inner = w.pureLoops.pop()!;
  pushLoop(w, body, clauses.length > 0 ? count : 1, inner, node, nodeText(w.text, node), out, frame.via);
}

/** A loop's steps: the body's, repeated for a short literal range; a long literal loop with no calls is CPU. */
function pushLoop(w: BodyWalker, body: AsyncStep[], count: number | null, inner: number, node: PyNode, header: string, out: AsyncStep[], via: readonly Span[]): void {
  if (body.length === 0) {
    const iterations = count === null ? null : count * (1 + inner);
    const enclosing = w.pureLoops.length - 1;
    if (iterations !== null && enclosing >= 0) {
      w.pureLoops[enclosing]! += iterations;
      return;
    }
    count = iterations;
    const ms = count === null ? null : loopMs(count);
    if (ms !== null) {
      const step: AsyncStep = w.located({ cpu: ms, assumed: true }, node, header);
      w.findings.origins.set(step, { at: node, text: label(header), what: `${count!.toLocaleString('en-US')} iterations of pure Python`, assumed: true, via, source: 'loop' });
      out.push(step);
    }
    return;
  }
  repeatBody(w, body, count, node, header, out);
}
