/**
 * A function body → its steps, in source order (Python's evaluation order: a call's callee
 * and arguments before the call). Calls mean what the catalogue says; calls into functions
 * of the same file are followed (at most MAX_CALL_DEPTH deep, never into a function already
 * being walked). What the walk does not model, it says in a note rather than guess:
 * - every branch of an `if` counts, a loop's body counts once (a literal `range(n)` or a
 *   list of n items written out, n ≤ 20: n times), `except` blocks are skipped (the error path);
 * - calls into imported code the catalogue does not know take no time (listed per route).
 */
import type { AsyncStep, Step, SyncStep, ThreadPoolKind } from '../scenario/types';
import type { FunctionInfo } from './bindings';
import { classifyCall, cpuArguments, literalLength, meaningOf, rangeCount, type Meaning } from './callMeaning';
import { DEEP_TYPES, type Effect } from './catalogue';
import { CPU_WHAT, IO_DEFAULTS, OFFLOAD_DEFAULTS, SLEEP_DEFAULT_MS, cpuMs, loopMs, round } from './durations';
import { label, type Findings, type Span } from './findings';
import { callArgument, positionalArguments, type Resolver } from './names';
import { fieldOf, nodeText, type PyNode } from './syntax';

export const MAX_CALL_DEPTH = 8;
/** A literal loop repeats its body's steps up to this many times; longer loops count once. */
export const MAX_LOOP_REPEAT = 20;
const MAX_GATHER_DEPTH = 8;

interface Frame {
  /** The function stepsOf was asked about (a handler or a dependency). */
  readonly root: FunctionInfo;
  readonly fn: FunctionInfo;
  /** Call sites from the walked function down to this frame. */
  readonly via: readonly Span[];
  readonly stack: ReadonlySet<FunctionInfo>;
  /** Open `async with TaskGroup()` blocks: tasks started inside become gather branches. */
  readonly groups: AsyncStep[][][];
  readonly gatherDepth: number;
}

/** Steps of one function, split at its first `yield` (a dependency's teardown runs after the handler). */
export interface FunctionSteps {
  before: AsyncStep[];
  after: AsyncStep[];
}

export class BodyWalker {
  constructor(private readonly resolver: Resolver, private readonly findings: Findings) {}

  private get text(): string {
    return this.resolver.text;
  }

  /** A middleware's `call_next` while its steps are walked: the route runs there. */
  private splitAt: { fn: FunctionInfo; name: string } | null = null;

  /**
   * The steps of `fn` when a route (or FastAPI, for a dependency) runs it, split at its first
   * `yield`, or, for a middleware, at its call of `splitAt` (`await call_next(request)`).
   */
  stepsOf(fn: FunctionInfo, splitAt?: string): FunctionSteps {
    const frame: Frame = { root: fn, fn, via: [], stack: new Set([fn]), groups: [], gatherDepth: 0 };
    const split: FunctionSteps = { before: [], after: [] };
    let out = split.before;
    const onYield = () => { out = split.after; };
    this.splitAt = splitAt !== undefined ? { fn, name: splitAt } : null;
    try {
      if (fn.body) this.walkBlock(fn.body, frame, () => out, onYield);
    } finally {
      this.splitAt = null;
    }
    return split;
  }

  private isSplit(call: PyNode, frame: Frame): boolean {
    const callee = fieldOf(call, 'function');
    return this.splitAt !== null && frame.fn === this.splitAt.fn && callee?.type === 'identifier' && nodeText(this.text, callee) === this.splitAt.name;
  }

  /** Walks `node`, pushing steps to `out()` (which changes after a top-level yield). */
  private walkBlock(node: PyNode, frame: Frame, out: () => AsyncStep[], onYield?: () => void): void {
    for (const child of node.children) this.walk(child, frame, out, onYield);
  }

