/**
 * The scenario as its fixes would run it: the "With fixes" comparison. A fix names a step by
 * its line and column (see `fixes` in the scenario format); it applies to that step in every
 * async route, where the step runs on the event loop (the route's own steps and its gather
 * branches — a step already in to_thread or to_process needs no fix).
 */
import { flipRouteToSync } from '../scenario/variant';
import { notesOf, type AsyncStep, type FixKind, type Route, type Scenario } from '../scenario/types';

export const FIX_LABELS: Record<FixKind, string> = {
  await: 'Use an async library',
  threadpool: 'Run it in the thread pool',
  process: 'Run it in a process pool',
  def: 'Make the route def',
};

const at = (step: { line?: number; column?: number }) => `${step.line}:${step.column}`;

export function applyFixes(scenario: Scenario): Scenario {
  const fixes = new Map((scenario.fixes ?? []).map((f) => [`${f.line}:${f.column}`, f.fix]));
  const routes = scenario.routes.map((route) => (fixes.size === 0 ? route : fixRoute(route, fixes)));
  return { ...scenario, name: `${scenario.name} (with fixes)`.slice(0, 200), routes };
}

function fixRoute(route: Route, fixes: ReadonlyMap<string, FixKind>): Route {
  if (route.kind !== 'async') return route;
  if (someStep(route.steps, (s) => fixes.get(at(s)) === 'def')) return flipRouteToSync(route);
  return { ...route, steps: route.steps.map((s) => fixStep(s, fixes)) };
}

function fixStep(step: AsyncStep, fixes: ReadonlyMap<string, FixKind>): AsyncStep {
  if ('gather' in step) return { ...step, gather: step.gather.map((branch) => branch.map((s) => fixStep(s, fixes))) };
  if (!('cpu' in step || 'blocking_io' in step)) return step;
  const place = { ...(step.line !== undefined ? { line: step.line } : {}), ...(step.column !== undefined ? { column: step.column } : {}) };
  switch (fixes.get(at(step))) {
    case 'await':
      return 'blocking_io' in step ? { ...notesOf(step), await_io: step.blocking_io, label: `${step.label ?? 'blocking call'} → await` } : step;
    case 'threadpool':
      return { to_thread: [step], pool: 'anyio', label: 'await run_in_threadpool(…)', ...place };
    case 'process':
      return { to_process: [step], label: 'await loop.run_in_executor(pool, …)', ...place };
    default:
      return step;
  }
}

function someStep(steps: readonly AsyncStep[], test: (s: AsyncStep) => boolean): boolean {
  return steps.some((s) => test(s) || ('to_thread' in s && someStep(s.to_thread, test)) || ('to_process' in s && someStep(s.to_process, test)) || ('gather' in s && s.gather.some((b) => someStep(b, test))));
}

/** Whether a step (of any route) stands at this place: a fix there would do something. */
export function hasStepAt(scenario: Scenario, line: number, column: number): boolean {
  return scenario.routes.some((r) => someStep(r.steps, (s) => s.line === line && s.column === column));
}
