/**
 * Reading scenario files for the main process. The text goes to the renderer, whose loader
 * validates it as a scenario; here we only guard against what would hurt the app itself:
 * huge files, folders, and unreadable paths.
 */
import { readFile, stat } from 'node:fs/promises';
import { describeFileError } from './fileErrors';
import type { OpenedFile } from '../../shared/ipc/contract';

/** Scenarios are hand-written JSON; 5 MB is far beyond any real one and keeps IPC cheap. */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/** The double extension scenario files carry (registered as a file association). */
export const SCENARIO_EXTENSION = '.looplab.json';

export type ReadOutcome = { ok: true; file: OpenedFile } | { ok: false; error: string };

/** A run file: RUN.json (up to 16 MB of text) or OpenTelemetry JSON Lines (64 MB; shared/run/runLimits.ts). */
export const MAX_RUN_BYTES = 64 * 1024 * 1024;

/** A Python file to analyse: the analyser reads up to 1 MB (1,048,576 characters; docs/analyze.md), at most 4 bytes each. */
export const MAX_PYTHON_BYTES = 4 * 1024 * 1024;

export function readPythonFile(path: string): Promise<ReadOutcome> {
  return readTextFile(path, MAX_PYTHON_BYTES, 'a Python file to analyse');
}

export function readScenarioFile(path: string): Promise<ReadOutcome> {
  return readTextFile(path, MAX_SCENARIO_BYTES, 'a scenario');
}

export function readRunFile(path: string): Promise<ReadOutcome> {
  return readTextFile(path, MAX_RUN_BYTES, 'a run file');
}

async function readTextFile(path: string, maxBytes: number, what: string): Promise<ReadOutcome> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: `Could not open ${path}: it is not a file.` };
    if (info.size > maxBytes) {
      return { ok: false, error: `Could not open ${path}: it is ${mb(info.size)}, larger than the ${mb(maxBytes)} ${what} may be.` };
    }
    const text = await readFile(path, 'utf8');
    return { ok: true, file: { path, text } };
  } catch (error) {
    return { ok: false, error: describeFileError(error, path, 'open') };
  }
}

/** Adds the scenario extension when the user typed a bare name in the save dialog. */
export function withScenarioExtension(path: string): string {
  if (path.endsWith(SCENARIO_EXTENSION)) return path;
  if (path.endsWith('.json')) return path;
  return path + SCENARIO_EXTENSION;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
