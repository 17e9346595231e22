/**
 * Pure edits of a route's steps. Each returns a new scenario or a refusal; none mutates.
 * Routes are addressed by index because names may be edited or repeated mid-typing.
 */
import type { Route, Scenario, Step, SyncStep } from '../../../shared/scenario/types';
import { stepKind } from '../../../shared/scenario/types';
import { durationProblem, refuse, type EditFix, type EditResult } from './editResult';
import { containerOf, pathLabel, stepAt, withContainer, type StepPath } from './stepPaths';
import { STEP_NAMES } from './stepText';
import { flipRouteToSync } from '../../../shared/scenario/variant';
import { innerSteps } from '../../../shared/scenario/stepPath';

export type SimpleStepKind = 'cpu' | 'await_io' | 'blocking_io';

function withRoute(doc: Scenario, index: number, route: Route): Scenario {
  const routes = [...doc.routes];
  routes[index] = route;
  return { ...doc, routes };
}

function routeOrRefuse(doc: Scenario, index: number): Route | { error: string } {
  return doc.routes[index] ?? refuse(`There is no route number ${index + 1}.`);
}

/** The fix for "await needs async def": the registry's own def ↔ async def switch. */
const toAsync = (route: number): EditFix => ({ label: 'Switch to async def', action: 'toggleRouteKind', args: { route, kind: 'async' } });

const makeStep = (kind: SimpleStepKind, ms: number): Step =>
  kind === 'cpu' ? { cpu: ms } : kind === 'await_io' ? { await_io: ms } : { blocking_io: ms };

/** Insert a step after `after` (in the same list), or at the end of the route. */
export function addStep(doc: Scenario, a: { route: number; kind: SimpleStepKind; ms: number; after?: StepPath | null }): EditResult {
  const route = routeOrRefuse(doc, a.route);
  if ('error' in route) return route;
  const problem = durationProblem(a.ms);
  if (problem) return refuse(problem);
  const where: StepPath = a.after ?? [route.steps.length - 1];
  const nested = where.length === 2;
  if (a.kind === 'await_io' && route.kind === 'sync')
    return refuse(`Cannot add an I/O wait to "${route.name}": it is a def route, and await is only allowed inside async def. Switch it to async def first, or add blocking I/O.`, toAsync(a.route));
  if (a.kind === 'await_io' && nested)
    return refuse('Cannot add an I/O wait inside to_thread / to_process: that code is sync, so it cannot await.');
  const step = makeStep(a.kind, a.ms);
  if (route.steps.length === 0) return withRoute(doc, a.route, { ...route, steps: [step] });
  const index = where[where.length - 1]! + 1;
  return withRoute(doc, a.route, withContainer(route, where, (list) => { list.splice(index, 0, step); return list; }));
}

export function setStepDuration(doc: Scenario, a: { route: number; path: StepPath; ms: number }): EditResult {
  const route = routeOrRefuse(doc, a.route);
  if ('error' in route) return route;
  const step = stepAt(route, a.path);
  if (!step) return refuse(`There is no step ${pathLabel(a.path)} in "${route.name}".`);
  const kind = stepKind(step);
  if (kind !== 'cpu' && kind !== 'await_io' && kind !== 'blocking_io')
    return refuse(`A ${STEP_NAMES[kind]} step has no duration of its own; change the steps inside it.`);
  const problem = durationProblem(a.ms);
  // Said at the window's foot, away from the field: which step, and that it kept its duration.
  if (problem) return refuse(`Step ${pathLabel(a.path)} of "${route.name}" keeps its ${(step as Record<typeof kind, number>)[kind]} ms: ${problem[0]!.toLowerCase()}${problem.slice(1)}`);
  const i = a.path[a.path.length - 1]!;
  // A duration the user typed is no longer the analyser's guess.
  const { assumed: _guess, ...rest } = step;
  return withRoute(doc, a.route, withContainer(route, a.path, (list) => { list[i] = { ...rest, [kind]: a.ms }; return list; }));
}

