/**
 * Code that runs after the response has been sent, so it adds nothing to the route's latency
 * and is not a step of the route; a note says where it is and what it still costs, and a
 * blocking call in it on the event loop still stalls every other request (a warning, from
 * `loopWarnings.ts`, with no fix the chart could show).
 * - A dependency's code after `yield`, in FastAPI 0.92: its exit stack lives in
 *   `AsyncExitStackMiddleware`, around the router (fastapi/fastapi `fastapi/applications.py`,
 *   `middleware/asyncexitstack.py`), and closes once `await route(scope, receive, send)`
 *   returns, the last body message already written. An `async def` dependency's teardown runs
 *   on the event loop; a `def` one's on a worker thread under a limiter of its own
 *   (`contextmanager_in_threadpool`, `fastapi/concurrency.py`), not one of the 40 tokens.
 * - A pure ASGI middleware's code after `await self.app(scope, receive, send)`: that call
 *   returns once the app has sent the whole response (Starlette's `BaseHTTPMiddleware`, whose
 *   `dispatch` returns the response, is not this: its code after `call_next` runs first).
 * Both checked on Debian's FastAPI 0.92 / uvicorn: 500 ms after the yield or after
 * `self.app(…)`, a 2–6 ms response.
 */
import type { AsyncStep } from '../scenario/types';
import type { FunctionInfo } from './bindings';
import { total } from './celeryResults';
import { formatMs } from './diagnostics';
import type { Findings } from './findings';
import type { LineIndex, PyNode } from './syntax';

/** What a route's dependencies run after its response: kept out of the route, noted, and handed to the warnings. */
export function afterResponse(fn: FunctionInfo, steps: readonly AsyncStep[], route: string, findings: Findings): void {
  if (steps.length === 0) return;
  const where = fn.isAsync
    ? 'on the event loop while other requests are served'
    : 'on a worker thread (outside the 40 tokens: FastAPI gives a dependency\'s exit a limiter of its own) while other requests are served';
  const at = firstYield(fn.body) ?? fn.node;
  findings.note(at, 'LOOP204', `${fn.name}'s code after yield (${summary(steps)}) runs after the response is sent (FastAPI closes a dependency once the response has gone out), so the chart leaves it out: it does not delay the response, but it still runs ${where}`);
  if (fn.isAsync) findings.afterResponse.push({ route, where: `${fn.name}'s code after yield`, dependency: fn.name, steps });
}

/** What a pure ASGI middleware runs after `await self.app(…)`: kept out of the route, noted at its first step, and handed to the warnings. */
export function asgiAfterResponse(label: string, steps: readonly AsyncStep[], route: string, findings: Findings, lines: LineIndex): void {
  const first = steps[0];
  if (first === undefined) return;
  const at = first.line !== undefined ? lines.lineStart(first.line) + (first.column ?? 1) - 1 : 0;
  findings.note({ start: at, end: at }, 'LOOP204', `${label}'s code after await self.app(…) (${summary(steps)}) runs after the response is sent (the app's call returns once the whole response has gone out), so the chart leaves it out: it does not delay the response, but it still runs on the event loop while other requests are served`);
  findings.afterResponse.push({ route, where: 'code after await self.app(…)', steps });
}

/** The first steps' labels and the time of them all. */
function summary(steps: readonly AsyncStep[]): string {
  const shown = steps.slice(0, 2).map((s) => s.label ?? '').filter((l) => l !== '').join(', ');
  const more = steps.length > 2 ? ` and ${steps.length - 2} more` : '';
  return `${shown}${more}, ${formatMs(total(steps))}`;
}

/** The first `yield` of a function's own body (not one of a function or lambda inside it). */
function firstYield(node: PyNode | null): PyNode | null {
  if (node === null) return null;
  for (const child of node.children) {
    if (child.type === 'yield') return child;
    if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'decorated_definition' || child.type === 'lambda') continue;
    const inner = firstYield(child);
    if (inner) return inner;
  }
  return null;
}
