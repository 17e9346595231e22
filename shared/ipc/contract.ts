/**
 * The one contract between the renderer and its host. Two implementations:
 * Electron (preload → IPC → main process, engine in a Node worker thread) and the
 * browser build (engine in a Web Worker, files through a picker and a download).
 * The renderer only ever sees `LoopLabApi`.
 */
import type { Scenario } from '../scenario/types';
import type { SimulateOptions, Timeline } from '../engine/timeline';
import type { RunFile } from '../run/runFile';

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

/** Whether this host can measure a scenario on real FastAPI ("Measure now", desktop only). */
export type MeasureAvailability =
  | { ok: true; python: string; description: string }
  | { ok: false; message: string };

export type MeasureNowResult =
  | { ok: true; run: RunFile }
  | { ok: false; canceled: boolean; message: string; tail?: string };

/** Where a measurement is: the same phases as `looplab measure`'s progress line. */
export interface MeasureProgress {
  phase: 'checking' | 'calibrating' | 'starting' | 'warmup' | 'run' | 'stopping';
  run?: number;
  of?: number;
}

/** Commands the native menu sends to the renderer (they name actions of the action registry). */
export type MenuCommand = string;

/**
 * Every command the Electron menu sends, in menu order. The renderer's action registry should
 * have an action of each name; unknown commands are ignored by the renderer, never fatal.
 * File: open, save, saveAs, export.svg, share · Edit: undo, redo · View: view.zoomIn, view.zoomOut,
 * view.fit, view.presentation, view.chef · Help: help.lessons.
 */
export const MENU_COMMANDS = [
  'open', 'openPython', 'save', 'saveAs', 'export.svg', 'share',
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
  simulate: (scenario: Scenario, options?: SimulateOptions) => Promise<SimulateResult>;
  /** Ask the user for a scenario file; null when they cancel. */
  openScenario: () => Promise<OpenedFile | null>;
  /**
   * Ask the user for a real run to compare with (RUN.json, or OpenTelemetry spans as JSON
   * Lines); null when they cancel. Not a document: never a recent file. Optional (the shell
   * falls back to openScenario).
   */
  openRun?: () => Promise<OpenedFile | null>;
  /**
   * Measuring on the real stack from the app (desktop only: a browser cannot start Python).
   * measureAvailability says whether a Python with FastAPI, uvicorn and httpx was found;
   * measureNow runs `scenario` like `looplab measure` (one at a time), reporting progress to
   * onMeasureProgress's listeners; cancelMeasure stops it and everything it started.
   */
  measureAvailability?: () => Promise<MeasureAvailability>;
  measureNow?: (scenario: Scenario, repeats: number) => Promise<MeasureNowResult>;
  cancelMeasure?: () => void;
  onMeasureProgress?: (listener: (progress: MeasureProgress) => void) => () => void;
  /**
   * Ask the user for a Python file (.py) to read its routes from; null when they cancel. Not a
   * document: never a recent file. Optional (the browser build uses its file picker).
   */
  openPython?: () => Promise<OpenedFile | null>;
  /** Save `text` to `path` (or ask where when path is null / saveAs). Atomic in Electron. */
  saveScenario: (text: string, path: string | null, suggestedName: string) => Promise<SaveResult>;
  /** Export a file (SVG, PNG as base64 data, trace JSON) through a save dialog or a download. */
  exportFile: (data: string | Uint8Array, suggestedName: string) => Promise<SaveResult>;
  /** Tell the host whether the document has unsaved changes (for the close prompt and recovery). */
  setDocumentState: (state: { dirty: boolean; path: string | null; text: string }) => void;
  /** Subscribe to native menu commands; returns an unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /**
   * Subscribe to documents the host opens itself (Electron only: double-click, argv, recent
   * files, recovery); returns an unsubscribe function. The host has already asked the user
   * about unsaved changes before sending one. Optional: the browser host never opens files itself.
   */
  onDocumentOpened?: (listener: (document: HostDocument) => void) => () => void;
}

/** IPC channel names: one per message, used by preload and main alike. */
export const CHANNELS = {
  simulate: 'looplab:simulate',
  openScenario: 'looplab:open-scenario',
  openPython: 'looplab:open-python',
  saveScenario: 'looplab:save-scenario',
  exportFile: 'looplab:export-file',
  setDocumentState: 'looplab:set-document-state',
  menuCommand: 'looplab:menu-command',
  documentOpened: 'looplab:document-opened',
  /** Preload → main, no payload: a documentOpened listener exists, so queued documents can be sent. */
  documentListenerReady: 'looplab:document-listener-ready',
  openRun: 'looplab:open-run',
  measureAvailability: 'looplab:measure-availability',
  measureNow: 'looplab:measure-now',
  measureCancel: 'looplab:measure-cancel',
  /** Main → renderer: MeasureProgress. */
  measureProgress: 'looplab:measure-progress',
} as const;
