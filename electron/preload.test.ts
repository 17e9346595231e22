/**
 * The preload against a fake 'electron' module: what it exposes, and how listeners behave.
 * (The real module needs Electron's binary; the preload only uses these few calls.)
 */
import { describe, it, expect, vi, beforeAll } from 'vitest';
import { EventEmitter } from 'node:events';
import { CHANNELS, type LoopLabApi } from '../shared/ipc/contract';

const exposed = new Map<string, unknown>();
const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(), send: vi.fn() });
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer,
}));

let api: LoopLabApi;
beforeAll(async () => {
  await import('./preload');
  api = exposed.get('looplab') as LoopLabApi;
});

describe('preload', () => {
  it('exposes exactly LoopLabApi, under window.looplab only', () => {
    expect([...exposed.keys()]).toEqual(['looplab']);
    expect(Object.keys(api).sort()).toEqual(
      ['cancelMeasure', 'exportFile', 'host', 'measureAvailability', 'measureNow', 'onDocumentOpened', 'onMeasureProgress', 'onMenuCommand', 'openPython', 'openRun', 'openScenario', 'saveScenario', 'setDocumentState', 'simulate'],
    );
    expect(api.host).toBe('electron');
  });

  it('gives listeners the payload, never the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    ipcRenderer.emit(CHANNELS.menuCommand, { sender: ipcRenderer }, 'undo');
    expect(listener).toHaveBeenCalledWith('undo');
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    ipcRenderer.emit(CHANNELS.menuCommand, {}, 'redo');
    expect(listener).toHaveBeenCalledOnce();
    expect(ipcRenderer.listenerCount(CHANNELS.menuCommand)).toBe(0);
  });

  it('tells main when a document listener exists', () => {
    const unsubscribe = api.onDocumentOpened!(vi.fn());
    expect(ipcRenderer.send).toHaveBeenCalledWith(CHANNELS.documentListenerReady);
    unsubscribe();
  });

  it('turns a refused save into a SaveResult error instead of a rejection', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('LoopLab refused looplab:save-scenario: invalid payload'));
    await expect(api.saveScenario('x', null, 'x')).resolves.toEqual({ ok: false, canceled: false, error: expect.stringContaining('refused') });
  });

  it('sends only the three document-state fields', () => {
    api.setDocumentState({ dirty: true, path: null, text: '{}', extra: 'secret' } as never);
    expect(ipcRenderer.send).toHaveBeenLastCalledWith(CHANNELS.setDocumentState, { dirty: true, path: null, text: '{}' });
  });
});
