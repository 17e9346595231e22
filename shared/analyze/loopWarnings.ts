/**
 * Warnings about what runs on the event loop: a blocking call or heavy computation in an
 * `async def` route (or its async dependencies, or what they call), or in code the loop runs
 * after the response (`afterResponse.ts`). Each says what it costs under the scenario's load
 * and how to fix it; the fixes offered are the ones the app can apply and the chart can show
 * (none for code after the response; not making the route def where that would not move it).
 */
import type { AsyncStep, Route } from '../scenario/types';
import { formatMs, type Diagnostic, type FixKind } from './diagnostics';
import type { Findings, Span, StepOrigin } from './findings';
import type { LineIndex } from './syntax';

/** How each fix reads in a message and on its button. */
export function fixText(fix: FixKind, instead?: string): string {
  switch (fix) {
    case 'await':
      return instead === 'asyncio.sleep' ? 'await asyncio.sleep(…) instead' : `use ${instead ?? 'an async library'} and await it`;
    case 'threadpool':
      return 'await run_in_threadpool(…), so it runs on a pool thread';
    case 'process':
      return 'run it in a process pool: await loop.run_in_executor(pool, …)';
    case 'def':
      return 'make the route def (FastAPI runs it on a pool thread)';
  }
}

/** Steps that run on the event loop: an async route's own, and its gather branches'. */
export function* onLoop(steps: readonly AsyncStep[]): Generator<AsyncStep> {
  for (const step of steps) {
    if ('gather' in step) for (const branch of step.gather) yield* onLoop(branch);
    else if ('cpu' in step || 'blocking_io' in step) yield step;
  }
}

/**
 * A place in the code that blocks the loop: the first step found there, and how often each
 * route runs it; `afterResponse` names the dependency whose code after yield it is in.
 */
interface Place { step: AsyncStep; origin: StepOrigin; at: Span; route: string; times: Map<string, number>; afterResponse?: { where: string; dependency?: string } }

/**
 * One warning per place in the code, however many routes reach it and however often: a call
 * in a loop, or a helper called twice, costs its duration each time (the route's total is
 * what a request blocks the loop for). `requests` is every request of the scenario: while
 * the loop is blocked, all the others wait, whatever their route.
 */
export function loopWarnings(routes: readonly Route[], findings: Findings, lines: LineIndex, requests: number): Diagnostic[] {
  const byPlace = new Map<string, Place>();
  const add = (steps: readonly AsyncStep[], route: string, afterResponse?: Place['afterResponse']) => {
    for (const step of onLoop(steps)) {
      const origin = findings.origins.get(step);
      if (!origin || origin.source === 'default') continue;
      const at = origin.via[0] ?? origin.at;
      // The call's whole span: `open(p).read()` and the `open(p)` inside it start at the same place.
      const key = `${at.start}:${origin.at.start}:${origin.at.end}`;
      let place = byPlace.get(key);
      if (!place) byPlace.set(key, place = { step, origin, at, route, times: new Map(), ...(afterResponse !== undefined ? { afterResponse } : {}) });
      place.times.set(route, (place.times.get(route) ?? 0) + 1);
    }
  };
  for (const route of routes) if (route.kind === 'async') add(route.steps, route.name);
  // An async dependency's code after yield, and an ASGI middleware's after self.app(…), run on the loop after the response, whatever the route's kind.
  for (const after of findings.afterResponse) add(after.steps, after.route, { where: after.where, ...(after.dependency !== undefined ? { dependency: after.dependency } : {}) });
  return [...byPlace.values()].map((place) => warning(place, findings, lines, requests));
}

function warning({ step, origin, at: place, route, times, afterResponse }: Place, findings: Findings, lines: LineIndex, requests: number): Diagnostic {
  const cpu = 'cpu' in step;
  const once = 'cpu' in step ? step.cpu : 'blocking_io' in step ? step.blocking_io : 0;
  const count = times.get(route) ?? 1;
  const entry = origin.entry;
  const start = lines.position(place.start);
  const end = lines.position(place.end);
  // Middleware runs on the loop whatever the route is: making the route def would not move it.
  const middleware = findings.middleware.get(step);
  // So does an async dependency (FastAPI awaits it on the loop even for a def route): making it def would.
  const dependency = afterResponse !== undefined ? afterResponse.dependency : findings.asyncDependency.get(step);
  const fixes = (cpu ? ['process', 'def'] : entry?.instead ? ['await', 'threadpool', 'def'] : ['threadpool', 'def']).filter((f) => f !== 'def' || (middleware === undefined && dependency === undefined && afterResponse === undefined)) as FixKind[];
  const repeated = count > 1 ? ` ${count} times` : '';
  const after = afterResponse !== undefined ? ` after the response is sent (${afterResponse.where})` : '';
  const cost = `${formatMs(once * count)} per request${origin.assumed ? ` (assumed: ${count > 1 ? `${formatMs(once)} each, ` : ''}${origin.what})` : count > 1 ? ` (${formatMs(once)} each)` : ''}${after}`;
  const verb = cpu ? `computes on the event loop${repeated ? `${repeated},` : ' for'} ${cost}` : `blocks the event loop${repeated ? `${repeated},` : ''} ${cost}`;
  const others = requests - 1;
  const wait = others > 0 ? `; the other ${others.toLocaleString('en-US')} request${others === 1 ? '' : 's'} wait` : '';
  const inRoutes = times.size > 1 ? ` (in ${times.size} routes)` : '';
  const routes = middleware !== undefined ? ` (in ${middleware}, around every route)`
    : dependency !== undefined && afterResponse === undefined ? ` (in dependency ${dependency}, which FastAPI runs on the event loop for any route${times.size > 1 ? `; in ${times.size} routes` : ''})`
    : inRoutes;
  const calls = origin.source === 'loop' ? 'it runs' : 'it calls';
  const what = origin.via.length === 0
    ? `${origin.text} ${verb}`
    : `${flat(lines.text.slice(place.start, place.end))} ${cpu ? 'computes on' : 'blocks'} the event loop: ${calls} ${origin.text} (line ${lines.position(origin.at.start).line})${repeated}, ${cost}`;
  const target = lines.position(step.line !== undefined ? lines.lineStart(step.line) + (step.column ?? 1) - 1 : origin.at.start);
  // Code after a dependency's yield is not in the chart: no fix there could show, so none is offered, only said.
  const advice = [...fixes.map((f) => fixText(f, entry?.instead)), ...(dependency !== undefined ? [`make ${dependency} a def dependency (FastAPI runs it on a pool thread)`] : [])];
  return {
    line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    severity: 'warning',
    code: entry?.rule ?? (cpu ? 'LOOP101' : 'LOOP102'),
    message: `${what}${wait}${routes}. Fix: ${advice.join('; or ')}`,
    fixes: afterResponse !== undefined ? [] : fixes,
    ...(afterResponse !== undefined ? {} : { target: { route, line: target.line, column: target.column } }),
  };
}

function flat(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= 80 ? one : `${one.slice(0, 79)}…`;
}
