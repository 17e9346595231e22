/**
 * The benchmark's load as given, and with the loop's own work per request and/or the GIL
 * switched off. An older engine that has no such setting ignores it, so "loop-off" asks both
 * engines to simulate the same work: that is how the cost of a finer model is told apart from
 * the cost of simulating more of the server (at 4,000 requests/s the loop's measured 0.35 ms a
 * request is 1.4 cores of work, and the benchmark's server falls far behind).
 */
import type { Scenario } from '../shared/scenario/types';

export const VARIANTS = ['as-is', 'loop-off', 'gil-free', 'gil-free-loop-off'] as const;
export type Variant = (typeof VARIANTS)[number];

export function isVariant(v: string): v is Variant {
  return (VARIANTS as readonly string[]).includes(v);
}

export function applyVariant(s: Scenario, v: Variant): Scenario {
  const server = { ...s.server };
  if (v === 'loop-off' || v === 'gil-free-loop-off') server.loopCpuPerRequestMs = 0;
  if (v === 'gil-free' || v === 'gil-free-loop-off') server.gil = false;
  return { ...s, server };
}
