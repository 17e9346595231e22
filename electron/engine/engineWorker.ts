/**
 * The engine's worker thread: validates each scenario with the shared loader, then runs the
 * shared engine on it: the fallback for a page whose own engine Web Workers (the same engine)
 * cannot start. The loop is synchronous on purpose: one simulation at a time, in order, off
 * the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { simulate } from '../../shared/engine/simulate';
import { validateScenario } from '../../shared/scenario/load';
import type { SimulateResult } from '../../shared/ipc/contract';
import type { EngineRequest, EngineResponse } from './workerProtocol';

export function runRequest(request: EngineRequest): SimulateResult {
  const loaded = validateScenario(request.scenario);
  if (!loaded.ok) {
    const first = loaded.errors.slice(0, 3).map((e) => `${e.path || 'scenario'}: ${e.message}`);
    return { ok: false, error: `The scenario is not valid: ${first.join('; ')}` };
  }
  try {
    return { ok: true, timeline: simulate(loaded.scenario, request.options) };
  } catch (error) {
    // SimulationTooLargeError and any engine bug come back as a result, never as a dead worker,
    // worded as the page's own engine words it (renderer/src/host/runSimulation.ts).
    return { ok: false, error: `The simulation failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

parentPort?.on('message', (request: EngineRequest) => {
  const response: EngineResponse = { id: request.id, result: runRequest(request) };
  parentPort?.postMessage(response);
});
