/**
 * What a call in a function body means, before the walk turns it into steps: a catalogue
 * entry (by qualified name, by the type of its receiver, or by its signature), a function
 * of the file to follow, imported code the catalogue does not know, or nothing to count;
 * and the numbers a call states (a literal `range`'s length, a cost model's inputs).
 */
import { QUICK_MODULES, type CallEntry, type Effect } from './catalogue';
import type { ClassInfo, FunctionInfo } from './bindings';
import { callArgument, positionalArguments } from './callArguments';
import { methodOf } from './classMethods';
import { decoratedType } from './decoratedFunctions';
import { statedNumber } from './literals';
import type { Resolver } from './names';
import { parameterName } from './parameters';
import { localsOf } from './bindings';
import type { Value } from './values';
import { fieldOf, nodeText, type PyNode } from './syntax';

/** What a call means here. */
export type Meaning =
  | { kind: 'entry'; entry: CallEntry; effect: Effect | undefined; receiverType?: string }
  | { kind: 'function'; fn: FunctionInfo }
  | { kind: 'unknown'; path: string }
  | { kind: 'none' };

export function classifyCall(resolver: Resolver, call: PyNode, fn: FunctionInfo): Meaning {
  const callee = fieldOf(call, 'function');
  if (!callee) return { kind: 'none' };
  if (callee.type === 'attribute') {
    const receiver = resolver.resolve(fieldOf(callee, 'object'), fn);
    // A function of the file its decorator made a library's object (`@celery_app.task`): that object's methods.
    const type = receiver.kind === 'instance' ? receiver.type : receiver.kind === 'function' ? decoratedType(resolver, receiver.fn) : null;
    if (type !== null) {
      const entry = resolver.catalogue.method(type, nodeText(resolver.text, fieldOf(callee, 'attribute')));
      return entry ? { kind: 'entry', entry, effect: entry.effect, receiverType: type } : { kind: 'none' };
    }
    // A method of a library's value the catalogue does not know (`mc.put_object(…)` on `Minio(…)`).
    if (receiver.kind === 'foreign') return { kind: 'unknown', path: `${receiver.path}.${nodeText(resolver.text, fieldOf(callee, 'attribute'))}` };
    if (receiver.kind === 'object' || receiver.kind === 'class') return methodMeaning(resolver, receiver.cls, nodeText(resolver.text, fieldOf(callee, 'attribute')));
  }
  const target = resolver.resolve(callee, fn);
  const meaning = meaningOf(resolver, target);
  return meaning.kind === 'none' || meaning.kind === 'unknown' ? (bySignature(resolver, call, callee, fn) ?? meaning) : meaning;
}

/**
 * Reading an attribute that is a property asking a server (`result.state` on a Celery
 * `AsyncResult`): the row that says so, or null (most attributes are plain values).
 */
export function classifyRead(resolver: Resolver, node: PyNode, fn: FunctionInfo): Meaning | null {
  const name = nodeText(resolver.text, fieldOf(node, 'attribute'));
  if (!resolver.catalogue.readNames.has(name)) return null;
  const receiver = resolver.resolve(fieldOf(node, 'object'), fn);
  if (receiver.kind !== 'instance') return null;
  const entry = resolver.catalogue.read(receiver.type, name);
  return entry ? { kind: 'entry', entry, effect: entry.effect, receiverType: receiver.type } : null;
}

/** A method call on a value the analyser cannot follow, recognised by its signature (catalogue rows with `bySignature`). */
function bySignature(resolver: Resolver, call: PyNode, callee: PyNode, fn: FunctionInfo): Meaning | null {
  if (callee.type !== 'attribute') return null;
  const rows = resolver.catalogue.bySignature(nodeText(resolver.text, fieldOf(callee, 'attribute')));
  if (rows.length === 0) return null;
  const first = resolver.resolve(callArgument(call, 0, null, resolver.text), fn);
  if (first.kind !== 'string') return null;
  const imported = [...resolver.module.imports.values()];
  const entry = rows.find(({ bySignature: sig }) => sig!.firstArgument.includes(first.value.toUpperCase()) &&
    imported.some((path) => path === sig!.module || path.startsWith(`${sig!.module}.`)));
  return entry ? { kind: 'entry', entry, effect: entry.effect } : null;
}

/**
 * A method called on an instance of a class of the file (`repo.get(id)`, `self.charge(…)`):
 * the method, where the file defines it; a method inherited from a class the file imports
 * (`class UserRepo(BaseRepository)`) is code LoopLab cannot see, like any imported call.
 */
