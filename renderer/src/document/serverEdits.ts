/** Pure edits of the server block and the request list. */
import { defaultServer, isClosedArrival, type OpenArrival, type Scenario, type ServerConfig } from '../../../shared/scenario/types';
import { refuse, type EditResult } from './editResult';

export type ServerCountField = 'workers' | 'cores' | 'threadpoolTokens';

const LIMITS: Record<ServerCountField, { min: number; max: number; name: string }> = {
  workers: { min: 1, max: 64, name: 'Workers' },
  cores: { min: 1, max: 256, name: 'Cores' },
  threadpoolTokens: { min: 1, max: 10_000, name: 'Thread-pool tokens' },
};

export function setServerCount(doc: Scenario, a: { field: ServerCountField; value: number }): EditResult {
  const { min, max, name } = LIMITS[a.field];
  if (!Number.isInteger(a.value)) return refuse(`${name} must be a whole number (got ${a.value}).`);
  if (a.value < min || a.value > max) return refuse(`${name} must be between ${min} and ${max} (got ${a.value}).`);
  if (doc.server[a.field] === a.value) return doc;
  let server: ServerConfig = { ...doc.server, [a.field]: a.value };
  if (a.field === 'cores') {
    // Executor threads and process-pool size default to following cores; keep them following.
    const before = defaultServer({ cores: doc.server.cores });
    const after = defaultServer({ cores: a.value });
    if (doc.server.executorThreads === before.executorThreads) server = { ...server, executorThreads: after.executorThreads };
    if (doc.server.processPoolWorkers === before.processPoolWorkers) server = { ...server, processPoolWorkers: after.processPoolWorkers };
  }
  return { ...doc, server };
}

export function setGil(doc: Scenario, a: { gil: boolean }): EditResult {
  if (doc.server.gil === a.gil) return doc;
  return { ...doc, server: { ...doc.server, gil: a.gil } };
}

/** Enough to load a server far past what a chart can show; the engine has a metrics-only mode. */
export const MAX_NEW_REQUESTS = 100_000;

/** Append a train of `count` requests to a route, `every` ms apart, starting at `at`. */
export function addRequests(doc: Scenario, a: { route: number; count: number; every: number; at: number }): EditResult {
  const route = doc.routes[a.route];
  if (!route) return refuse(`There is no route number ${a.route + 1}.`);
  if (!Number.isInteger(a.count) || a.count < 1 || a.count > MAX_NEW_REQUESTS)
    return refuse(`Count must be a whole number from 1 to ${MAX_NEW_REQUESTS} (got ${a.count}).`);
  if (!Number.isFinite(a.every) || a.every < 0) return refuse(`Spacing must be 0 ms or more (got ${a.every}).`);
  if (!Number.isFinite(a.at) || a.at < 0) return refuse(`Start time must be 0 ms or more (got ${a.at}).`);
  const train = a.count === 1 ? { route: route.name, at: a.at } : { route: route.name, at: a.at, count: a.count, every: a.every };
  return { ...doc, requests: [...doc.requests, train] };
}

export function removeArrival(doc: Scenario, a: { index: number }): EditResult {
  if (!doc.requests[a.index]) return refuse(`There is no request line ${a.index + 1}.`);
  if (doc.requests.length === 1) return refuse('A scenario needs at least one request; add another before removing this one.');
  return { ...doc, requests: doc.requests.filter((_, i) => i !== a.index) };
}

export type ArrivalField = 'count' | 'at' | 'every';

/** Edit one request line in place: how many, from when, how far apart. */
export function setArrival(doc: Scenario, a: { index: number; field: ArrivalField; value: number }): EditResult {
  const line = doc.requests[a.index];
  if (!line) return refuse(`There is no request line ${a.index + 1}.`);
  if (isClosedArrival(line)) return refuse(`Request line ${a.index + 1} is closed-loop load (users, each, think): edit it in the file.`);
  const v = a.value;
  if (a.field === 'count' && (!Number.isInteger(v) || v < 1 || v > MAX_NEW_REQUESTS))
    return refuse(`Count must be a whole number from 1 to ${MAX_NEW_REQUESTS} (got ${v}).`);
  if (a.field === 'at' && (!Number.isFinite(v) || v < 0)) return refuse(`Start time must be 0 ms or more (got ${v}).`);
  if (a.field === 'every' && (!Number.isFinite(v) || v < 0)) return refuse(`Spacing must be 0 ms or more (got ${v}).`);
  const current = a.field === 'count' ? line.count ?? 1 : a.field === 'every' ? line.every ?? 0 : line.at;
  if (current === v) return doc;
  // A single request is written {route, at}; a train also has count and every.
  let next: OpenArrival = { ...line, [a.field]: v };
  if ((next.count ?? 1) > 1 && next.every === undefined) next = { ...next, every: 0 };
  if (a.field === 'count' && v === 1) next = { route: line.route, at: line.at };
  return { ...doc, requests: doc.requests.map((r, i) => (i === a.index ? next : r)) };
}