export function moveStep(doc: Scenario, a: { route: number; path: StepPath; by: -1 | 1 }): EditResult {
  const route = routeOrRefuse(doc, a.route);
  if ('error' in route) return route;
  const list = containerOf(route, a.path);
  const i = a.path[a.path.length - 1]!;
  if (!list || !list[i]) return refuse(`There is no step ${pathLabel(a.path)} in "${route.name}".`);
  const j = i + a.by;
  if (j < 0) return refuse('That step is already first.');
  if (j >= list.length) return refuse('That step is already last.');
  return withRoute(doc, a.route, withContainer(route, a.path, (l) => { [l[i], l[j]] = [l[j]!, l[i]!]; return l; }));
}

export function deleteStep(doc: Scenario, a: { route: number; path: StepPath }): EditResult {
  const route = routeOrRefuse(doc, a.route);
  if ('error' in route) return route;
  const list = containerOf(route, a.path);
  const i = a.path[a.path.length - 1]!;
  if (!list || !list[i]) return refuse(`There is no step ${pathLabel(a.path)} in "${route.name}".`);
  if (a.path.length === 2 && list.length === 1)
    return refuse('That is the only step inside its wrapper; delete the whole wrapper instead.');
  return withRoute(doc, a.route, withContainer(route, a.path, (l) => { l.splice(i, 1); return l; }));
}

/** Wrap a top-level sync step in to_thread / to_process (what you'd do to unblock the loop). */
export function wrapStep(doc: Scenario, a: { route: number; path: StepPath; wrapper: 'to_thread' | 'to_process' }): EditResult {
  const route = routeOrRefuse(doc, a.route);
  if ('error' in route) return route;
  const step = stepAt(route, a.path);
  if (!step) return refuse(`There is no step ${pathLabel(a.path)} in "${route.name}".`);
  // One sentence for both wrappers: the editor says a reason once for all the buttons it blocks,
  // and two near-identical sentences, each with its own fix button, were a wall of text to a student.
  if (route.kind === 'sync')
    return refuse(`"${route.name}" is a def route: it already runs on a pool thread, and moving a step to a thread or a process needs await. Switch it to async def first.`, toAsync(a.route));
  if (a.path.length !== 1) return refuse('That step is already inside a wrapper.');
  const kind = stepKind(step);
  if (kind !== 'cpu' && kind !== 'blocking_io')
    return refuse(`Only a CPU burst or blocking I/O can move to a ${a.wrapper === 'to_thread' ? 'thread' : 'process'}; this step is ${STEP_NAMES[kind]}.`);
  const inner = [step as SyncStep];
  const wrapped: Step = a.wrapper === 'to_thread' ? { to_thread: inner, pool: 'executor' } : { to_process: inner };
  const i = a.path[0]!;
  return withRoute(doc, a.route, withContainer(route, a.path, (l) => { l[i] = wrapped; return l; }));
}

/** Replace a to_thread / to_process step by its contents, back on the route itself. */
export function unwrapStep(doc: Scenario, a: { route: number; path: StepPath }): EditResult {
  const route = routeOrRefuse(doc, a.route);
  if ('error' in route) return route;
  const outerPath = a.path.slice(0, 1);
  const step = stepAt(route, outerPath);
  const inner = step && innerSteps(step);
  if (!inner) return refuse('That step is not inside to_thread or to_process.');
  const i = outerPath[0]!;
  return withRoute(doc, a.route, withContainer(route, outerPath, (l) => { l.splice(i, 1, ...inner); return l; }));
}

/**
 * Switch def ↔ async def. To def, the route's awaits cannot stay, so they become the
 * blocking calls a sync version would make (the same conversion as the variant).
 */
export function setRouteKind(doc: Scenario, a: { route: number; kind: 'async' | 'sync' }): EditResult {
  const route = routeOrRefuse(doc, a.route);
  if ('error' in route) return route;
  if (route.kind === a.kind) return doc;
  const next: Route = a.kind === 'sync' ? flipRouteToSync(route) : { ...route, kind: 'async' };
  return withRoute(doc, a.route, next);
}
