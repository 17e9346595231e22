/**
 * The second chart's scenario: the same routes flipped between def and async def.
 *
 * Flipping honestly is not just changing a keyword:
 * - async def → def: `await` is not allowed in def, so every awaited I/O becomes the
 *   blocking call a sync library makes; to_thread / to_process contents run inline on the
 *   route's own thread; gather branches run one after another.
 * - def → async def, "naive": the same code under async def. Its blocking calls now block
 *   the event loop — the classic mistake, worth seeing.
 * - def → async def, "with await": blocking I/O replaced by an awaited async library call;
 *   CPU work stays CPU work (it still blocks the loop: async does not make computing faster).
 */
import { notesOf, type AsyncStep, type Route, type Scenario, type SyncStep } from './types';

export type FlipMode = 'naive' | 'await';

/** The sync equivalent of async steps: what the same work costs on a thread. */
export function toSyncSteps(steps: readonly AsyncStep[]): SyncStep[] {
  return steps.flatMap((step): SyncStep[] => {
    if ('cpu' in step || 'blocking_io' in step) return [step];
    if ('await_io' in step) return [withLabel({ ...notesOf(step), blocking_io: step.await_io }, withoutAwait(step.label))];
    if ('to_thread' in step) return [...step.to_thread];
    if ('to_process' in step) return [...step.to_process];
    return step.gather.flatMap((branch) => toSyncSteps(branch));
  });
}

/** "await db.fetch(id)" in a def route is the sync library's "db.fetch(id)": def cannot await. */
function withoutAwait(label: string | undefined): string | undefined {
  return label?.replace(/^await\s+/, '');
}

function withLabel<S extends SyncStep | AsyncStep>(step: S, label: string | undefined): S {
  const { label: _, ...rest } = step;
  return (label === undefined ? rest : { ...rest, label }) as S;
}

export function flipRouteToSync(route: Route): Route {
  return { ...route, kind: 'sync', steps: toSyncSteps(route.steps) };
}

export function flipRouteToAsync(route: Route, mode: FlipMode): Route {
  const steps = mode === 'naive'
    ? route.steps
    : route.steps.map((s): AsyncStep => ('blocking_io' in s ? { ...notesOf(s), await_io: s.blocking_io } : s));
  return { ...route, kind: 'async', steps };
}

export function flipRoute(route: Route, mode: FlipMode): Route {
  return route.kind === 'async' ? flipRouteToSync(route) : flipRouteToAsync(route, mode);
}

/** Every route flipped; server and requests unchanged, so the two charts compare like with like. */
export function flipScenario(scenario: Scenario, mode: FlipMode): Scenario {
  return {
    ...scenario,
    name: `${scenario.name} (flipped)`,
    routes: scenario.routes.map((r) => flipRoute(r, mode)),
  };
}

/** One sentence for the UI: what the right-hand chart shows. */
export function explainFlip(mode: FlipMode): string {
  return mode === 'naive'
    ? 'Each def route becomes async def with the same calls — its blocking I/O now blocks the event loop. Each async def route becomes def: awaits turn into blocking calls, thread and process work runs inline.'
    : 'Each def route becomes async def with its blocking I/O replaced by await (an async library); CPU work still runs on the loop. Each async def route becomes def: awaits turn into blocking calls, thread and process work runs inline.';
}
