/**
 * Addressing steps inside a route for editing, the way the engine's segments do
 * (shared/scenario/stepPath.ts): [i] is steps[i]; [i, j] is steps[i].to_thread[j] or
 * steps[i].to_process[j]. Gather branches are shown but edited only as a whole step, so
 * paths here have at most two levels.
 */
import type { Route, Step, SyncStep } from '../../../shared/scenario/types';
import { innerSteps, stepAtPath } from '../../../shared/scenario/stepPath';

export type StepPath = readonly number[];

/** The list a path's last index points into, or null when the path leads nowhere. */
export function containerOf(route: Route, path: StepPath): readonly Step[] | null {
  if (path.length === 1) return route.steps;
  if (path.length !== 2) return null;
  const outer = route.steps[path[0]!];
  return outer ? innerSteps(outer) : null;
}

/** The step an editor path names (a gather's inner steps have none): null when it names none. */
export function stepAt(route: Route, path: StepPath): Step | null {
  return path.length <= 2 ? stepAtPath(route.steps, path) : null;
}

/** A copy of the route with the list at `path` replaced by `update(list)`. */
export function withContainer(route: Route, path: StepPath, update: (list: Step[]) => Step[]): Route {
  if (path.length === 1) return { ...route, steps: update([...route.steps]) };
  const i = path[0]!;
  const outer = route.steps[i]!;
  let replaced: Step;
  if ('to_thread' in outer) replaced = { ...outer, to_thread: update([...outer.to_thread]) as SyncStep[] };
  else if ('to_process' in outer) replaced = { ...outer, to_process: update([...outer.to_process]) as SyncStep[] };
  else return route;
  const steps = [...route.steps];
  steps[i] = replaced;
  return { ...route, steps };
}

export function samePath(a: StepPath | null | undefined, b: StepPath | null | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function pathLabel(path: StepPath): string {
  return path.map((i) => i + 1).join('.');
}

/** Every step's path in reading order: a wrapper, then the steps inside it, then the next step. */
export function stepOrder(route: Route): StepPath[] {
  const out: StepPath[] = [];
  route.steps.forEach((step, i) => {
    out.push([i]);
    const inner = 'to_thread' in step ? step.to_thread : 'to_process' in step ? step.to_process : null;
    inner?.forEach((_, j) => out.push([i, j]));
  });
  return out;
}

/** What to select once the step at `path` is deleted: the one that takes its place, else the one before, else its wrapper. */
export function pathAfterDelete(route: Route, path: StepPath): StepPath | null {
  const list = containerOf(route, path);
  const i = path[path.length - 1]!;
  if (list && list.length > 1) return [...path.slice(0, -1), Math.min(i, list.length - 2)];
  return path.length > 1 ? path.slice(0, -1) : null;
}
