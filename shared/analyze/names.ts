/**
 * What a Python expression stands for: a qualified name (`requests.get` after
 * `import requests`), a value of a known type (`client` after `client = httpx.AsyncClient()`),
 * a function of this file, or a number. Just enough of Python's scoping for the catalogue
 * to recognise calls: imports with aliases, module and function assignments, `with … as`,
 * parameters with annotations or `Depends(f)`, and attributes assigned anywhere
 * (`app.state.pool = pool`). A name bound nowhere stands for itself, so a pasted route
 * without its imports still reads `time.sleep` as time.sleep. Where names are bound is read
 * in `bindings.ts`; this file says what they stand for, with parameters in `parameters.ts`,
 * annotations and their aliases in `annotations.ts`, the file's classes in `classMethods.ts`
 * and stated numbers in `literals.ts`.
 */
import { resolveAnnotation } from './annotations';
import { SCOPES, localsOf, type FunctionInfo, type ModuleInfo } from './bindings';
import { DEEP_TYPES, QUICK_MODULES, type CatalogueIndex } from './catalogue';
import { methodOf } from './classMethods';
import { decoratedType } from './decoratedFunctions';
import { statedNumber, stringValue } from './literals';
import { parameterValue } from './parameters';
import { LineIndex, fieldOf, nodeText, type PyNode } from './syntax';
import { UNKNOWN, type Value } from './values';

/** Resolves expressions in one file; results are not cached (scopes differ per function). */
export class Resolver {
  /** How deeply resolve is nested: bounds chains of names (`a = b`, `b = a`) and of stated numbers. */
  depth = 0;
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
        return resolveAnnotation(this, node, fn);
      case 'integer':
      case 'float':
      case 'unary_operator':
      case 'binary_operator': {
        const value = statedNumber(this, node, fn);
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
      const param = parameterValue(this, scope, name);
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
      const method = methodOf(this, base.cls, attr);
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
      const type = receiver.kind === 'instance' ? receiver.type : receiver.kind === 'function' ? decoratedType(this, receiver.fn) : null;
      if (type !== null) {
        const method = nodeText(this.text, fieldOf(callee, 'attribute'));
        const entry = this.catalogue.method(type, method);
        if (entry?.makes !== undefined) return receiver.kind === 'function' ? { kind: 'instance', type: entry.makes, madeBy: receiver.fn } : { kind: 'instance', type: entry.makes };
        if (receiver.kind === 'instance' && DEEP_TYPES.has(receiver.type)) return receiver;
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
}

/** An imported name whose results are a library's unknown values: not a quick module, not a class of the app's relative modules. */
function isForeign(path: string): boolean {
  if (QUICK_MODULES.some((m) => path === m || path.startsWith(`${m}.`))) return false;
  return !(path.startsWith('.') && /^[A-Z]/.test(path.split('.').pop() ?? ''));
}
