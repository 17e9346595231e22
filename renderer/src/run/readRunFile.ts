/**
 * A file opened with "Compare with a real run…": RUN.json (from `looplab measure`), checked
 * like a scenario file, or OpenTelemetry spans as OTLP JSON Lines (a real app's traces, made
 * into a run of a scenario skeleton); every problem with its path. Pure.
 */
import type { OpenedFile } from '../../../shared/ipc/contract';
import { parseRun } from '../../../shared/run/loadRun';
import { importOtlp, looksLikeOtlp } from '../../../shared/run/otlpImport';
import type { RunFile } from '../../../shared/run/runFile';
import type { ScenarioError } from '../../../shared/scenario/errors';

export type ReadRun = { ok: true; run: RunFile; name: string; notes: string[] } | { ok: false; name: string; errors: ScenarioError[] };

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function readRunFile(file: OpenedFile): ReadRun {
  const name = fileNameOf(file.path);
  if (looksLikeOtlp(file.text)) {
    const imported = importOtlp(file.text, name);
    return imported.ok ? { ok: true, run: imported.run, name, notes: imported.notes } : { ok: false, name, errors: imported.errors };
  }
  const parsed = parseRun(file.text);
  return parsed.ok ? { ok: true, run: parsed.run, name, notes: [] } : { ok: false, name, errors: parsed.errors };
}
