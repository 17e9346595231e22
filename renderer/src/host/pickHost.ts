/** The renderer's only way to its host: Electron's preload if present, else the browser. */
import type { LoopLabApi } from '../../../shared/ipc/contract';
import { createBrowserApi } from './browserApi';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge. */
    looplab?: LoopLabApi;
  }
}

export function pickHost(): LoopLabApi {
  return window.looplab ?? createBrowserApi();
}
