/**
 * A function body → its steps, in source order (Python's evaluation order: a call's callee
 * and arguments before the call). Calls mean what the catalogue says; calls into functions
 * of the same file are followed (at most MAX_CALL_DEPTH deep, never into a function already
 * being walked). What the walk does not model, it says in a note rather than guess:
 * - every branch of an `if` counts, a loop's body counts once (a literal `range(n)` or a
 *   list of n items written out, n ≤ 20: n times; `loopBodies.ts`), `except` blocks are
 *   skipped (the error path);
 * - calls into imported code the catalogue does not know take no time (listed per route).
 * What a call itself does (a catalogue row's step, a function of the file followed) is in
 * `callEffects.ts`; gathers and task groups are in `taskGroups.ts`, tasks and coroutines made
 * per item of a collection in `fanOut.ts`, work handed to threads and processes in
 * `offloading.ts`, streamed responses in `streamingResponse.ts`.
 */
import type { AsyncStep, Step } from '../scenario/types';
import type { FunctionInfo } from './bindings';
import { applyMeaning } from './callEffects';
import { classifyCall, classifyRead, type Meaning } from './callMeaning';
import { DEEP_TYPES } from './catalogue';
import { label, type Findings, type Span } from './findings';
import { visitComprehension, visitFor, visitWhile, type LoopContext, type PureLoops } from './loopBodies';
import { appendToFan, fanOf, unawaitedFans, walkIterables, type Fan, type LoopItem } from './fanOut';
import type { Resolver } from './names';
import { fieldOf, nodeText, type PyNode } from './syntax';
import { handsOnAsgi, httpBranches, type HandOn } from './asgiMiddleware';
import { awaitName, unawaitedTasks, type StoredTask } from './storedAwaitables';
import { visitWith } from './taskGroups';

export const MAX_CALL_DEPTH = 8;
// The walk's other limit, stated beside this one in docs/analyze.md.
export { MAX_LOOP_REPEAT } from './loopBodies';

export interface Frame {
  /** The function stepsOf was asked about (a handler or a dependency). */
  readonly root: FunctionInfo;
  readonly fn: FunctionInfo;
  /** Call sites from the walked function down to this frame. */
  readonly via: readonly Span[];
  readonly stack: ReadonlySet<FunctionInfo>;
  /** Open `async with TaskGroup()` blocks: tasks started inside become gather branches. */
  readonly groups: AsyncStep[][][];
  readonly gatherDepth: number;
  /** Tasks this function started and keeps in a name, not awaited yet (`storedAwaitables.ts`). */
  readonly tasks: Map<string, StoredTask>;
  /** Collections of coroutines or tasks this function made and keeps in a name, not awaited yet (`fanOut.ts`). */
  readonly fans: Map<string, Fan>;
  /** Names a loop over such a collection binds to its items (`for t in tasks:`): an item, or a task the loop already counted. */
  readonly items: Map<string, LoopItem>;
}

/** Steps of one function, split at its first `yield` (a dependency's teardown runs after the handler). */
export interface FunctionSteps {
  before: AsyncStep[];
  after: AsyncStep[];
}

export class BodyWalker {
  constructor(readonly resolver: Resolver, readonly findings: Findings) {}

  get text(): string {
    return this.resolver.text;
  }

  /** Where a middleware hands the request on, while its steps are walked: the route runs there. */
  private splitAt: { fn: FunctionInfo; on: HandOn } | null = null;

  /** The pure loops being walked (`loopBodies.ts`). */
  readonly pureLoops: PureLoops = [];

  /** The loops being walked, outermost first (`loopBodies.ts`): tasks started in them count once per run of their body. */
  readonly loops: LoopContext[] = [];

  /** The call whose result the assignment being walked binds to a name (`task = asyncio.create_task(…)`), and the name. */
  private assigning: { call: PyNode; name: PyNode } | null = null;