  private walk(node: PyNode, frame: Frame, out: () => AsyncStep[], onYield?: () => void): void {
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
        else if (inner) this.walk(inner, frame, out);
        return;
      }
      case 'call':
        this.visitCall(node, frame, out(), false, node);
        return;
      case 'with_statement':
        this.visitWith(node, frame, out, onYield);
        return;
      case 'for_statement':
        this.visitFor(node, frame, out, onYield);
        return;
      case 'while_statement':
        this.visitWhile(node, frame, out, onYield);
        return;
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression':
        this.visitComprehension(node, frame, out());
        return;
      case 'yield':
        this.walkBlock(node, frame, out);
        onYield?.();
        return;
      case 'assignment':
      case 'augmented_assignment': {
        // Python evaluates the right side first.
        const right = fieldOf(node, 'right');
        if (right) this.walk(right, frame, out, onYield);
        for (const child of node.children) if (child !== right) this.walk(child, frame, out, onYield);
        return;
      }
      default:
        for (const child of node.children) this.walk(child, frame, out, onYield);
    }
  }

  private visitWith(node: PyNode, frame: Frame, out: () => AsyncStep[], onYield?: () => void): void {
    const isAsync = this.text.startsWith('async', node.start);
    const clause = node.children.find((c) => c.type === 'with_clause');
    const body = fieldOf(node, 'body');
    let group: AsyncStep[][] | null = null;
    for (const item of clause?.children ?? []) {
      const value = fieldOf(item, 'value');
      const expr = value?.type === 'as_pattern' ? value.children[0] : value;
      if (!expr) continue;
      // `async with x:` awaits x.__aenter__: for these libraries, the call itself.
      if (expr.type === 'call') this.visitCall(expr, frame, out(), isAsync, expr);
      else this.walk(expr, frame, out);
      const made = this.resolver.resolve(expr, frame.fn);
      if (made.kind === 'instance' && (made.type === 'asyncio.TaskGroup' || made.type === 'anyio.TaskGroup')) group = [];
    }
    if (group === null) {
      if (body) this.walkBlock(body, frame, out, onYield);
      return;
    }
    frame.groups.push(group);
    if (body) this.walkBlock(body, frame, out, onYield);
    frame.groups.pop();
    // The group waits for every task when the block ends: a gather of them.
    const branches = group.filter((b) => b.length > 0);
    if (branches.length > 0) out().push(this.located({ gather: branches }, node, `async with ${nodeText(this.text, clause).split('\n')[0]}`));
  }

  private visitFor(node: PyNode, frame: Frame, out: () => AsyncStep[], onYield?: () => void): void {
    const iterable = fieldOf(node, 'right');
    const ranged = rangeCount(this.resolver, iterable, frame.fn);
    const count = ranged ?? literalLength(this.resolver, iterable, frame.fn);
    // `async for x in pages()`: an async generator of the file runs as the loop awaits its items.
    if (iterable?.type === 'call' && this.text.startsWith('async', node.start)) this.visitCall(iterable, frame, out(), true, iterable);
    else if (iterable && ranged === null) this.walk(iterable, frame, out);
    const body: AsyncStep[] = [];
    const bodyNode = fieldOf(node, 'body');
    this.pureLoops.push(0);
    if (bodyNode) this.walkBlock(bodyNode, frame, () => body, onYield);
    const inner = this.pureLoops.pop()!;
    const header = nodeText(this.text, node).split('\n')[0]!.replace(/:\s*$/, '');
    this.pushLoop(body, count, inner, node, header, out(), frame.via);
    for (const child of node.children) if (child.type === 'else_clause') this.walkBlock(child, frame, out, onYield);
  }

  /** `while …:` runs its body an unknown number of times: counted once, and said so when it has steps. */
  private visitWhile(node: PyNode, frame: Frame, out: () => AsyncStep[], onYield?: () => void): void {
    const condition = fieldOf(node, 'condition') ?? node.children.find((c) => c.type !== 'block' && c.type !== 'else_clause');
    const before = out().length;
    if (condition) this.walk(condition, frame, out, onYield);
    const bodyNode = fieldOf(node, 'body') ?? node.children.find((c) => c.type === 'block');
    if (bodyNode) this.walkBlock(bodyNode, frame, out, onYield);
    if (out().length > before) {
      const header = nodeText(this.text, node).split('\n')[0]!.replace(/:\s*$/, '');
      this.findings.note(node, 'LOOP203', `${label(header)}: the loop's body is counted once (LoopLab cannot tell how many times it runs); repeat its steps in the editor if it runs more`);
    }
    for (const child of node.children) if (child.type === 'else_clause') this.walkBlock(child, frame, out, onYield);
  }

  private visitComprehension(node: PyNode, frame: Frame, out: AsyncStep[]): void {
    const clauses = node.children.filter((c) => c.type === 'for_in_clause');
    let count: number | null = 1;
    for (const clause of clauses) {
      const iterable = fieldOf(clause, 'right');
      const n = rangeCount(this.resolver, iterable, frame.fn);
      if (n === null && iterable) this.walk(iterable, frame, () => out);
      count = count === null || n === null ? null : count * n;
    }
    const body: AsyncStep[] = [];
    this.pureLoops.push(0);
    for (const child of node.children) if (child.type !== 'for_in_clause') this.walk(child, frame, () => body);
    const inner = this.pureLoops.pop()!;
    this.pushLoop(body, clauses.length > 0 ? count : 1, inner, node, nodeText(this.text, node), out, frame.via);
  }

  /**
   * Iterations of pure loops (no steps in their body) inside the loop being walked: a pure
   * loop inside a pure loop is one loop of count × (1 + inner) iterations, made a CPU step
   * at the outermost pure loop.
   */
  private readonly pureLoops: number[] = [];

  /** A loop's steps: the body's, repeated for a short literal range; a long literal loop with no calls is CPU. */
  private pushLoop(body: AsyncStep[], count: number | null, inner: number, node: PyNode, header: string, out: AsyncStep[], via: readonly Span[]): void {
    if (body.length === 0) {
      const iterations = count === null ? null : count * (1 + inner);
      const enclosing = this.pureLoops.length - 1;
      if (iterations !== null && enclosing >= 0) {
        this.pureLoops[enclosing]! += iterations;
        return;
      }
      count = iterations;
      const ms = count === null ? null : loopMs(count);
      if (ms !== null) {
        const step: AsyncStep = this.located({ cpu: ms, assumed: true }, node, header);
        this.findings.origins.set(step, { at: node, text: label(header), what: `${count!.toLocaleString('en-US')} iterations of pure Python`, assumed: true, via, source: 'loop' });
        out.push(step);
      }
      return;
    }
    const times = count !== null && count >= 1 && count <= MAX_LOOP_REPEAT ? Math.floor(count) : 1;
    if (count === null || count > MAX_LOOP_REPEAT) {
      this.findings.note(node, 'LOOP203', `${label(header)}: the loop's body is counted once (LoopLab cannot tell how many times it runs); repeat its steps in the editor if it runs more`);
    }
    for (let i = 0; i < times; i++) out.push(...(i === 0 ? body : body.map((s) => this.copyStep(s))));
  }

  private copyStep<S extends AsyncStep>(step: S): S {
    const copy = JSON.parse(JSON.stringify(step)) as S;
    const origin = this.findings.origins.get(step);
    if (origin) this.findings.origins.set(copy, origin);
    return copy;
  }

  /** A call: its callee and arguments first, then what the call itself does. */
  private visitCall(call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean, whole: PyNode): void {
    const meaning = classifyCall(this.resolver, call, frame.fn);
    const effect = meaning.kind === 'entry' ? meaning.effect : undefined;
    const takesFunctions = effect !== undefined && ('offloads' in effect || 'gathers' in effect || 'startsTask' in effect || 'background' in effect || 'streams' in effect || 'detachesTask' in effect || 'wraps' in effect);
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

  private apply(meaning: Meaning, call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean, whole: PyNode): void {
    const text = nodeText(this.text, whole);
    if (meaning.kind === 'unknown') {
      this.findings.unknown(frame.root, frame.via[0] ?? call, label(nodeText(this.text, call)));
      return;
    }
    if (meaning.kind === 'function') {
      this.follow(meaning.fn, call, frame, out, awaited);
      return;
    }
    if (meaning.kind !== 'entry' || meaning.effect === undefined) return;
    const { entry, effect } = meaning;
    const origin = (what: string, assumed: boolean) => ({ at: whole, text: label(text), entry, what, assumed, via: frame.via, source: 'catalogue' as const });
    if ('blocks' in effect) {
      const d = IO_DEFAULTS[effect.blocks];
      this.push(out, this.located({ blocking_io: d.ms, assumed: true }, whole, text), origin(d.what, true));
    } else if ('awaits' in effect) {
      if (!awaited) return; // a coroutine made, not awaited here (gather or a task may await it)
      const d = IO_DEFAULTS[effect.awaits];
      this.push(out, this.located({ await_io: d.ms, assumed: true }, whole, text), origin(d.what, true));
    } else if ('awaitsThread' in effect) {
      if (!awaited) return;
      const d = IO_DEFAULTS[effect.awaitsThread];
      const inner = this.located({ blocking_io: d.ms, assumed: true }, whole, text);
      this.findings.origins.set(inner, origin(d.what, true));
      out.push(this.located({ to_thread: [inner], pool: effect.pool }, whole, text));
    } else if ('computes' in effect) {
      const ms = cpuMs(effect.computes, cpuArguments(this.resolver, call, frame.fn));
      this.push(out, this.located({ cpu: ms, assumed: true }, whole, text), origin(CPU_WHAT[effect.computes], true));
    } else if ('sleeps' in effect) {
      if (effect.sleeps === 'awaited' && !awaited) return;
      const seconds = this.resolver.number(callArgument(call, 0, 'seconds', this.text) ?? callArgument(call, 0, 'delay', this.text), frame.fn);
      const stated = seconds !== null && seconds >= 0;
      const ms = stated ? round(seconds * 1000) : SLEEP_DEFAULT_MS;
      const step: AsyncStep = effect.sleeps === 'blocking' ? { blocking_io: ms } : { await_io: ms };
      if (!stated) step.assumed = true;
      this.push(out, this.located(step, whole, text), origin('a sleep whose length is computed at run time', !stated));
    } else if ('offloads' in effect) {
      this.offload(effect, call, frame, out, whole);
    } else if ('gathers' in effect) {
      this.gather(call, frame, out, whole);
    } else if ('startsTask' in effect) {
      const group = frame.groups[frame.groups.length - 1];
      if (!group) return;
      const branch: AsyncStep[] = [];
      const first = callArgument(call, 0, null);
      if (effect.startsTask === 'coroutine' && first?.type === 'call') this.visitCall(first, this.nested(frame), branch, true, first);
      else if (first) this.runFunction(first, positionalArguments(call).slice(1), call, this.nested(frame), branch, true);
      group.push(branch);
    } else if ('wraps' in effect) {
      // `await asyncio.wait_for(client.get(url), 5)`: the inner call is what is awaited.
      const inner = callArgument(call, 0, null);
      for (const arg of fieldOf(call, 'arguments')?.children ?? []) if (arg !== inner) this.walk(arg, frame, () => out);
      if (inner?.type === 'call') this.visitCall(inner, frame, out, awaited, inner);
      else if (inner) this.walk(inner, frame, () => out);
    } else if ('detachesTask' in effect) {
      const task = nodeText(this.text, callArgument(call, 0, null));
      this.findings.note(call, 'LOOP204', `${label(text)} starts a task the route does not wait for here: LoopLab does not follow it, so ${task || 'its work'} is not in the chart (it runs on the event loop beside the requests; await it, or start it in asyncio.gather or a TaskGroup, to have it counted)`);
    } else if ('streams' in effect) {
      this.stream(call, frame, out);
    } else if ('background' in effect) {
      const task = nodeText(this.text, callArgument(call, 0, null));
      this.findings.note(call, 'LOOP204', `background task ${task || '(unknown)'} runs after the response is sent: the scenario ends at the response, so its work is not in the chart (it still takes a pool thread, or the loop, while it runs)`);
    }
  }

  /**
   * `StreamingResponse(chunks())`: calling a generator runs none of it; Starlette iterates it
   * once the handler returns. A generator of the file: an async one's steps run on the loop;
   * a sync one's on AnyIO's pool (one hop per item there, one `to_thread` of them all here).
   * In a def route everything is on a thread already, so the steps are its own. Any other
   * content (a file, a list) is walked as written.
   */
  private stream(call: PyNode, frame: Frame, out: AsyncStep[]): void {
    const content = callArgument(call, 0, 'content', this.text);
    const fn = content?.type === 'call' ? classifyCall(this.resolver, content, frame.fn) : null;
    for (const arg of fieldOf(call, 'arguments')?.children ?? []) if (arg !== content && fieldOf(arg, 'value') !== content) this.walk(arg, frame, () => out);
    if (!content) return;
    if (fn?.kind !== 'function') {
      this.walk(content, frame, () => out);
      return;
    }
    if (fn.fn.isAsync || !frame.root.isAsync) {
      this.visitCall(content, frame, out, true, content);
      return;
    }
    const inner: AsyncStep[] = [];
    this.visitCall(content, frame, inner, false, content);
    const onThread = inner.filter((s): s is SyncStep => 'cpu' in s || 'blocking_io' in s);
    if (onThread.length > 0) out.push(this.located({ to_thread: onThread, pool: 'anyio' }, content, `${nodeText(this.text, content)} (sync generator, iterated in the thread pool)`));
  }

  private nested(frame: Frame): Frame {
    return { ...frame, gatherDepth: frame.gatherDepth + 1, groups: [] };
  }

  /** `asyncio.gather(a(), b())`: one branch per awaitable argument. */
  private gather(call: PyNode, frame: Frame, out: AsyncStep[], whole: PyNode): void {
    if (frame.gatherDepth >= MAX_GATHER_DEPTH) return;
    const branches: AsyncStep[][] = [];
    for (const arg of fieldOf(call, 'arguments')?.children ?? []) {
      if (arg.type === 'keyword_argument') continue;
      const branch: AsyncStep[] = [];
      const inner = arg.type === 'list_splat' ? arg.children[0] : arg;
      if (inner?.type === 'call') this.visitCall(inner, this.nested(frame), branch, true, inner);
      else if (inner) this.walk(inner, this.nested(frame), () => branch);
      if (arg.type === 'list_splat') {
        this.findings.note(arg, 'LOOP203', `${label(nodeText(this.text, arg))}: a gather over a list counts as one branch (LoopLab cannot tell how long the list is)`);
      }
      if (branch.length > 0) branches.push(branch);
    }
    if (branches.length > 0) out.push(this.located({ gather: branches }, whole, nodeText(this.text, whole)));
  }

  /** `run_in_threadpool(f, x)`, `loop.run_in_executor(pool, f, x)`, `asyncio.to_thread(f, x)`. */
  private offload(effect: Extract<Effect, { offloads: unknown }>, call: PyNode, frame: Frame, out: AsyncStep[], whole: PyNode): void {
    let where: ThreadPoolKind | 'process' = effect.offloads === 'by-executor' ? 'executor' : effect.offloads;
    if (effect.offloads === 'by-executor') {
      const executor = callArgument(call, 0, null);
      const value = executor && executor.type !== 'none' ? this.resolver.resolve(executor, frame.fn) : null;
      if (value?.kind === 'instance' && value.type === 'concurrent.futures.ProcessPoolExecutor') where = 'process';
      else if (value !== null && !(value.kind === 'instance' && value.type === 'concurrent.futures.ThreadPoolExecutor')) {
        this.findings.note(executor!, 'LOOP201', `${label(nodeText(this.text, executor))}: assumed to be a thread pool (LoopLab could not tell which executor this is; a ProcessPoolExecutor would run the work in another process)`);
      }
    }
    const args = positionalArguments(call);
    const target = args[effect.fn];
    const steps: AsyncStep[] = [];
    if (target) this.runFunction(target, args.slice(effect.fn + 1), call, frame, steps, false);
    let body = steps.filter((s): s is SyncStep => 'cpu' in s || 'blocking_io' in s);
    if (body.length === 0) {
      const d = where === 'process' ? OFFLOAD_DEFAULTS.process : OFFLOAD_DEFAULTS.thread;
      const name = label(nodeText(this.text, target));
      const step: SyncStep = this.located(where === 'process' ? { cpu: d.ms, assumed: true } : { blocking_io: d.ms, assumed: true }, target ?? call, name || nodeText(this.text, call));
      this.findings.origins.set(step, { at: target ?? call, text: name, what: d.what, assumed: true, via: frame.via, source: 'default' });
      body = [step];
    }
    const text = nodeText(this.text, whole);
    out.push(where === 'process' ? this.located({ to_process: body }, whole, text) : this.located({ to_thread: body, pool: where }, whole, text));
  }

  /** Runs a function given as a value (`f`, `partial(f, x)`, `lambda: f(x)`) with arguments. */
  private runFunction(target: PyNode, _args: PyNode[], call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean): void {
    if (target.type === 'lambda') {
      const body = fieldOf(target, 'body');
      if (body) this.walk(body, frame, () => out);
      return;
    }
    if (target.type === 'call') {
      // functools.partial(f, …): the function is its first argument.
      const callee = this.resolver.resolve(fieldOf(target, 'function'), frame.fn);
      if (callee.kind === 'name' && callee.path === 'functools.partial') {
        const inner = callArgument(target, 0, null);
        if (inner) this.runFunction(inner, [], call, frame, out, awaited);
      }
      return;
    }
    const value = this.resolver.resolve(target, frame.fn);
    const meaning = meaningOf(this.resolver, value);
    if (meaning.kind === 'function') this.follow(meaning.fn, call, frame, out, awaited || !meaning.fn.isAsync);
    else if (meaning.kind === 'entry') this.apply(meaning, call, frame, out, awaited, target);
  }

  /** Inline a function of the file: its steps, reached through this call. */
  private follow(fn: FunctionInfo, call: PyNode, frame: Frame, out: AsyncStep[], awaited: boolean): void {
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
    const inner: Frame = { ...frame, fn, via: [...frame.via, call], stack: new Set([...frame.stack, fn]), groups: [] };
    if (fn.body) this.walkBlock(fn.body, inner, () => out);
  }

  private push(out: AsyncStep[], step: AsyncStep, origin: Parameters<Findings['origins']['set']>[1]): void {
    this.findings.origins.set(step, origin);
    out.push(step);
  }

  /** The step with its label (the code, on one line) and where it is. */
  private located<S extends Step>(step: S, node: PyNode | Span, text: string): S {
    const at = this.resolver.lines.position(node.start);
    return { ...step, label: label(text), line: at.line, column: at.column };
  }
}

