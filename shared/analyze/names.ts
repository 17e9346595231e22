/**
 * What a Python expression stands for: a qualified name (`requests.get` after
 * `import requests`), a value of a known type (`client` after `client = httpx.AsyncClient()`),
 * a function of this file, or a number. Just enough of Python's scoping for the catalogue
 * to recognise calls: imports with aliases, module and function assignments, `with … as`,
 * parameters with annotations or `Depends(f)`, and attributes assigned anywhere
 * (`app.state.pool = pool`). A name bound nowhere stands for itself, so a pasted route
 * without its imports still reads `time.sleep` as time.sleep. Where names are bound is read
 * in `bindings.ts`; this file says what they stand for.
 */
import { DEEP_TYPES, QUICK_MODULES, typeNamed, type CatalogueIndex } from './catalogue';
import { SCOPES, localsOf, type ClassInfo, type FunctionInfo, type ModuleInfo } from './bindings';
import { LineIndex, childOfType, fieldOf, nodeText, type PyNode } from './syntax';

export type Value =
  /** A module, or something imported from one, or a global bound nowhere: by qualified name. */
  | { kind: 'name'; path: string; imported: boolean }
  | { kind: 'instance'; type: string }
  | { kind: 'function'; fn: FunctionInfo }
  /** A class of this file, and an instance of one: their methods are followed. */
  | { kind: 'class'; cls: ClassInfo }
  | { kind: 'object'; cls: ClassInfo }
  /**
   * What a third-party library the catalogue does not know made (`Minio(…)`, `stripe.Client(…)`,
   * `pd.read_csv(…)`): its methods are that library's unknown code. Not made for a class of the
   * app's own relative modules (`from .schemas import Item`: models, quick to use).
   */
  | { kind: 'foreign'; path: string }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'unknown' };

export const UNKNOWN: Value = { kind: 'unknown' };

/** Resolves expressions in one file; results are not cached (scopes differ per function). */
export class Resolver {
  private depth = 0;
  readonly lines: LineIndex;

  constructor(readonly module: ModuleInfo, readonly catalogue: CatalogueIndex) {
    this.lines = new LineIndex(module.text);
  }

  get text(): string {
    return this.module.text;
  }

  /** What `node` stands for inside `fn` (null: at module level). */
  resolve(node: PyNode | null | undefined, fn: FunctionInfo | null): Value {
    if (!node || this.depth > 40) return UNKNOWN;
    this.depth++;
    try {
      return this.resolveNode(node, fn);
    } finally {
      this.depth--;
    }
  }

  private resolveNode(node: PyNode, fn: FunctionInfo | null): Value {
    switch (node.type) {
      case 'identifier':
        return this.resolveName(nodeText(this.text, node), fn);
      case 'attribute':
        return this.resolveAttribute(node, fn);
      case 'call':
        return this.resultOf(node, fn);
      case 'await':
      case 'parenthesized_expression':
        return this.resolve(node.children[0], fn);
      case 'subscript': {
        const base = this.resolve(fieldOf(node, 'value'), fn);
        return base.kind === 'instance' && DEEP_TYPES.has(base.type) ? base : UNKNOWN;
      }
      case 'type':
        return this.resolveAnnotation(node, fn);
      case 'integer':
      case 'float':
      case 'unary_operator':
      case 'binary_operator': {
        const value = this.number(node, fn);
        if (value !== null) return { kind: 'number', value };
        if (node.type === 'binary_operator') {
          // `base_dir / "x"` is still a path.
          const left = this.resolve(fieldOf(node, 'left'), fn);
          if (left.kind === 'instance' && left.type.endsWith('.Path')) return left;
        }
        return UNKNOWN;
      }
      case 'string': {
        const value = stringValue(nodeText(this.text, node));
        return value === null ? UNKNOWN : { kind: 'string', value };
      }
      default:
        return UNKNOWN;
    }
  }

  resolveName(name: string, fn: FunctionInfo | null): Value {
    for (let scope = fn; scope !== null; scope = scope.parent) {
      const assigned = localsOf(scope, this.text).get(name);
      if (assigned) return this.firstKnown(assigned, scope);
      const param = this.parameter(scope, name);
      if (param !== null) return param;
    }
    const imported = this.module.imports.get(name);
    if (imported !== undefined) return { kind: 'name', path: imported, imported: true };
    const defined = this.module.functions.get(name);
    if (defined) return { kind: 'function', fn: defined };
    const cls = this.module.classes.get(name);
    if (cls) return { kind: 'class', cls };
    const assigned = this.module.assignments.get(name);
    if (assigned) return this.firstKnown(assigned, null);
    return { kind: 'name', path: name, imported: false };
  }

