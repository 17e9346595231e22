/**
 * LoopLabApi for a plain browser: the engine in a Web Worker, files through a picker and
 * downloads, and the "unsaved changes" prompt through beforeunload. No native menu here.
 */
import type { LoopLabApi } from '../../../shared/ipc/contract';
import { createWorkerEngine } from './workerEngine';
import { downloadFile, mimeFor, pickTextFile } from './browserFiles';

export function createBrowserApi(): LoopLabApi {
  const simulate = createWorkerEngine(async () => {
    const { runSimulation } = await import('../../../shared/ipc/runSimulation');
    return async (scenario, options) => runSimulation(scenario, options);
  });
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
    openPython: () => pickTextFile('.py,.pyw,text/x-python'),
    openRun: () => pickTextFile('.json,.jsonl,.ndjson,application/json'),
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
