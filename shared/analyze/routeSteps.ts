/**
 * A route's steps, as FastAPI runs them: the middleware's code before `call_next` (an ASGI
 * middleware's `self.app(…)`; outermost first), its dependencies (each once per request, in
 * the order FastAPI solves them: the decorator's and routers' `dependencies=[…]`, then the
 * parameters', sub-dependencies before the ones that need them), then the handler, then the
 * HTTP middleware's code after `call_next`, outermost last. The code after a dependency's
 * `yield`, and a pure ASGI middleware's after `self.app(…)`, runs after the response is sent:
 * not a step of the route (`afterResponse.ts`).
 *
 * FastAPI runs `def` dependencies in the thread pool and `async def` ones on the loop
 * (fastapi/fastapi docs/en/docs/async.md). In an `async def` route a `def` dependency is a
 * `to_thread` (pool "anyio") of its steps. A `def` route runs on a pool thread; its `def`
 * dependencies' steps are put on that thread too (FastAPI gives each its own hop: the model
 * saves a token wait per dependency). A `def` route with an `async def` dependency that has
 * steps (it waits or computes), or behind middleware with steps, is written as async: the dependency or middleware on
 * the loop (where Starlette runs middleware), then the handler in `to_thread`.
 */
import type { AsyncStep, Route, SyncStep } from '../scenario/types';
import type { BodyWalker } from './bodySteps';
import { DEPENDENCY_BODY_MS, QUICK_BODY_MS } from './durations';
import type { Findings } from './findings';
import { afterResponse, asgiAfterResponse } from './afterResponse';
import { onLoop } from './loopWarnings';
import type { FunctionInfo } from './bindings';
import type { Resolver } from './names';
import { dependencyOf, dependsCall } from './parameters';
import type { MiddlewareInfo, RouteInfo } from './routes';
import { fieldOf, type PyNode } from './syntax';

interface Dependency {
  fn: FunctionInfo;
  /** The `Depends(f)` that asked for it (first one, for positions). */
  at: PyNode;
}

