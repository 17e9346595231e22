/**
 * The one contract between the renderer and its host. Two implementations:
 * Electron (preload → IPC → main process, engine in a Node worker thread) and the
 * browser build (engine in a Web Worker, files through a picker and a download).
 * The renderer only ever sees `LoopLabApi`.
 */
import type { Scenario } from '../scenario/types';
import type { SimulateOptions, Timeline } from '../engine/timeline';

/** A scenario file as the host read it: the raw text is validated by the renderer's loader too. */
export interface OpenedFile {
  /** Absolute path in Electron; the file name in the browser. */
  path: string;
  text: string;
}

export type SaveResult =
  | { ok: true; path: string }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; error: string };

export type SimulateResult =
  | { ok: true; timeline: Timeline }
  | { ok: false; error: string };

/** Commands the native menu sends to the renderer (they name actions of the action registry). */
export type MenuCommand = string;

/**
 * Every command the Electron menu sends, in menu order. The renderer's action registry should
 * have an action of each name; unknown commands are ignored by the renderer, never fatal.
 * File: open, save, saveAs, export.svg · Edit: undo, redo · View: view.zoomIn, view.zoomOut,
 * view.fit, view.presentation, view.chef · Help: help.lessons.
 */
export const MENU_COMMANDS = [
  'open', 'save', 'saveAs', 'export.svg',
  'undo', 'redo',
  'view.zoomIn', 'view.zoomOut', 'view.fit', 'view.presentation', 'view.chef',
  'help.lessons',
] as const satisfies readonly MenuCommand[];
export type KnownMenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * A document the host opens on its own initiative: a file double-clicked or passed on the
 * command line, a recent file, or unsaved text restored from the recovery file.
 */
export interface HostDocument {
  /** Where it lives; null for a restored document that was never saved. */
  path: string | null;
  text: string;
  /** true when restored from recovery: it holds unsaved changes, so keep it dirty. */
  recovered: boolean;
}

export interface LoopLabApi {
  /** Which host this is, so the UI can offer native dialogs or a download. */
  readonly host: 'electron' | 'browser';
  simulate(scenario: Scenario, options?: SimulateOptions): Promise<SimulateResult>;
  /** Ask the user for a scenario file; null when they cancel. */
  openScenario(): Promise<OpenedFile | null>;
  /**
   * Ask the user for a real run to compare with (RUN.json, or OpenTelemetry spans as JSON
   * Lines); null when they cancel. Not a document: never a recent file. Optional (the shell
   * falls back to openScenario).
   */
  openRun?(): Promise<OpenedFile | null>;
  /** Save `text` to `path` (or ask where when path is null / saveAs). Atomic in Electron. */
  saveScenario(text: string, path: string | null, suggestedName: string): Promise<SaveResult>;
  /** Export a file (SVG, PNG as base64 data, trace JSON) through a save dialog or a download. */
  exportFile(data: string | Uint8Array, suggestedName: string): Promise<SaveResult>;
  /** Tell the host whether the document has unsaved changes (for the close prompt and recovery). */
  setDocumentState(state: { dirty: boolean; path: string | null; text: string }): void;
  /** Subscribe to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribe to documents the host opens itself (Electron only: double-click, argv, recent
   * files, recovery); returns an unsubscribe function. The host has already asked the user
   * about unsaved changes before sending one. Optional: the browser host never opens files itself.
   */
  onDocumentOpened?(listener: (document: HostDocument) => void): () => void;
}

/** IPC channel names: one per message, used by preload and main alike. */
export const CHANNELS = {
  simulate: 'looplab:simulate',
  openScenario: 'looplab:open-scenario',
  saveScenario: 'looplab:save-scenario',
  exportFile: 'looplab:export-file',
  setDocumentState: 'looplab:set-document-state',
  menuCommand: 'looplab:menu-command',
  documentOpened: 'looplab:document-opened',
  /** Preload → main, no payload: a documentOpened listener exists, so queued documents can be sent. */
  documentListenerReady: 'looplab:document-listener-ready',
} as const;
