/**
 * A dependency's code after `yield`, as FastAPI 0.92 runs it: after the response has been
 * sent. Its exit stack lives in `AsyncExitStackMiddleware`, around the router
 * (fastapi/fastapi `fastapi/applications.py`, `middleware/asyncexitstack.py`), and closes
 * once `await route(scope, receive, send)` returns, the last body message already written.
 * So the code after `yield` adds nothing to the route's latency and is not a step of the
 * route; a note says where it is and what it still costs. An `async def` dependency's
 * teardown runs on the event loop, so a blocking call there still stalls every other request
 * (a warning, from `loopWarnings.ts`); a `def` one runs on a worker thread under a limiter of
 * its own (`contextmanager_in_threadpool`, `fastapi/concurrency.py`), not one of the 40 tokens.
 */
import type { AsyncStep } from '../scenario/types';
import type { FunctionInfo } from './bindings';
import { total } from './celeryResults';
import { formatMs } from './diagnostics';
import type { Findings } from './findings';
import type { PyNode } from './syntax';

/** What a route's dependencies run after its response: kept out of the route, noted, and handed to the warnings. */
export function afterResponse(fn: FunctionInfo, steps: readonly AsyncStep[], route: string, findings: Findings): void {
  if (steps.length === 0) return;
  const shown = steps.slice(0, 2).map((s) => s.label ?? '').filter((l) => l !== '').join(', ');
  const more = steps.length > 2 ? ` and ${steps.length - 2} more` : '';
  const where = fn.isAsync
    ? 'on the event loop while other requests are served'
    : 'on a worker thread (outside the 40 tokens: FastAPI gives a dependency\'s exit a limiter of its own) while other requests are served';
  const at = firstYield(fn.body) ?? fn.node;
  findings.note(at, 'LOOP204', `${fn.name}'s code after yield (${shown}${more}, ${formatMs(total(steps))}) runs after the response is sent (FastAPI closes a dependency once the response has gone out), so the chart leaves it out: it does not delay the response, but it still runs ${where}`);
  if (fn.isAsync) findings.afterResponse.push({ route, dependency: fn.name, steps });
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
