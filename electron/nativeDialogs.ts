/**
 * NativeDialogs with Electron's dialog module: the only dialog code that touches Electron.
 * Every dialog is attached to the window, so it is modal to it and never lost behind it.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { NativeDialogs } from './hostService';

const SCENARIO_FILTERS = [{ name: 'LoopLab scenario', extensions: ['json'] }];
const PYTHON_FILTERS = [{ name: 'Python (FastAPI app)', extensions: ['py', 'pyw'] }];
const RUN_FILTERS = [{ name: 'Real run (RUN.json, OpenTelemetry JSON Lines)', extensions: ['json', 'jsonl', 'ndjson'] }];

export function electronDialogs(window: () => BrowserWindow | undefined): NativeDialogs {
  const parent = (): BrowserWindow => {
    const win = window();
    if (win === undefined) throw new Error('no window for the dialog');
    return win;
  };
  return {
    async chooseScenarioToOpen() {
      const result = await dialog.showOpenDialog(parent(), { title: 'Open scenario', properties: ['openFile'], filters: SCENARIO_FILTERS });
      return result.canceled ? null : result.filePaths[0] ?? null;
    },
    async choosePythonToOpen() {
      const result = await dialog.showOpenDialog(parent(), { title: 'Open Python', properties: ['openFile'], filters: PYTHON_FILTERS });
      return result.canceled ? null : result.filePaths[0] ?? null;
    },
    async chooseRunToOpen() {
      const result = await dialog.showOpenDialog(parent(), { title: 'Compare with a real run', properties: ['openFile'], filters: RUN_FILTERS });
      return result.canceled ? null : result.filePaths[0] ?? null;
    },
    async chooseSavePath(suggestedName, purpose) {
      const result = await dialog.showSaveDialog(parent(), {
        title: purpose === 'scenario' ? 'Save scenario' : 'Export',
        defaultPath: join(app.getPath('documents'), suggestedName),
        ...(purpose === 'scenario' ? { filters: SCENARIO_FILTERS } : {}),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
    async askUnsavedChanges(documentName) {
      const { response } = await dialog.showMessageBox(parent(), {
        type: 'warning',
        message: `Do you want to save the changes you made to ${documentName}?`,
        detail: "Your changes will be lost if you don't save them.",
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
    async askRestore(snapshot) {
      const { response } = await dialog.showMessageBox(parent(), {
        type: 'question',
        message: 'LoopLab closed with unsaved changes. Restore them?',
        detail: `${snapshot.path ?? 'An untitled scenario'}, autosaved ${new Date(snapshot.savedAt).toLocaleString()}.`,
        buttons: ['Restore', 'Discard'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      return response === 0;
    },
    showError(message) {
      const win = window();
      const options = { type: 'error' as const, message: 'LoopLab', detail: message };
      void (win === undefined ? dialog.showMessageBox(options) : dialog.showMessageBox(win, options));
    },
  };
}
