/**
 * Pure ASGI middleware: a class of the file whose `async def __call__(self, scope, receive,
 * send)` hands the request on with `await self.app(scope, receive, send)`, added with
 * `app.add_middleware(C)` or wrapped round the app (`app = C(app)`). Like HTTP middleware it
 * runs on the event loop around every request: its code before the hand-on runs first, the
 * rest last. Most such classes first pass anything but HTTP straight through
 * (`if scope["type"] != "http": …`); for the requests LoopLab simulates only the HTTP side of
 * that test runs.
 */
import type { ClassInfo, FunctionInfo } from './bindings';
import { positionalArguments } from './callArguments';
import { methodOf } from './classMethods';
import type { Resolver } from './names';
import { parameterName } from './parameters';
import { fieldOf, nodeText, type PyNode } from './syntax';

/** Where a middleware hands the request on: `await call_next(request)`, or `await self.app(scope, …)`. */
export type HandOn = { kind: 'call_next'; name: string } | { kind: 'asgi'; self: string; scope: string };

/** The `__call__` of a pure ASGI middleware class, with where it hands on; null for any other class. */
export function asgiCall(resolver: Resolver, cls: ClassInfo): { fn: FunctionInfo; handOn: HandOn } | null {
  const fn = methodOf(resolver, cls, '__call__');
  if (!fn?.isAsync) return null;
  const params = (fn.params?.children ?? []).filter((c) => c.type !== 'comment').map((p) => parameterName(resolver.text, p));
  if (params.length !== 4 || params.some((p) => p === '')) return null;
  return { fn, handOn: { kind: 'asgi', self: params[0]!, scope: params[1]! } };
}

/** Whether `call` hands the request on: `self.app(scope, …)` (any attribute of self, called with the scope first). */
export function handsOnAsgi(text: string, call: PyNode, on: Extract<HandOn, { kind: 'asgi' }>): boolean {
  const callee = fieldOf(call, 'function');
  if (callee?.type !== 'attribute') return false;
  const object = fieldOf(callee, 'object');
  const first = positionalArguments(call)[0];
  return object?.type === 'identifier' && nodeText(text, object) === on.self && first?.type === 'identifier' && nodeText(text, first) === on.scope;
}

const SCOPE_TYPE = /^\s*(\w+)\s*(?:\[\s*(['"])type\2\s*\]|\.get\(\s*(['"])type\3\s*\))\s*(==|!=|not\s+in|in)\s*(.+)$/s;

/**
 * The parts of `if scope["type"] … "http":` that an HTTP request runs: the body when the test
 * is `==` or `in` (its elif and else skipped), the elif and else when it is `!=` or `not in`.
 * Null when the `if` tests anything else (then every branch counts, as elsewhere).
 */
export function httpBranches(text: string, node: PyNode, scope: string): PyNode[] | null {
  const parts = node.children.filter((c) => c.type !== 'comment');
  const condition = parts[0];
  if (!condition) return null;
  const m = SCOPE_TYPE.exec(nodeText(text, condition));
  if (!m || m[1] !== scope || !/['"]http['"]/.test(m[5]!) || /\b(and|or)\b/.test(m[5]!)) return null;
  const body = parts.find((c) => c.type === 'block');
  const rest = parts.filter((c) => c.type === 'elif_clause' || c.type === 'else_clause');
  return m[4] === '==' || m[4] === 'in' ? (body ? [body] : []) : rest;
}
