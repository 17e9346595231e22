/** The built-in scenarios, validated: for export tests and the export benchmark. */
import { BUILTIN_SCENARIOS } from './index';
import { validateScenario } from '../../shared/scenario/load';
import type { Scenario } from '../../shared/scenario/types';

export function builtinRuns(): { id: string; scenario: Scenario }[] {
  return BUILTIN_SCENARIOS.map(({ id, scenario }) => {
    const result = validateScenario(scenario);
    if (!result.ok) throw new Error(`built-in scenario ${id} is invalid`);
    return { id, scenario: result.scenario };
  });
}