  private firstKnown(values: PyNode[], fn: FunctionInfo | null): Value {
    for (const v of values) {
      const value = this.resolve(v, fn);
      if (value.kind !== 'unknown') return value;
    }
    return UNKNOWN;
  }

  private resolveAttribute(node: PyNode, fn: FunctionInfo | null): Value {
    const attr = nodeText(this.text, fieldOf(node, 'attribute'));
    const base = this.resolve(fieldOf(node, 'object'), fn);
    if (base.kind === 'name') {
      const path = `${base.path}.${attr}`;
      if (this.catalogue.call(path) || this.catalogue.isType(path) || base.imported) return { kind: 'name', path, imported: base.imported };
      return this.assignedAttribute(attr) ?? { kind: 'name', path, imported: false };
    }
    if (base.kind === 'foreign') return { kind: 'foreign', path: `${base.path}.${attr}` };
    if (base.kind === 'object' || base.kind === 'class') {
      // `repo.get` is the method; `self.db` is what the file assigns to `.db` (below).
      const method = this.method(base.cls, attr);
      if (method) return { kind: 'function', fn: method };
    }
    if (base.kind === 'instance') {
      const typed = this.catalogue.attribute(base.type, attr);
      if (typed !== undefined) return { kind: 'instance', type: typed };
      if (DEEP_TYPES.has(base.type)) return base;
    }
    return this.assignedAttribute(attr) ?? UNKNOWN;
  }

  /** `request.app.state.pool` when `app.state.pool = …` is assigned somewhere in the file (`self.repo` likewise). */
  private assignedAttribute(attr: string): Value | null {
    for (const { value, fn } of this.module.attributes.get(attr) ?? []) {
      const resolved = this.resolve(value, fn);
      if (resolved.kind === 'instance' || resolved.kind === 'object') return resolved;
    }
    return null;
  }

  /** The value a call returns. */
  resultOf(call: PyNode, fn: FunctionInfo | null): Value {
    const callee = fieldOf(call, 'function');
    const target = this.resolve(callee, fn);
    if (target.kind === 'name') {
      const made = this.catalogue.call(target.path)?.makes;
      if (made !== undefined) return { kind: 'instance', type: made };
      // A call the catalogue has a row for gives data (a response, rows), not an unknown library's object.
      return target.imported && this.catalogue.call(target.path) === undefined && isForeign(target.path) ? { kind: 'foreign', path: `${target.path}()` } : UNKNOWN;
    }
    if (target.kind === 'foreign') return { kind: 'foreign', path: `${target.path}()` };
    if (target.kind === 'function') return this.returnOf(target.fn);
    if (target.kind === 'class') return { kind: 'object', cls: target.cls };
    if (target.kind === 'instance') {
      // Calling a value: a sessionmaker makes a Session.
      const made = this.catalogue.method(target.type, '__call__')?.makes;
      if (made !== undefined) return { kind: 'instance', type: made };
    }
    if (callee?.type === 'attribute') {
      const receiver = this.resolve(fieldOf(callee, 'object'), fn);
      if (receiver.kind === 'instance') {
        const method = nodeText(this.text, fieldOf(callee, 'attribute'));
        const entry = this.catalogue.method(receiver.type, method);
        if (entry?.makes !== undefined) return { kind: 'instance', type: entry.makes };
        if (DEEP_TYPES.has(receiver.type)) return receiver;
      }
    }
    return UNKNOWN;
  }

  private returning = new Set<FunctionInfo>();

  /** What a function of the file returns or yields first (a dependency's `yield db`). */
  returnOf(fn: FunctionInfo): Value {
    if (this.returning.has(fn) || !fn.body) return UNKNOWN;
    this.returning.add(fn);
    try {
      let found: Value = UNKNOWN;
      const visit = (node: PyNode): boolean => {
        for (const child of node.children) {
          if (SCOPES.has(child.type)) continue;
          if (child.type === 'return_statement' || child.type === 'yield') {
            const value = this.resolve(child.children[0], fn);
            if (value.kind !== 'unknown') { found = value; return true; }
          }
          if (visit(child)) return true;
        }
        return false;
      };
      visit(fn.body);
      return found;
    } finally {
      this.returning.delete(fn);
    }
  }

  /** A method of `cls` or of a base class of the file, by name. */
  method(cls: ClassInfo, name: string, depth = 0): FunctionInfo | null {
    const own = cls.methods.get(name);
    if (own || depth > 8) return own ?? null;
    for (const base of cls.bases) {
      const value = this.resolve(base, null);
      if (value.kind !== 'class') continue;
      const inherited = this.method(value.cls, name, depth + 1);
      if (inherited) return inherited;
    }
    return null;
  }

