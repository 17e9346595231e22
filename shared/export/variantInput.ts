/**
 * An export input with the flipped def/async def version beside the scenario, titled by
 * what each chart is ("def version", "async def version"), as the app's second chart is.
 */
import { simulate } from '../engine/simulate';
import type { Scenario } from '../scenario/types';
import { flipScenario, type FlipMode } from '../scenario/variant';
import type { ExportInput } from './options';

/** "def version", "async def version", or for a mix of both "as written" / "flipped". */
export function versionTitle(scenario: Scenario, fallback: string): string {
  const kinds = new Set(scenario.routes.map((r) => r.kind));
  if (kinds.size !== 1) return fallback;
  return kinds.has('async') ? 'async def version' : 'def version';
}

export function variantInput(scenario: Scenario, mode: FlipMode = 'await'): ExportInput {
  const flipped = flipScenario(scenario, mode);
  return {
    scenario, timeline: simulate(scenario), title: versionTitle(scenario, 'as written'),
    variant: { scenario: flipped, timeline: simulate(flipped), title: versionTitle(flipped, 'flipped') },
  };
}
