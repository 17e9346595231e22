/**
 * `export --run RUN.json`: the real run to outline over the diagram's requests view. The run
 * must have measured this scenario (its name aside); its problems are listed with their paths,
 * like a scenario's.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Timeline } from '../shared/engine/timeline';
import { measuredOverlay, type MeasuredOverlay } from '../shared/chart/marks/measured';
import { compareRun, runMatchesScenario } from '../shared/run/compareRun';
import { parseRun } from '../shared/run/loadRun';
import { RUN_LIMITS } from '../shared/run/runLimits';
import { formatError } from '../shared/scenario/errors';
import type { Scenario } from '../shared/scenario/types';
import { EXIT, type CliIO, type ExitCode } from './commandKit';

export type RunOverlayResult = { ok: true; overlay: MeasuredOverlay } | { ok: false; code: ExitCode };

export async function runOverlay(path: string, scenario: Scenario, timeline: Timeline, io: CliIO): Promise<RunOverlayResult> {
  let text: string;
  try {
    if ((await stat(path)).size > RUN_LIMITS.maxTextChars * 4) throw Object.assign(new Error('far beyond the 16 MB limit of a run file'), { code: 'TOOBIG' });
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(`looplab: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : e instanceof Error ? e.message : String(e)}\n`);
    return { ok: false, code: EXIT.usage };
  }
  const parsed = parseRun(text);
  if (!parsed.ok) {
    io.stderr(parsed.errors.map((e) => `${path}: ${formatError(e)}\n`).join(''));
    return { ok: false, code: EXIT.invalidScenario };
  }
  if (!runMatchesScenario(parsed.run, scenario)) {
    io.stderr(`looplab: ${path} measured another scenario (“${parsed.run.scenario.name}”): export that scenario with it, or measure this one with "looplab measure"\n`);
    return { ok: false, code: EXIT.invalidScenario };
  }
  const requests = timeline.requests;
  const comparison = compareRun(parsed.run, { count: requests.length, arrival: (i) => requests[i]!.arrival, end: (i) => requests[i]!.end });
  return { ok: true, overlay: measuredOverlay(comparison, parsed.run) };
}
