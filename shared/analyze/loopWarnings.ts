/**
 * Warnings about what runs on the event loop: a blocking call or heavy computation in an
 * `async def` route (or its async dependencies, or what they call). Each says what it costs
 * under the scenario's load and how to fix it; the fixes are the ones the app can apply.
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
function* onLoop(steps: readonly AsyncStep[]): Generator<AsyncStep> {
  for (const step of steps) {
    if ('gather' in step) for (const branch of step.gather) yield* onLoop(branch);
    else if ('cpu' in step || 'blocking_io' in step) yield step;
  }
}

interface Pending { diagnostic: Diagnostic; routes: number }

/** One warning per place in the code, however many routes reach it. */
export function loopWarnings(routes: readonly Route[], findings: Findings, lines: LineIndex, requestsPerRoute: number): Diagnostic[] {
  const byPlace = new Map<string, Pending>();
  for (const route of routes) {
    if (route.kind !== 'async') continue;
    for (const step of onLoop(route.steps)) {
      const origin = findings.origins.get(step);
      if (!origin || origin.source === 'default') continue;
      const place = origin.via[0] ?? origin.at;
      const key = `${place.start}:${origin.at.start}`;
      const pending = byPlace.get(key);
      if (pending) { pending.routes++; continue; }
      byPlace.set(key, { diagnostic: warning(step, origin, place, route, lines, requestsPerRoute), routes: 1 });
    }
  }
  return [...byPlace.values()].map(({ diagnostic, routes }) =>
    routes === 1 ? diagnostic : { ...diagnostic, message: diagnostic.message.replace(/\. Fix:/, ` (in ${routes} routes). Fix:`) });
}

function warning(step: AsyncStep, origin: StepOrigin, place: Span, route: Route, lines: LineIndex, n: number): Diagnostic {
  const cpu = 'cpu' in step;
  const ms = 'cpu' in step ? step.cpu : 'blocking_io' in step ? step.blocking_io : 0;
  const entry = origin.entry;
  const start = lines.position(place.start);
  const end = lines.position(place.end);
  const fixes: FixKind[] = cpu ? ['process', 'def'] : entry?.instead ? ['await', 'threadpool', 'def'] : ['threadpool', 'def'];
  const cost = `${formatMs(ms)} per request${origin.assumed ? ` (assumed: ${origin.what})` : ''}`;
  const verb = cpu ? `computes on the event loop for ${cost}` : `blocks the event loop ${cost}`;
  const others = n > 1 ? `; the other ${n - 1} requests wait` : '';
  const what = origin.via.length === 0
    ? `${origin.text} ${verb}`
    : `${flat(lines.text.slice(place.start, place.end))} ${cpu ? 'computes on' : 'blocks'} the event loop: it calls ${origin.text} (line ${lines.position(origin.at.start).line}), ${cost}`;
  const at = lines.position(step.line !== undefined ? lines.lineStart(step.line) + (step.column ?? 1) - 1 : origin.at.start);
  return {
    line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    severity: 'warning',
    code: entry?.rule ?? (cpu ? 'LOOP101' : 'LOOP102'),
    message: `${what}${others}. Fix: ${fixes.map((f) => fixText(f, entry?.instead)).join('; or ')}`,
    fixes,
    target: { route: route.name, line: at.line, column: at.column },
  };
}

function flat(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= 80 ? one : `${one.slice(0, 79)}…`;
}