function methodMeaning(resolver: Resolver, cls: ClassInfo, name: string): Meaning {
  const method = methodOf(resolver, cls, name);
  if (method) return { kind: 'function', fn: method };
  for (const base of cls.bases) {
    const value = resolver.resolve(base, null);
    if (value.kind !== 'name' || !value.imported) continue;
    const inherited = meaningOf(resolver, { kind: 'name', path: `${value.path}.${name}`, imported: true });
    if (inherited.kind !== 'none') return inherited;
  }
  return { kind: 'none' };
}

export function meaningOf(resolver: Resolver, target: Value): Meaning {
  if (target.kind === 'function') return { kind: 'function', fn: target.fn };
  // Making an instance runs `__init__`; calling one runs `__call__` (a class-based dependency).
  if (target.kind === 'class' || target.kind === 'object') {
    const method = methodOf(resolver, target.cls, target.kind === 'class' ? '__init__' : '__call__');
    return method ? { kind: 'function', fn: method } : { kind: 'none' };
  }
  if (target.kind === 'instance') {
    const entry = resolver.catalogue.method(target.type, '__call__');
    return entry ? { kind: 'entry', entry, effect: entry.effect } : { kind: 'none' };
  }
  if (target.kind !== 'name') return { kind: 'none' };
  const entry = resolver.catalogue.call(target.path);
  if (entry) return { kind: 'entry', entry, effect: entry.effect };
  // A class of unknown code (CapWords, PEP 8) is taken to be quick to make: models, schemas, exceptions.
  const quick = QUICK_MODULES.some((m) => target.path === m || target.path.startsWith(`${m}.`)) || /^[A-Z]/.test(target.path.split('.').pop() ?? '');
  if (target.imported && !quick) return { kind: 'unknown', path: target.path };
  return { kind: 'none' };
}

/** `range(n)`, `range(a, b)`, `range(a, b, c)` with numbers the code states; null otherwise. */
export function rangeCount(resolver: Resolver, iterable: PyNode | null, fn: FunctionInfo): number | null {
  if (iterable?.type !== 'call') return null;
  const callee = resolver.resolve(fieldOf(iterable, 'function'), fn);
  if (callee.kind !== 'name' || callee.path !== 'range') return null;
  const args = positionalArguments(iterable).map((a) => statedNumber(resolver, a, fn));
  if (args.length === 0 || args.some((a) => a === null)) return null;
  const [a, b, c] = args as number[];
  const [start, stop, step] = args.length === 1 ? [0, a!, 1] : [a!, b!, c ?? 1];
  if (step === 0) return null;
  return Math.max(0, Math.ceil((stop - start) / step));
}

/**
 * The length of a list or tuple written out (`for d in [0.1, 0.2, 0.4]`), directly or through
 * a name assigned one once in the function or at module level; null otherwise (empty, a splat
 * in it, a name assigned twice or to something else, a list the function appends to).
 */
export function literalLength(resolver: Resolver, iterable: PyNode | null, fn: FunctionInfo): number | null {
  let node = iterable;
  if (node?.type === 'identifier') {
    const name = nodeText(resolver.text, node);
    const local = localsOf(fn, resolver.text).get(name);
    const values = local ?? (fn.params?.children.some((p) => parameterName(resolver.text, p) === name) ? undefined : resolver.module.assignments.get(name));
    node = values?.length === 1 ? values[0]! : null;
    // A list the function grows (`items.append(x)`, `items += …`) is as long as the run makes it.
    const body = fn.body ? resolver.text.slice(fn.body.start, fn.body.end) : '';
    if (new RegExp(`\\b${name}\\s*(\\.\\s*(append|extend|insert)\\b|\\+=)`).test(body)) return null;
  }
  if (node?.type !== 'list' && node?.type !== 'tuple') return null;
  const items = node.children.filter((c) => c.type !== 'comment');
  if (items.length === 0) return null;
  return items.some((c) => c.type === 'list_splat' || c.type === 'dictionary_splat' || c.error !== undefined) ? null : items.length;
}

export function cpuArguments(resolver: Resolver, call: PyNode, fn: FunctionInfo): { iterations?: number; n?: number; r?: number } {
  const num = (index: number, keyword: string) => statedNumber(resolver, callArgument(call, index, keyword, resolver.text), fn) ?? undefined;
  const iterations = num(3, 'iterations');
  const n = num(-1, 'n');
  const r = num(-1, 'r');
  return { ...(iterations !== undefined ? { iterations } : {}), ...(n !== undefined ? { n } : {}), ...(r !== undefined ? { r } : {}) };
}