export function buildRoute(info: RouteInfo, walker: BodyWalker, resolver: Resolver, findings: Findings, middlewares: readonly MiddlewareInfo[] = []): Route {
  const dependencies = dependenciesOf(info, resolver);
  const handler = walker.stepsOf(info.handler);
  // A middleware wraps the whole request like an async dependency: its code before call_next first, the rest last;
  // a pure ASGI middleware's code after self.app(…) runs after the response is sent, outside the route (afterResponse.ts).
  const wrapping = middlewares.map((m) => {
    const steps = walker.stepsOf(m.fn, m.handOn);
    if (m.handOn.kind !== 'asgi') return { fn: m.fn, label: m.label, at: m.fn.node, steps };
    asgiAfterResponse(m.label, steps.after, info.name, findings, resolver.lines);
    for (const step of steps.after) findings.middleware.set(step, m.label);
    return { fn: m.fn, label: m.label, at: m.fn.node, steps: { before: steps.before, after: [] } };
  }).filter((m) => m.steps.before.length + m.steps.after.length > 0);
  for (const m of wrapping) for (const step of [...m.steps.before, ...m.steps.after]) findings.middleware.set(step, m.label);
  const deps = [...wrapping, ...dependencies.map((d) => {
    const steps = walker.stepsOf(d.fn);
    afterResponse(d.fn, steps.after, info.name, findings);
    if (d.fn.isAsync) for (const s of onLoop(steps.before)) findings.asyncDependency.set(s, d.fn.name);
    return { ...d, steps: { before: steps.before, after: [] } };
  })];
  const quickBody = (ms: number, fn: FunctionInfo, at: PyNode): SyncStep => {
    const pos = resolver.lines.position(at.start);
    const step: SyncStep = { cpu: ms, label: `${fn.name}()`, line: pos.line, column: pos.column, assumed: true };
    findings.origins.set(step, { at, text: `${fn.name}()`, what: "the function's own Python", assumed: true, via: [], source: 'default' });
    return step;
  };

  // FastAPI awaits an async dependency on the loop, whatever the route: its steps (waits or computation) stay there.
  const asyncDepWithSteps = deps.slice(wrapping.length).some((d) => d.fn.isAsync && d.steps.before.length > 0);
  // Middleware runs on the event loop even for a def route: such a route is written as async (LOOP206).
  const onLoopFirst = asyncDepWithSteps || wrapping.length > 0;
  let steps: AsyncStep[];
  let kind: Route['kind'] = info.handler.isAsync ? 'async' : 'sync';
  if (info.handler.isAsync || onLoopFirst) {
    const before: AsyncStep[] = [];
    const after: AsyncStep[] = [];
    for (const d of deps) {
      if (d.fn.isAsync) {
        before.push(...d.steps.before);
        after.unshift(...d.steps.after);
        continue;
      }
      const label = `${d.fn.name}() (def dependency, in the thread pool)`;
      const enter = syncOnly(d.steps.before);
      before.push(located({ to_thread: enter.length > 0 ? enter : [quickBody(DEPENDENCY_BODY_MS, d.fn, d.fn.node)], pool: 'anyio' }, label, d.at, resolver));
    }
    let body: AsyncStep[] = handler.before.concat(handler.after);
    if (!info.handler.isAsync) {
      // A def handler behind an async dependency with steps: its own steps on a pool thread.
      const onThread = syncOnly(body);
      body = [located({ to_thread: onThread.length > 0 ? onThread : [quickBody(QUICK_BODY_MS, info.handler, info.handler.node)], pool: 'anyio' }, `${info.handler.name}() (def handler, in the thread pool)`, info.handler.node, resolver)];
      findings.note(info.handler.node, 'LOOP206', asyncDepWithSteps
        ? `${info.handler.name} is a def route with an async dependency that has work of its own: modelled as the dependency on the event loop, then the handler on a pool thread (as FastAPI runs it)`
        : `${info.handler.name} is a def route behind ${wrapping.map((m) => m.label).join(', ')}: modelled as the middleware on the event loop, the handler on a pool thread (as Starlette and FastAPI run them)`);
      kind = 'async';
    }
    steps = [...before, ...body, ...after];
  } else {
    const before: SyncStep[] = [];
    const after: SyncStep[] = [];
    for (const d of deps) {
      before.push(...syncOnly(d.steps.before));
      after.unshift(...syncOnly(d.steps.after));
    }
    steps = [...before, ...syncOnly(handler.before.concat(handler.after)), ...after];
  }
  if (steps.length === 0) steps = [quickBody(QUICK_BODY_MS, info.handler, info.handler.node)];
  return { name: info.name, kind, steps };
}

/** The dependencies of a route, each once, in the order FastAPI runs them. */
function dependenciesOf(info: RouteInfo, resolver: Resolver): Dependency[] {
  const ordered: Dependency[] = [];
  const seen = new Set<FunctionInfo>([info.handler]);
  const visit = (fn: FunctionInfo, at: PyNode, depth: number) => {
    if (seen.has(fn) || depth > 16) return;
    seen.add(fn);
    addParams(fn, depth + 1);
    ordered.push({ fn, at });
  };
  const addParams = (fn: FunctionInfo, depth: number) => {
    for (const param of fn.params?.children ?? []) {
      const dep = dependencyOf(resolver, param, fn);
      if (!dep) continue;
      // Through an alias (`db: DbSession`) the Depends is on the alias's line: point at the parameter.
      const call = dependsCall(resolver, param, fn)!;
      visit(dep, call.start >= param.start && call.end <= param.end ? call : param, depth);
    }
  };
  for (const call of info.extraDependencies) {
    const target = fieldOf(call, 'arguments')?.children[0];
    const value = target ? resolver.resolve(target, info.handler.parent) : null;
    if (value?.kind === 'function') visit(value.fn, call, 0);
  }
  addParams(info.handler, 0);
  return ordered;
}

/** The sync steps of a list (what a thread can run): a def function's steps always are. */
function syncOnly(steps: readonly AsyncStep[]): SyncStep[] {
  return steps.filter((s): s is SyncStep => 'cpu' in s || 'blocking_io' in s);
}

function located<S extends AsyncStep>(step: S, label: string, at: PyNode, resolver: Resolver): S {
  const pos = resolver.lines.position(at.start);
  return { ...step, label: label.length <= 80 ? label : `${label.slice(0, 79)}…`, line: pos.line, column: pos.column };
}
