/**
 * A file opened with "Compare with a real run…": RUN.json (from `looplab measure`), checked
 * like a scenario file, every problem with its path. Pure: the tests read files with it.
 */
import type { OpenedFile } from '../../../shared/ipc/contract';
import { parseRun } from '../../../shared/run/loadRun';
import type { RunFile } from '../../../shared/run/runFile';
import type { ScenarioError } from '../../../shared/scenario/errors';

export type ReadRun = { ok: true; run: RunFile; name: string } | { ok: false; name: string; errors: ScenarioError[] };

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function readRunFile(file: OpenedFile): ReadRun {
  const name = fileNameOf(file.path);
  const parsed = parseRun(file.text);
  return parsed.ok ? { ok: true, run: parsed.run, name } : { ok: false, name, errors: parsed.errors };
}
