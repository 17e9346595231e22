/** Stand-in for shared/scenario's parseScenario / validateScenario / serializeScenario. */
import type { Scenario } from '../../../shared/scenario/types';
import { defaultServer } from '../../../shared/scenario/types';
import type { LoadResult } from '../../../shared/scenario/errors';

export function validateScenario(value: unknown): LoadResult<Scenario> {
  const v = value as Partial<Scenario> | null;
  if (!v || typeof v !== 'object') return { ok: false, errors: [{ path: '', message: 'not an object' }] };
  if (!Array.isArray(v.routes)) return { ok: false, errors: [{ path: 'routes', message: 'missing (a list of routes)' }] };
  if (!Array.isArray(v.requests)) return { ok: false, errors: [{ path: 'requests', message: 'missing (a list of arrivals)' }] };
  return { ok: true, scenario: { name: v.name ?? 'untitled', ...v, server: defaultServer(v.server ?? {}) } as Scenario };
}

export function parseScenario(text: string): LoadResult<Scenario> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON (${(err as Error).message})` }] };
  }
  return validateScenario(value);
}

export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
