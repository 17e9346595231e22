/// <reference lib="webworker" />
// The engine off the main thread, so a 10,000-request simulation never freezes the page
// (the app should practise what it teaches: keep the loop free).
import type { SimulateReply, SimulateRequest } from './engineProtocol';
import { runSimulationColumns } from '../../../shared/ipc/runSimulation';
import { packTimeline } from './packedTimeline';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<SimulateRequest>) => {
  const { id, scenario, options } = event.data;
  const started = performance.now();
  const run = runSimulationColumns(scenario, options);
  if (!run.ok) { scope.postMessage({ id, workerMs: performance.now() - started, result: run } satisfies SimulateReply); return; }
  const { packed, transfer } = packTimeline(run.result);
  scope.postMessage({ id, workerMs: performance.now() - started, result: { ok: true, packed } } satisfies SimulateReply, transfer);
};
