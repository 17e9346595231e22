/**
 * The engine call every host makes (the page's Web Workers and its inline path, Electron's
 * worker thread), and how a simulation that did not run is worded, so the learner reads the
 * same message whichever engine ran it. An engine exception becomes a result, never a crash.
 */
import { simulate, simulateColumns } from '../engine/simulate';
import type { Scenario } from '../scenario/types';
import type { ScenarioError } from '../scenario/errors';
import type { SimulateOptions } from '../engine/timeline';
import type { SimulateResult } from './contract';

export interface SimulationFailure {
  ok: false;
  error: string;
}

/** A scenario the loader refused, naming where (at most three problems: the message is one line). */
export function invalidScenario(errors: readonly ScenarioError[]): SimulationFailure {
  const first = errors.slice(0, 3).map((e) => `${e.path || 'scenario'}: ${e.message}`);
  return { ok: false, error: `The scenario is not valid: ${first.join('; ')}` };
}

/** The engine refused (SimulationTooLargeError, which says how to shrink the scenario) or failed. */
export function simulationFailed(error: unknown): SimulationFailure {
  return { ok: false, error: `The simulation failed: ${error instanceof Error ? error.message : String(error)}` };
}

export function runSimulation(scenario: Scenario, options?: SimulateOptions): SimulateResult {
  try {
    return { ok: true, timeline: simulate(scenario, options) };
  } catch (err) {
    return simulationFailed(err);
  }
}

/** The same, with the segments as columns (a worker transfers them to the page without a copy). */
export function runSimulationColumns(scenario: Scenario, options?: SimulateOptions): { ok: true; result: ReturnType<typeof simulateColumns> } | SimulationFailure {
  try {
    return { ok: true, result: simulateColumns(scenario, options) };
  } catch (err) {
    return simulationFailed(err);
  }
}
