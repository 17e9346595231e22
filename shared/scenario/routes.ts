/** The `routes` list: unique names, a kind, and steps allowed for that kind. */
import * as z from 'zod/mini';
import { LIMITS, formatCount } from './limits';
import type { Route, RouteKind } from './types';
import { describeValue, type PathPart, type Problems } from './errors';
import { addZodIssues, check, isRecord, text, unknownKeyMessage } from './fields';
import { validateSteps, type StepBudget } from './steps';

const ROUTE_KEYS = ['name', 'kind', 'steps'] as const;
const routeName = text(LIMITS.maxNameChars, 'the route\'s name, e.g. "report"; requests refer to it');
const routeKind = z.enum(['async', 'sync'], {
  error: (iss) => `must be "async" (async def) or "sync" (def) (got ${describeValue(iss.input)})`,
});

export interface RoutesResult {
  /** undefined if any route has a problem. */
  routes: Route[] | undefined;
  /** The names that could be read, even when routes have problems, to check requests against. */
  names: Set<string>;
  /** True when every route's name could be read (only then is an unknown name in requests an error). */
  complete: boolean;
}

export function validateRoutes(value: unknown, path: readonly PathPart[], problems: Problems): RoutesResult {
  const names = new Set<string>();
  if (!Array.isArray(value)) {
    const got = value === undefined ? 'is required' : `must be a list of routes (got ${describeValue(value)})`;
    problems.add(path, `${got} (e.g. [{"name": "report", "kind": "async", "steps": [{"await_io": 50}]}])`);
    return { routes: undefined, names, complete: false };
  }
  if (value.length === 0) {
    problems.add(path, 'is empty (a scenario needs at least one route, e.g. {"name": "report", "kind": "async", "steps": [{"await_io": 50}]})');
    return { routes: undefined, names, complete: false };
  }
  if (value.length > LIMITS.maxRoutes) {
    problems.add(path, `has ${formatCount(value.length)} routes, more than the limit of ${LIMITS.maxRoutes} (merge similar routes)`);
    return { routes: undefined, names, complete: false };
  }
  const before = problems.count;
  const routes: Route[] = [];
  let named = 0;
  value.forEach((item, i) => {
    const route = validateRoute(item, [...path, i], names, problems);
    if (route !== undefined) routes.push(route);
    if (isRecord(item) && typeof item.name === 'string') named++;
  });
  return { routes: problems.count === before ? routes : undefined, names, complete: named === value.length };
}

function validateRoute(value: unknown, path: readonly PathPart[], names: Set<string>, problems: Problems): Route | undefined {
  if (!isRecord(value)) {
    problems.add(path, `must be a route object like {"name": "report", "kind": "async", "steps": […]} (got ${describeValue(value)})`);
    return undefined;
  }
  const before = problems.count;
  for (const key of Object.keys(value)) {
    if (!(ROUTE_KEYS as readonly string[]).includes(key)) {
      problems.add([...path, key], unknownKeyMessage(key, ROUTE_KEYS, `a route has ${ROUTE_KEYS.join(', ')}`));
    }
  }
  const name = value.name === undefined ? missing(problems, [...path, 'name'], 'a name, e.g. "report"') : check(routeName, value.name, [...path, 'name'], problems);
  if (name !== undefined) {
    if (names.has(name)) problems.add([...path, 'name'], `duplicates the name of an earlier route ("${name}"; each route needs its own name)`);
    names.add(name);
  }
  let kind: RouteKind | undefined;
  if (value.kind === undefined) missing(problems, [...path, 'kind'], '"async" (async def) or "sync" (def)');
  else {
    const result = routeKind.safeParse(value.kind);
    if (result.success) kind = result.data;
    else addZodIssues(problems, [...path, 'kind'], result.error.issues, value.kind);
  }
  // An unknown kind still gets its steps checked, as async (the most permissive), so every
  // other problem shows up now rather than after the kind is fixed.
  const budget: StepBudget = { steps: 0 };
  const stepsPath = [...path, 'steps'];
  const steps =
    value.steps === undefined
      ? missing(problems, stepsPath, 'a list of steps, e.g. [{"await_io": 50}], or [] for a route that only returns')
      : validateSteps(value.steps, stepsPath, kind ?? 'async', 0, budget, problems);
  if (problems.count !== before || name === undefined || kind === undefined || steps === undefined) return undefined;
  return { name, kind, steps };
}

function missing(problems: Problems, path: readonly PathPart[], what: string): undefined {
  problems.add(path, `is required (${what})`);
  return undefined;
}