  /** A parameter of `fn` named `name`: its annotation's type, or what its `Depends(f)` gives. */
  private parameter(fn: FunctionInfo, name: string): Value | null {
    const params = fn.params?.children.filter((c) => c.type !== 'comment') ?? [];
    for (const param of params) {
      if (parameterName(this.text, param) !== name) continue;
      if (fn.ofClass && param === params[0] && !fn.decorators.some((d) => /^@\s*staticmethod\b/.test(nodeText(this.text, d)))) {
        // `self` is an instance; a classmethod's `cls` is the class (its methods are the same here).
        return fn.decorators.some((d) => /^@\s*classmethod\b/.test(nodeText(this.text, d))) ? { kind: 'class', cls: fn.ofClass } : { kind: 'object', cls: fn.ofClass };
      }
      const annotation = fieldOf(param, 'type');
      if (annotation) {
        const typed = this.resolveAnnotation(annotation, fn.parent);
        if (typed.kind !== 'unknown') return typed;
      }
      const dependency = dependencyOf(this, param, fn);
      if (dependency) return this.returnOf(dependency);
      return UNKNOWN;
    }
    return null;
  }

  /** `Session`, `Optional[Session]`, `Session | None`, `Annotated[Session, Depends(get_db)]`. */
  resolveAnnotation(node: PyNode, fn: FunctionInfo | null): Value {
    let expr: PyNode | undefined = node.type === 'type' ? node.children[0] : node;
    for (let i = 0; i < 8 && expr; i++) {
      const aliased = this.annotatedAlias(expr);
      if (aliased) { expr = aliased; continue; }
      if (expr.type === 'generic_type' || expr.type === 'subscript') {
        const head = nodeText(this.text, expr.children[0]).split('.').pop();
        if (head === 'Annotated' || head === 'Optional') {
          const args = expr.children.find((c) => c.type === 'type_parameter' || c.field === 'subscript');
          expr = args?.type === 'type_parameter' ? args.children[0]?.children[0] ?? args.children[0] : args;
          continue;
        }
        return UNKNOWN;
      }
      if (expr.type === 'binary_operator') { expr = fieldOf(expr, 'left') ?? undefined; continue; }
      if (expr.type === 'union_type') { expr = expr.children[0]?.children[0] ?? expr.children[0]; continue; }
      break;
    }
    if (!expr) return UNKNOWN;
    const value = this.resolve(expr, fn);
    if (value.kind === 'name') {
      const type = typeNamed(this.catalogue, value.path);
      return type !== undefined ? { kind: 'instance', type } : UNKNOWN;
    }
    if (value.kind === 'class') return { kind: 'object', cls: value.cls };
    return value.kind === 'instance' ? value : UNKNOWN;
  }

  /**
   * The `Annotated[…]` a module-level alias stands for: `DbSession = Annotated[Session,
   * Depends(get_db)]`, `X: TypeAlias = …`, `type X = …` (FastAPI unwraps all three, the last
   * since it supports PEP 695 aliases), and aliases of aliases; each assigned once. Null for
   * anything else.
   */
  annotatedAlias(node: PyNode): PyNode | null {
    let expr: PyNode | undefined = node.type === 'type' ? node.children[0] : node;
    for (let i = 0; i < 8 && expr?.type === 'identifier'; i++) {
      const values = this.module.assignments.get(nodeText(this.text, expr));
      if (values?.length !== 1) return null;
      expr = values[0]!.type === 'type' ? values[0]!.children[0] : values[0];
      if ((expr?.type === 'subscript' || expr?.type === 'generic_type') && nodeText(this.text, expr.children[0]).split('.').pop() === 'Annotated') return expr;
    }
    return null;
  }

  /** A number the code states, through module constants and arithmetic; null if not. */
  number(node: PyNode | null | undefined, fn: FunctionInfo | null): number | null {
    if (!node || this.depth > 40) return null;
    switch (node.type) {
      case 'integer':
      case 'float': {
        const raw = nodeText(this.text, node).replace(/_/g, '').replace(/[jJlL]$/, '');
        const n = /^0[xob]/i.test(raw) ? Number(raw) : Number.parseFloat(raw);
        return Number.isFinite(n) ? n : null;
      }
      case 'parenthesized_expression':
        return this.number(node.children[0], fn);
      case 'unary_operator': {
        const v = this.number(fieldOf(node, 'argument'), fn);
        if (v === null) return null;
        return this.text.slice(node.start, node.end).trimStart().startsWith('-') ? -v : v;
      }
      case 'binary_operator': {
        const a = this.number(fieldOf(node, 'left'), fn);
        const b = this.number(fieldOf(node, 'right'), fn);
        if (a === null || b === null) return null;
        const left = fieldOf(node, 'left')!;
        const op = this.text.slice(left.end, fieldOf(node, 'right')!.start).trim();
        const result = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b
          : op === '//' ? Math.floor(a / b) : op === '**' ? a ** b : Number.NaN;
        return Number.isFinite(result) ? result : null;
      }
      case 'identifier': {
        this.depth++;
        try {
          const v = this.resolveName(nodeText(this.text, node), fn);
          return v.kind === 'number' ? v.value : null;
        } finally {
          this.depth--;
        }
      }
      default:
        return null;
    }
  }
}

