/**
 * The `requests` list. Two forms (docs/scenario-format.md): a train
 * `{route, at, count, every}` and closed-loop load `{route, users, each, think, at}`.
 * The total is computed arithmetically (never by expanding trains), so 10^9 requests are
 * refused at once.
 */
import * as z from 'zod/mini';
import { LIMITS, formatCount } from './limits';
import { requestCount, type Arrival } from './types';
import { describeValue, suggestion, type PathPart, type Problems } from './errors';
import { addZodIssues, isRecord, text, timeMs, wholeNumber } from './fields';

const routeRef = text(LIMITS.maxNameChars, 'the name of a route in "routes"');
const manyRequests = { min: 1, max: LIMITS.maxRequests };

const trainSchema = z.strictObject({
  route: routeRef,
  at: z.optional(timeMs),
  count: z.optional(wholeNumber(manyRequests, 'how many requests the train sends')),
  every: z.optional(timeMs),
});

const closedLoopSchema = z.strictObject({
  route: routeRef,
  users: wholeNumber(manyRequests, 'how many users send requests at the same time'),
  each: wholeNumber(manyRequests, 'how many requests each user sends, one after another'),
  think: z.optional(timeMs),
  at: z.optional(timeMs),
});

export const TRAIN_KEYS = Object.keys(trainSchema.shape);
export const CLOSED_KEYS = Object.keys(closedLoopSchema.shape);
const KEY_HINT = `a request train has ${TRAIN_KEYS.join(', ')}; closed-loop load has ${CLOSED_KEYS.join(', ')}`;
const EXAMPLE = '{"route": "report", "at": 0, "count": 5, "every": 10}';

export interface RouteNames {
  names: ReadonlySet<string>;
  /** False when some route's name was unreadable: then unknown names are not reported. */
  complete: boolean;
}

export function validateArrivals(value: unknown, path: readonly PathPart[], routes: RouteNames, problems: Problems): Arrival[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    const got = value === undefined ? 'is required' : Array.isArray(value) ? 'is empty' : `must be a list (got ${describeValue(value)})`;
    problems.add(path, `${got} (list who sends what and when, e.g. [${EXAMPLE}])`);
    return undefined;
  }
  if (value.length > LIMITS.maxArrivalEntries) {
    problems.add(path, `has ${formatCount(value.length)} entries, more than the limit of ${formatCount(LIMITS.maxArrivalEntries)} (use "count" and "every" for trains)`);
    return undefined;
  }
  const before = problems.count;
  const arrivals: Arrival[] = [];
  let total = 0;
  value.forEach((item, i) => {
    const arrival = validateArrival(item, [...path, i], routes, problems);
    if (arrival === undefined) return;
    arrivals.push(arrival);
    total += requestCount(arrival);
  });
  if (total > LIMITS.maxRequests) {
    problems.add(path, `add up to ${formatCount(total)} requests, more than the limit of ${formatCount(LIMITS.maxRequests)} (lower a count, or users × each)`);
  }
  return problems.count === before ? arrivals : undefined;
}

function validateArrival(value: unknown, path: readonly PathPart[], routes: RouteNames, problems: Problems): Arrival | undefined {
  if (!isRecord(value)) {
    problems.add(path, `must be an object like ${EXAMPLE} (got ${describeValue(value)})`);
    return undefined;
  }
  const closed = 'users' in value || 'each' in value || 'think' in value;
  if (closed && ('count' in value || 'every' in value)) {
    problems.add(path, `mixes a train (count, every) with closed-loop load (users, each, think); use one form (${KEY_HINT})`);
    return undefined;
  }
  const before = problems.count;
  if (typeof value.route === 'string' && routes.complete && !routes.names.has(value.route)) {
    const names = [...routes.names];
    problems.add([...path, 'route'], `no route is named "${value.route}" (${suggestion(value.route, names)}routes: ${names.join(', ')})`);
  }
  const result = closed ? closedLoopSchema.safeParse(value) : trainSchema.safeParse(value);
  if (!result.success) {
    addZodIssues(problems, path, result.error.issues, value, closed ? CLOSED_KEYS : TRAIN_KEYS, KEY_HINT);
    return undefined;
  }
  if (problems.count !== before) return undefined;
  const a = result.data;
  if ('users' in a) {
    const think = a.think ?? 0;
    return a.at === undefined ? { route: a.route, users: a.users, each: a.each, think } : { route: a.route, users: a.users, each: a.each, think, at: a.at };
  }
  return {
    route: a.route,
    at: a.at ?? 0,
    ...(a.count === undefined ? {} : { count: a.count }),
    ...(a.every === undefined ? {} : { every: a.every }),
  };
}