  /**
   * The steps of `fn` when a route (or FastAPI, for a dependency) runs it, split at its first
   * `yield`, or, for a middleware, where it hands the request on (`await call_next(request)`,
   * `await self.app(scope, receive, send)`).
   */
  stepsOf(fn: FunctionInfo, splitAt?: HandOn): FunctionSteps {
    const frame: Frame = { root: fn, fn, via: [], stack: new Set([fn]), groups: [], gatherDepth: 0, tasks: new Map(), fans: new Map(), items: new Map() };
    const split: FunctionSteps = { before: [], after: [] };
    let out = split.before;
    const onYield = () => { out = split.after; };
    this.splitAt = splitAt !== undefined ? { fn, on: splitAt } : null;
    try {
      if (fn.body) this.walkBlock(fn.body, frame, () => out, onYield);
      unawaitedTasks(this, frame);
      unawaitedFans(this, frame);
    } finally {
      this.splitAt = null;
    }
    return split;
  }

  private isSplit(call: PyNode, frame: Frame): boolean {
    if (this.splitAt === null || frame.fn !== this.splitAt.fn) return false;
    const on = this.splitAt.on;
    if (on.kind === 'asgi') return handsOnAsgi(this.text, call, on);
    const callee = fieldOf(call, 'function');
    return callee?.type === 'identifier' && nodeText(this.text, callee) === on.name;
  }

  /** Walks `node`, pushing steps to `out()` (which changes after a top-level yield). */
  walkBlock(node: PyNode, frame: Frame, out: () => AsyncStep[], onYield?: () => void): void {
    for (const child of node.children) this.walk(child, frame, out, onYield);
  }

  walk(node: PyNode, frame: Frame, out: () => AsyncStep[], onYield?: () => void): void {
    // What tree-sitter could not place is not code LoopLab can read (a syntax error says where).
    if (node.error === 'error') return;
    switch (node.type) {
      case 'function_definition':
      case 'class_definition':
      case 'decorated_definition':
      case 'lambda':
      case 'except_clause':
      case 'string':
      case 'comment':
        return;
      case 'await': {
        const inner = node.children[0];
        if (inner?.type === 'call' && this.isSplit(inner, frame)) onYield?.();
        else if (inner?.type === 'call') this.visitCall(inner, frame, out(), true, node);
        else if (inner?.type === 'identifier') awaitName(this, inner, frame, out());
        else if (inner) this.walk(inner, frame, out);
        return;
      }
      case 'call':
        this.visitCall(node, frame, out(), false, node);
        return;
      case 'if_statement': {
        // In ASGI middleware, `if scope["type"] != "http":` passes other traffic through: an HTTP request runs one side.
        const http = this.splitAt?.on.kind === 'asgi' && frame.fn === this.splitAt.fn ? httpBranches(this.text, node, this.splitAt.on.scope) : null;
        for (const child of http ?? node.children) this.walk(child, frame, out, onYield);
        return;
      }
      case 'with_statement':
        visitWith(this, node, frame, out, onYield);
        return;
      case 'for_statement':
        visitFor(this, node, frame, out, onYield);
        return;
      case 'while_statement':
        visitWhile(this, node, frame, out, onYield);
        return;
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression':
        visitComprehension(this, node, frame, out());
        return;
      case 'conditional_expression': {
        // `a if cond else b`: Python tests the condition first.
        const [body, condition, orElse] = node.children.filter((c) => c.type !== 'comment');
        for (const child of condition && orElse ? [condition, body!, orElse] : node.children) this.walk(child, frame, out, onYield);
        return;
      }
      case 'attribute': {
        // A property that asks a server (`result.state`): a call in all but its brackets, after its object.
        this.walkBlock(node, frame, out);
        const read = classifyRead(this.resolver, node, frame.fn);
        if (read) this.apply(read, node, frame, out(), false, node);
        return;
      }
      case 'yield':
        this.walkBlock(node, frame, out);
        onYield?.();
        return;
      case 'assignment':
      case 'augmented_assignment': {
        // Python evaluates the right side first.
        const right = fieldOf(node, 'right');
        const left = fieldOf(node, 'left');
        // `tasks = [asyncio.create_task(fetch(x)) for x in xs]`: kept until awaited (`fanOut.ts`).
        const fan = left?.type === 'identifier' && node.type === 'assignment' ? fanOf(this, right, frame, out()) : null;
        if (fan) {
          walkIterables(this, right!, frame, out());
          frame.fans.set(nodeText(this.text, left), fan);
          return;
        }
        const assigning = this.assigning;
        this.assigning = right?.type === 'call' && left?.type === 'identifier' ? { call: right, name: left } : null;
        if (right) this.walk(right, frame, out, onYield);
        this.assigning = assigning;
        for (const child of node.children) if (child !== right) this.walk(child, frame, out, onYield);
        return;
      }
      default:
        for (const child of node.children) this.walk(child, frame, out, onYield);
    }
  }

