/**
 * An export input with the flipped def/async def version beside the scenario, titled by
 * what each chart is ("def version", "async def version"), as the app's second chart is, and
 * in chef mode by who cooks (the chef runs every async def order, helper cooks the def ones).
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

/** The kitchen's words for versionTitle, as the kitchen key tells it; undefined for a mix, whose "as written" / "flipped" are no code words. */
export function kitchenVersionTitle(scenario: Scenario): string | undefined {
  const kinds = new Set(scenario.routes.map((r) => r.kind));
  if (kinds.size !== 1) return undefined;
  return kinds.has('async') ? 'cooked by the chef' : 'cooked by helper cooks';
}

export function variantInput(scenario: Scenario, mode: FlipMode = 'await'): ExportInput {
  const flipped = flipScenario(scenario, mode);
  const kitchen = (s: Scenario) => {
    const chefTitle = kitchenVersionTitle(s);
    return chefTitle === undefined ? {} : { chefTitle };
  };
  return {
    scenario, timeline: simulate(scenario), title: versionTitle(scenario, 'as written'), ...kitchen(scenario),
    variant: { scenario: flipped, timeline: simulate(flipped), title: versionTitle(flipped, 'flipped'), ...kitchen(flipped) },
  };
}
