/**
 * The engine's worker thread: validates each scenario with the shared loader, then runs the
 * shared engine on it: the fallback for a page whose own engine Web Workers (the same engine)
 * cannot start. The loop is synchronous on purpose: one simulation at a time, in order, off
 * the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { validateScenario } from '../../shared/scenario/load';
import { invalidScenario, runSimulation } from '../../shared/ipc/runSimulation';
import type { SimulateResult } from '../../shared/ipc/contract';
import type { EngineRequest, EngineResponse } from './workerProtocol';

export function runRequest(request: EngineRequest): SimulateResult {
  const loaded = validateScenario(request.scenario);
  if (!loaded.ok) return invalidScenario(loaded.errors);
  // SimulationTooLargeError and any engine bug come back as a result, never as a dead worker,
  // worded as the page's own engine words them.
  return runSimulation(loaded.scenario, request.options);
}

parentPort?.on('message', (request: EngineRequest) => {
  const response: EngineResponse = { id: request.id, result: runRequest(request) };
  parentPort?.postMessage(response);
});
