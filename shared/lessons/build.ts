/**
 * Terse builders for the lessons' scenarios. They produce ordinary Scenario documents (server
 * defaults filled in), exactly what the app would load from a file, so the learner can edit them.
 */
import { defaultServer, type Arrival, type AsyncStep, type Route, type Scenario, type ServerInput, type SyncStep } from '../scenario/types';
import type { Claim, CompareOp, Fact, Measure, Side } from './types';

export const asyncRoute = (name: string, steps: AsyncStep[]): Route => ({ name, kind: 'async', steps });
export const syncRoute = (name: string, steps: SyncStep[]): Route => ({ name, kind: 'sync', steps });

/** `count` requests to `route`, the first at `at`, then one every `every` ms (0: all at once). */
export const burst = (route: string, count: number, at = 0, every = 0): Arrival =>
  count === 1 ? { route, at } : { route, at, count, every };

/**
 * A lesson's scenario. Its server has been running for a while (`warmPools`): the lessons are
 * about a server under load, not about its first requests starting the pools.
 */
export function scenario(
  name: string,
  description: string,
  routes: Route[],
  requests: Arrival[],
  server: ServerInput = {},
): Scenario {
  return { name, description, server: defaultServer({ warmPools: true, ...server }), routes, requests };
}


/** A claim in milliseconds, e.g. ms('fifth', 'after', { kind: 'end', request: 4 }, 1000). */
export const ms = (id: string, side: Side, measure: Measure, value: number): Claim => ({ id, side, measure, value, unit: 'ms' });
/** A claim that counts (threads, cores, workers, lanes). */
export const count = (id: string, side: Side, measure: Measure, value: number): Claim => ({ id, side, measure, value, unit: 'count' });
/** numerator ÷ denominator, to one decimal, written "3×". */
export const times = (id: string, numerator: string, denominator: string, value: number): Claim => ({
  id,
  ratio: [numerator, denominator],
  value,
  unit: 'times',
});
export const fact = (says: string, left: string, op: CompareOp, right: string | number): Fact => ({ says, left, op, right });

/** Shorthands for the measures lessons quote most. */
export const endOf = (request: number): Measure => ({ kind: 'end', request });
export const nthFinished = (rank: number): Measure => ({ kind: 'nthFinished', rank });
export const latencyOf = (request: number): Measure => ({ kind: 'latency', request });
export const p50 = (route?: string): Measure => ({ kind: 'latencyStat', stat: 'p50', route });
export const p95 = (route?: string): Measure => ({ kind: 'latencyStat', stat: 'p95', route });
export const maxLatency = (route?: string): Measure => ({ kind: 'latencyStat', stat: 'max', route });