  /** A call: its callee and arguments first, then what the call itself does. */
  visitCall(call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean, whole: PyNode): void {
    if (!awaited && appendToFan(this, call, frame, out)) return;
    const meaning = classifyCall(this.resolver, call, frame.fn);
    const effect = meaning.kind === 'entry' ? meaning.effect : undefined;
    const takesFunctions = effect !== undefined && ('offloads' in effect || 'waitsForPool' in effect || 'gathers' in effect || 'startsTask' in effect || 'background' in effect || 'streams' in effect || 'detachesTask' in effect || 'wraps' in effect);
    const callee = fieldOf(call, 'function');
    if (callee) {
      // A chain on a client (`db.query(User).filter(…).first()`) is one call: its inner calls are not steps of their own.
      if (meaning.kind === 'entry' && meaning.receiverType !== undefined && DEEP_TYPES.has(meaning.receiverType)) this.walkChainArguments(callee, frame, out);
      else this.walk(callee, frame, () => out);
    }
    if (!takesFunctions) {
      const args = fieldOf(call, 'arguments');
      if (args) this.walk(args, frame, () => out);
    }
    this.apply(meaning, call, frame, out, awaited, whole);
  }

  /** Inner calls of a chain: only their arguments are walked. */
  private walkChainArguments(node: PyNode, frame: Frame, out: AsyncStep[]): void {
    if (node.type === 'call') {
      const args = fieldOf(node, 'arguments');
      const callee = fieldOf(node, 'function');
      if (callee) this.walkChainArguments(callee, frame, out);
      if (args) this.walk(args, frame, () => out);
    } else if (node.type === 'attribute') {
      const object = fieldOf(node, 'object');
      if (object) this.walkChainArguments(object, frame, out);
    } else if (node.type === 'subscript') {
      const value = fieldOf(node, 'value');
      if (value) this.walkChainArguments(value, frame, out);
    } else {
      this.walk(node, frame, () => out);
    }
  }

  /** What the call itself does: a catalogue effect's step, or the steps of a function of the file (`callEffects.ts`). */
  apply(meaning: Meaning, call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean, whole: PyNode): void {
    applyMeaning(this, meaning, call, frame, out, awaited, whole);
  }

  /** The name the assignment being walked binds `call`'s result to (`task = asyncio.create_task(…)`), if `call` is its right side. */
  assignedName(call: PyNode): string | null {
    return this.assigning?.call === call ? nodeText(this.text, this.assigning.name) : null;
  }

  /** Inline a function of the file: its steps, reached through this call. */
  follow(fn: FunctionInfo, call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean): void {
    if (fn.isAsync && !awaited) return; // a coroutine made, not run here
    if (frame.stack.has(fn)) return; // recursion: its steps are already being counted
    if (frame.via.length >= MAX_CALL_DEPTH) {
      this.findings.note(call, 'LOOP205', `${label(nodeText(this.text, call))}: calls nest more than ${MAX_CALL_DEPTH} deep here; LoopLab stops following them`);
      return;
    }
    if (--this.findings.inlineBudget < 0) {
      if (this.findings.inlineBudget === -1) this.findings.note(call, 'LOOP205', 'the file calls its own functions too many times to follow them all; LoopLab stopped following calls here');
      return;
    }
    const inner: Frame = { ...frame, fn, via: [...frame.via, call], stack: new Set([...frame.stack, fn]), groups: [], tasks: new Map(), fans: new Map(), items: new Map() };
    if (fn.body) this.walkBlock(fn.body, inner, () => out);
    unawaitedTasks(this, inner);
    unawaitedFans(this, inner);
  }

  /** A frame for a branch run beside others: one gather deeper, outside the caller's task groups. */
  nested(frame: Frame): Frame {
    return { ...frame, gatherDepth: frame.gatherDepth + 1, groups: [] };
  }

  /** The step with its label (the code, on one line) and where it is. */
  located<S extends Step>(step: S, node: PyNode | Span, text: string): S {
    const at = this.resolver.lines.position(node.start);
    return { ...step, label: label(text), line: at.line, column: at.column };
  }
}
