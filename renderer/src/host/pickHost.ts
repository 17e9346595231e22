/** The renderer's only way to its host: Electron's preload if present, else the browser. */
import type { LoopLabApi } from '../../../shared/ipc/contract';
import { createBrowserApi } from './browserApi';
import { createWorkerEngine } from './workerEngine';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge. */
    looplab?: LoopLabApi;
  }
}

export function pickHost(): LoopLabApi {
  const electron = window.looplab;
  if (!electron) return createBrowserApi();
  // Simulations run in the page's own Web Workers in Electron too (see workerEngine.ts);
  // the host's engine (IPC to a worker thread) stays as the fallback.
  return { ...electron, simulate: createWorkerEngine(async () => electron.simulate) };
}
