/** The engine call both hosts make: an engine exception becomes a message, never a crash. */
import { simulate } from '../../../shared/engine/simulate';
import type { Scenario } from '../../../shared/scenario/types';
import type { SimulateOptions } from '../../../shared/engine/timeline';
import type { SimulateResult } from '../../../shared/ipc/contract';

export function runSimulation(scenario: Scenario, options?: SimulateOptions): SimulateResult {
  try {
    return { ok: true, timeline: simulate(scenario, options) };
  } catch (err) {
    return { ok: false, error: `The simulation failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
