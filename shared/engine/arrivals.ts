/**
 * The `requests` list turned into request ids and arrival streams. Open trains become
 * cursors that schedule one arrival at a time (so a million-request train costs one heap
 * entry, not a million); closed-loop users chain each request to the same user's next one.
 */
import type { Scenario } from '../scenario/types';
import { isClosedArrival, totalRequests } from '../scenario/types';

/** A stream of arrivals known in advance: ids id, id+idStep, … at t, t+every, … */
export interface ArrivalCursor {
  id: number;
  idStep: number;
  t: number;
  every: number;
  left: number;
}

export interface ArrivalPlan {
  count: number;
  /** Route index of each request. */
  route: Int32Array;
  /** Closed loop: the id of the same user's next request, or -1. */
  next: Int32Array;
  /** Closed loop: think time before `next` arrives. */
  think: Float64Array;
  cursors: ArrivalCursor[];
}

export function planArrivals(scenario: Scenario): ArrivalPlan {
  const routeIndex = new Map(scenario.routes.map((r, i) => [r.name, i]));
  const count = totalRequests(scenario);
  const route = new Int32Array(count);
  const next = new Int32Array(count).fill(-1);
  const think = new Float64Array(count);
  const cursors: ArrivalCursor[] = [];
  let base = 0;
  for (const a of scenario.requests) {
    const r = routeIndex.get(a.route) ?? 0; // the loader guarantees the route exists
    if (isClosedArrival(a)) {
      const n = a.users * a.each;
      route.fill(r, base, base + n);
      for (let u = 0; u < a.users; u++) {
        for (let j = 0; j + 1 < a.each; j++) {
          const id = base + u * a.each + j;
          next[id] = id + 1;
          think[id] = a.think;
        }
      }
      if (n > 0) cursors.push({ id: base, idStep: a.each, t: a.at ?? 0, every: 0, left: a.users });
      base += n;
    } else {
      const n = a.count ?? 1;
      route.fill(r, base, base + n);
      if (n > 0) cursors.push({ id: base, idStep: 1, t: a.at, every: a.every ?? 0, left: n });
      base += n;
    }
  }
  return { count, route, next, think, cursors };
}
