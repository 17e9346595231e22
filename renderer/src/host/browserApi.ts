/**
 * LoopLabApi for a plain browser: the engine in a Web Worker, files through a picker and
 * downloads, and the "unsaved changes" prompt through beforeunload. No native menu here.
 */
import type { LoopLabApi } from '../../../shared/ipc/contract';
import { createEngineClient } from './engineClient';
import { downloadFile, mimeFor, pickTextFile } from './browserFiles';
import { WARM_UP_RUNS, warmUpScenario } from './warmUpScenario';

export function createBrowserApi(): LoopLabApi {
  const simulate = createEngineClient(
    () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'looplab-engine' }),
    async () => {
      const { runSimulation } = await import('./runSimulation');
      return async (scenario, options) => runSimulation(scenario, options);
    },
  );
  // Once the page is idle (the first chart is drawn by then: small scenarios simulate on the
  // page), warm the engine workers so the first big scenario does not meet a cold engine.
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1500));
  whenIdle(() => simulate.warmUp(warmUpScenario, WARM_UP_RUNS), { timeout: 3000 });
  let dirty = false;
  window.addEventListener('beforeunload', (event) => {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = ''; // older Chromium needs this to show the prompt
  });

  return {
    host: 'browser',
    simulate,
    openScenario: () => pickTextFile('.json,application/json'),
    async saveScenario(text, _path, suggestedName) {
      return downloadFile(text, suggestedName, 'application/json');
    },
    async exportFile(data, suggestedName) {
      return downloadFile(data, suggestedName, mimeFor(suggestedName));
    },
    setDocumentState(state) {
      dirty = state.dirty;
    },
    onMenuCommand() {
      return () => {};
    },
  };
}
