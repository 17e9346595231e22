/**
 * Terse builders for the lessons' scenarios. They produce ordinary Scenario documents (server
 * defaults filled in), exactly what the app would load from a file, so the learner can edit them.
 */
import { defaultServer, type Arrival, type AsyncStep, type Route, type Scenario, type ServerInput, type SyncStep } from '../scenario/types';

export const asyncRoute = (name: string, steps: AsyncStep[]): Route => ({ name, kind: 'async', steps });
export const syncRoute = (name: string, steps: SyncStep[]): Route => ({ name, kind: 'sync', steps });

/** `count` requests to `route`, the first at `at`, then one every `every` ms (0: all at once). */
export const burst = (route: string, count: number, at = 0, every = 0): Arrival =>
  count === 1 ? { route, at } : { route, at, count, every };

export function scenario(
  name: string,
  description: string,
  routes: Route[],
  requests: Arrival[],
  server: ServerInput = {},
): Scenario {
  return { name, description, server: defaultServer(server), routes, requests };
}
