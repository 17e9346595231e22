/** Test helpers: build scenarios tersely and read results. Not part of the engine. */
import type { Arrival, Route, Scenario, ServerInput } from '../scenario/types';
import { defaultServer } from '../scenario/types';
import { simulate } from './simulate';
import type { Timeline } from './timeline';

/**
 * A scenario for a hand-computed test. The loop's own work per request and the pools' start-up
 * are left out unless the test sets them (`loopCpuPerRequestMs`, `warmPools: false`): each test
 * checks one rule, with round figures.
 */
export function scenario(routes: Route[], requests: Arrival[], server: ServerInput = {}): Scenario {
  return { name: 'test', server: defaultServer({ loopCpuPerRequestMs: 0, warmPools: true, ...server }), routes, requests };
}

export function run(routes: Route[], requests: Arrival[], server: ServerInput = {}): Timeline {
  return simulate(scenario(routes, requests, server));
}

export const ends = (t: Timeline): number[] => t.requests.map((r) => r.end);
export const workersOf = (t: Timeline): number[] => t.requests.map((r) => r.worker);
