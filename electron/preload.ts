/**
 * The sandboxed preload: exposes exactly LoopLabApi as window.looplab, one method per message of
 * the contract. It may only require 'electron' (sandboxed preloads get no Node), and build.mjs
 * checks the bundle for that. Listeners get the payload only, never the IpcRendererEvent (it
 * would hand the page `event.sender`, i.e. ipcRenderer itself).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type HostDocument, type LoopLabApi, type MeasureNowResult, type MeasureProgress, type MenuCommand, type SaveResult, type SimulateResult } from '../shared/ipc/contract';

function subscribe<T>(channel: string, accept: (payload: unknown) => payload is T, listener: (payload: T) => void): () => void {
  const relay = (_event: unknown, payload: unknown): void => {
    if (accept(payload)) listener(payload);
  };
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

const isCommand = (value: unknown): value is MenuCommand => typeof value === 'string';
const isProgress = (value: unknown): value is MeasureProgress =>
  typeof value === 'object' && value !== null && typeof (value as MeasureProgress).phase === 'string';
const isHostDocument = (value: unknown): value is HostDocument =>
  typeof value === 'object' && value !== null && typeof (value as HostDocument).text === 'string';

/** Main refuses bad messages by rejecting; the contract promises results, so turn them into one. */
const refused = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const api: LoopLabApi = {
  host: 'electron',
  simulate: (scenario, options) =>
    (options === undefined ? ipcRenderer.invoke(CHANNELS.simulate, scenario) : ipcRenderer.invoke(CHANNELS.simulate, scenario, options))
      .catch((error: unknown): SimulateResult => ({ ok: false, error: refused(error) })),
  openScenario: () => ipcRenderer.invoke(CHANNELS.openScenario),
  openRun: () => ipcRenderer.invoke(CHANNELS.openRun),
  openPython: () => ipcRenderer.invoke(CHANNELS.openPython),
  measureAvailability: () =>
    ipcRenderer.invoke(CHANNELS.measureAvailability).catch((error: unknown) => ({ ok: false as const, message: refused(error) })),
  measureNow: (scenario, repeats) =>
    ipcRenderer.invoke(CHANNELS.measureNow, scenario, repeats)
      .catch((error: unknown): MeasureNowResult => ({ ok: false, canceled: false, message: refused(error) })),
  cancelMeasure: () => ipcRenderer.send(CHANNELS.measureCancel),
  onMeasureProgress: (listener) => subscribe(CHANNELS.measureProgress, isProgress, listener),
  saveScenario: (text, path, suggestedName) =>
    ipcRenderer.invoke(CHANNELS.saveScenario, text, path, suggestedName)
      .catch((error: unknown): SaveResult => ({ ok: false, canceled: false, error: refused(error) })),
  exportFile: (data, suggestedName) =>
    ipcRenderer.invoke(CHANNELS.exportFile, data, suggestedName)
      .catch((error: unknown): SaveResult => ({ ok: false, canceled: false, error: refused(error) })),
  setDocumentState: (state) => {
    // Copy the three fields: the page's object may carry more than main accepts.
    ipcRenderer.send(CHANNELS.setDocumentState, { dirty: state.dirty, path: state.path, text: state.text });
  },
  onMenuCommand: (listener) => subscribe(CHANNELS.menuCommand, isCommand, listener),
  onDocumentOpened: (listener) => {
    const unsubscribe = subscribe(CHANNELS.documentOpened, isHostDocument, listener);
    // Main holds double-clicked and recovered documents until someone listens.
    ipcRenderer.send(CHANNELS.documentListenerReady);
    return unsubscribe;
  },
};

contextBridge.exposeInMainWorld('looplab', api);
