/** The engine call both hosts make: an engine exception becomes a message, never a crash. */
import { simulate, simulateColumns } from '../../../shared/engine/simulate';
import type { Scenario } from '../../../shared/scenario/types';
import type { SimulateOptions } from '../../../shared/engine/timeline';
import type { SimulateResult } from '../../../shared/ipc/contract';

const failure = (err: unknown) => ({ ok: false as const, error: `The simulation failed: ${err instanceof Error ? err.message : String(err)}` });

export function runSimulation(scenario: Scenario, options?: SimulateOptions): SimulateResult {
  try {
    return { ok: true, timeline: simulate(scenario, options) };
  } catch (err) {
    return failure(err);
  }
}

/** The same, with the segments as columns (the worker transfers them to the page without a copy). */
export function runSimulationColumns(scenario: Scenario, options?: SimulateOptions): { ok: true; result: ReturnType<typeof simulateColumns> } | { ok: false; error: string } {
  try {
    return { ok: true, result: simulateColumns(scenario, options) };
  } catch (err) {
    return failure(err);
  }
}
