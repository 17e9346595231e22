/**
 * The engine the page talks to for big scenarios, in both hosts: two Web Workers running
 * shared/engine, timelines coming back as transferred typed arrays (packedTimeline.ts).
 * In Electron this replaces the IPC round trip for simulations: structured-cloning a
 * 10,000-request timeline as objects took 0.5–1 s each way (worker thread → main →
 * renderer); typed arrays cross in microseconds. `fallback` runs what the workers cannot
 * (no Worker support, a module worker that fails to load): the main thread in a browser,
 * the host's own engine in Electron.
 */
import { createEngineClient, type EngineClient, type SimulateFn } from './engineClient';
import { WARM_UP_RUNS, warmUpScenario } from './warmUpScenario';

export function createWorkerEngine(fallback: () => Promise<SimulateFn>): EngineClient {
  const engine = createEngineClient(
    () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'looplab-engine' }),
    fallback,
  );
  // Once the page is idle (the first chart is drawn by then: small scenarios simulate on the
  // page), warm the workers so the first big scenario does not meet a cold engine.
  const warmUp = () => engine.warmUp(warmUpScenario, WARM_UP_RUNS);
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(warmUp, { timeout: 3000 });
  else window.setTimeout(warmUp, 1500);
  return engine;
}
