/**
 * What a function's parameter stands for: a method's `self` or `cls`, the type its annotation
 * names, or what its dependency returns (`db: Session = Depends(get_db)`, or the `Depends`
 * inside an `Annotated[…]` or an alias of one); and which function of the file a `Depends`
 * asks FastAPI to run.
 */
import { annotatedAlias, resolveAnnotation } from './annotations';
import type { FunctionInfo } from './bindings';
import { callArgument } from './callArguments';
import { methodOf, receiverParameter } from './classMethods';
import type { Resolver } from './names';
import { childOfType, fieldOf, nodeText, type PyNode } from './syntax';
import { UNKNOWN, type Value } from './values';

/** A parameter of `fn` named `name`: `self`, its annotation's type, or what its `Depends(f)` gives; null if `fn` has no such parameter. */
export function parameterValue(resolver: Resolver, fn: FunctionInfo, name: string): Value | null {
  const text = resolver.text;
  const params = fn.params?.children.filter((c) => c.type !== 'comment') ?? [];
  for (const param of params) {
    if (parameterName(text, param) !== name) continue;
    const receiver = receiverParameter(text, fn, param, params);
    if (receiver !== null) return receiver;
    const annotation = fieldOf(param, 'type');
    if (annotation) {
      const typed = resolveAnnotation(resolver, annotation, fn.parent);
      if (typed.kind !== 'unknown') return typed;
    }
    const dependency = dependencyOf(resolver, param, fn);
    if (dependency) return resolver.returnOf(dependency);
    return UNKNOWN;
  }
  return null;
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
  const value = target ? resolver.resolve(target, fn.parent) : annotation ? resolveAnnotation(resolver, annotation, fn.parent) : UNKNOWN;
  if (value.kind === 'function') return value.fn;
  if (value.kind === 'object') return methodOf(resolver, value.cls, target ? '__call__' : '__init__');
  if (value.kind === 'class') return methodOf(resolver, value.cls, '__init__');
  return null;
}

/** The `Depends(…)` call of a parameter, if it has one. */
export function dependsCall(resolver: Resolver, param: PyNode, fn: FunctionInfo): PyNode | null {
  const candidates: PyNode[] = [];
  const value = fieldOf(param, 'value');
  if (value) candidates.push(value);
  const annotation = fieldOf(param, 'type');
  if (annotation) collectCalls(annotatedAlias(resolver, annotation) ?? annotation, candidates);
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