/** An imported name whose results are a library's unknown values: not a quick module, not a class of the app's relative modules. */
function isForeign(path: string): boolean {
  if (QUICK_MODULES.some((m) => path === m || path.startsWith(`${m}.`))) return false;
  return !(path.startsWith('.') && /^[A-Z]/.test(path.split('.').pop() ?? ''));
}

/** The name a parameter binds (`x`, `x: int`, `x=1`, `x: int = 1`; not `*args`). */
export function parameterName(text: string, param: PyNode): string {
  if (param.type === 'identifier') return nodeText(text, param);
  const name = fieldOf(param, 'name') ?? (param.type === 'typed_parameter' ? childOfType(param, 'identifier') : null);
  return name?.type === 'identifier' ? nodeText(text, name) : '';
}

/**
 * `Depends(f)` / `Security(f)` on a parameter (as its default, or inside Annotated), when f is
 * a function of the file, or a class or instance of one: FastAPI calls a class (its
 * `__init__`, which `Depends()` with no argument takes from the annotation) or an instance
 * (its `__call__`) like a function.
 */
export function dependencyOf(resolver: Resolver, param: PyNode, fn: FunctionInfo): FunctionInfo | null {
  const call = dependsCall(resolver, param, fn);
  if (!call) return null;
  const target = callArgument(call, 0, 'dependency', resolver.text);
  const annotation = fieldOf(param, 'type');
  const value = target ? resolver.resolve(target, fn.parent) : annotation ? resolver.resolveAnnotation(annotation, fn.parent) : UNKNOWN;
  if (value.kind === 'function') return value.fn;
  if (value.kind === 'object') return resolver.method(value.cls, target ? '__call__' : '__init__');
  if (value.kind === 'class') return resolver.method(value.cls, '__init__');
  return null;
}

/** The `Depends(…)` call of a parameter, if it has one. */
export function dependsCall(resolver: Resolver, param: PyNode, fn: FunctionInfo): PyNode | null {
  const candidates: PyNode[] = [];
  const value = fieldOf(param, 'value');
  if (value) candidates.push(value);
  const annotation = fieldOf(param, 'type');
  if (annotation) collectCalls(resolver.annotatedAlias(annotation) ?? annotation, candidates);
  for (const c of candidates) {
    if (c.type !== 'call') continue;
    const callee = resolver.resolve(fieldOf(c, 'function'), fn.parent);
    if (callee.kind === 'name' && /(^|\.)(Depends|Security)$/.test(callee.path)) return c;
  }
  return null;
}

function collectCalls(node: PyNode, out: PyNode[]): void {
  for (const child of node.children) {
    if (child.type === 'call') out.push(child);
    else collectCalls(child, out);
  }
}

/** Positional argument `index`, or keyword argument `keyword`, of a call. */
export function callArgument(call: PyNode, index: number, keyword: string | null, text?: string): PyNode | null {
  const args = fieldOf(call, 'arguments');
  if (!args) return null;
  let i = 0;
  for (const arg of args.children) {
    if (arg.type === 'keyword_argument') {
      if (keyword !== null && text !== undefined && nodeText(text, fieldOf(arg, 'name')) === keyword) return fieldOf(arg, 'value');
      continue;
    }
    if (arg.type === 'comment' || arg.type === 'list_splat' || arg.type === 'dictionary_splat') continue;
    if (i === index) return arg;
    i++;
  }
  return null;
}

/** Positional arguments of a call (splats and keywords left out). */
export function positionalArguments(call: PyNode): PyNode[] {
  const args = fieldOf(call, 'arguments');
  return (args?.children ?? []).filter((a) => a.type !== 'keyword_argument' && a.type !== 'comment' && a.type !== 'list_splat' && a.type !== 'dictionary_splat');
}

/** The value of a plain string literal (no f-string interpolation), or null. */
export function stringValue(literal: string): string | null {
  const m = /^([rRbBuU]{0,2})('''|"""|'|")([\s\S]*)\2$/.exec(literal);
  if (!m || /[fFtT]/.test(m[1]!)) return null;
  const body = m[3]!;
  return /[rR]/.test(m[1]!) ? body : body.replace(/\\(["'\\])/g, '$1');
}