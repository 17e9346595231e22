/**
 * What each channel of the contract accepts, with size limits. One parser per channel in
 * CHANNELS; the main process calls them through validatedIpcMain before any handler runs.
 */
import type { Scenario } from '../../shared/scenario/types';
import type { SimulateOptions } from '../../shared/engine/timeline';
import { argumentsOf, bytes, flag, jsonSize, list, nullable, oneOf, optional, PayloadError, record, text } from './payloadChecks';

/** Same cap as a scenario file (electron/files/scenarioFiles.ts). */
export const MAX_TEXT_CHARS = 5 * 1024 * 1024;
/** Exports (a PNG of a large chart) may be bigger than scenarios, but not unbounded. */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024;
export const MAX_PATH_CHARS = 4096;
export const MAX_NAME_CHARS = 255;

export function parseSimulate(args: readonly unknown[]): [Scenario, SimulateOptions | undefined] {
  argumentsOf(args, 1, 2, 'simulate');
  const scenario = record(args[0], 'scenario');
  text(1000)(scenario.name, 'scenario.name');
  if (scenario.server !== undefined) record(scenario.server, 'scenario.server');
  list(scenario.routes, 'scenario.routes', 1000);
  list(scenario.requests, 'scenario.requests', 100_000);
  jsonSize(scenario, 'scenario', MAX_TEXT_CHARS);
  // The engine validates the details; here we only make sure it is plain data of a sane size.
  let options: SimulateOptions | undefined;
  if (args[1] !== undefined) {
    const raw = record(args[1], 'options');
    const segments = optional(flag)(raw.segments, 'options.segments');
    const requests = optional(flag)(raw.requests, 'options.requests');
    const maxEvents = optional(eventBudget)(raw.maxEvents, 'options.maxEvents');
    // Only the known options cross to the worker; absent ones stay absent.
    options = {
      ...(segments !== undefined ? { segments } : {}),
      ...(requests !== undefined ? { requests } : {}),
      ...(maxEvents !== undefined ? { maxEvents } : {}),
    };
  }
  return [scenario as unknown as Scenario, options];
}

export function parseOpenScenario(args: readonly unknown[]): [] {
  argumentsOf(args, 0, 0, 'openScenario');
  return [];
}

/** documentListenerReady: a bare signal. */
export function parseNoArguments(args: readonly unknown[]): [] {
  argumentsOf(args, 0, 0, 'this message');
  return [];
}

export function parseSaveScenario(args: readonly unknown[]): [string, string | null, string] {
  argumentsOf(args, 3, 3, 'saveScenario');
  return [text(MAX_TEXT_CHARS)(args[0], 'text'), nullable(filePath)(args[1], 'path'), fileName(args[2], 'suggestedName')];
}

export function parseExportFile(args: readonly unknown[]): [string | Uint8Array, string] {
  argumentsOf(args, 2, 2, 'exportFile');
  const data = oneOf(text(MAX_EXPORT_BYTES), bytes(MAX_EXPORT_BYTES))(args[0], 'data');
  return [data, fileName(args[1], 'suggestedName')];
}

export interface DocumentState {
  dirty: boolean;
  path: string | null;
  text: string;
}

export function parseSetDocumentState(args: readonly unknown[]): [DocumentState] {
  argumentsOf(args, 1, 1, 'setDocumentState');
  const raw = record(args[0], 'state');
  return [{
    dirty: flag(raw.dirty, 'state.dirty'),
    path: nullable(filePath)(raw.path, 'state.path'),
    text: text(MAX_TEXT_CHARS)(raw.text, 'state.text'),
  }];
}

/** The engine's own default is 20M events; a request may raise it, within reason. */
export const MAX_EVENT_BUDGET = 200_000_000;

function eventBudget(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_EVENT_BUDGET) {
    throw new PayloadError(`${what} must be a whole number from 1 to ${MAX_EVENT_BUDGET}`);
  }
  return value;
}

/** A path as the host gave it to the renderer: no NUL bytes, bounded length. */
function filePath(value: unknown, what: string): string {
  const path = text(MAX_PATH_CHARS)(value, what);
  if (path.length === 0 || path.includes('\0')) throw new PayloadError(`${what} is not a file path`);
  return path;
}

/** A suggested file name: a name only, never a path that could point the dialog elsewhere. */
function fileName(value: unknown, what: string): string {
  const name = text(MAX_NAME_CHARS)(value, what);
  if (/[\\/\0]/.test(name) || name === '..' || name === '.') throw new PayloadError(`${what} must be a file name, not a path`);
  return name;
}

/** measureNow: a scenario (validated in the measuring worker) and how many timed runs. */
export function parseMeasureNow(args: readonly unknown[]): [Scenario, number] {
  argumentsOf(args, 2, 2, 'measureNow');
  const [scenario] = parseSimulate([args[0]]);
  const repeats = args[1];
  if (typeof repeats !== 'number' || !Number.isInteger(repeats) || repeats < 1 || repeats > 20) {
    throw new PayloadError('repeats must be a whole number from 1 to 20');
  }
  return [scenario, repeats];
}
