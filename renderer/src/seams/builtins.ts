/**
 * The built-in scenarios (assets/scenarios), each run through the loader once at start-up
 * like any file. A broken one is left out of the picker and reported in the console
 * rather than taking the whole app down.
 */
import { BUILTIN_SCENARIOS } from '../../../assets/scenarios/index';
import type { Scenario } from '../../../shared/scenario/types';
import { formatError, validateScenario } from './scenarioIo';

export interface LoadedBuiltin { id: string; scenario: Scenario }

export const builtinScenarios: LoadedBuiltin[] = BUILTIN_SCENARIOS.flatMap((b) => {
  const result = validateScenario(b.scenario);
  if (result.ok) return [{ id: b.id, scenario: result.scenario }];
  console.error(`LoopLab: built-in scenario ${b.id} does not load: ${result.errors.map(formatError).join('; ')}`);
  return [];
});
