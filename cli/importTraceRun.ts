/**
 * What `looplab import-trace` runs (importTraceCommand.ts has its syntax): the OpenTelemetry
 * import and the run format load only for this command.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { simulate } from '../shared/engine/simulate';
import { compareRun } from '../shared/run/compareRun';
import { validateRun } from '../shared/run/loadRun';
import { bindAnalysedRoutes, importOtlp } from '../shared/run/otlpImport';
import { RUN_LIMITS } from '../shared/run/runLimits';
import { formatError } from '../shared/scenario/errors';
import { serializeScenario } from '../shared/scenario/serialize';
import { EXIT, type CliIO, type CommandArgs, type ExitCode } from './commandKit';
import { displayName, readText } from './io';
import { comparisonTable } from './measureTable';

export async function runImportTrace({ operands, flags }: CommandArgs, io: CliIO): Promise<ExitCode> {
  const file = operands[0]!;
  const name = displayName(file);
  const read = await readText(file, io.stdin, { maxBytes: RUN_LIMITS.maxOtlpChars * 4, limit: 'the 64 MB limit for a trace', kind: 'a trace' });
  if (!read.ok) {
    io.stderr(`looplab: ${read.message}\n`);
    return EXIT.usage;
  }
  const imported = importOtlp(read.text, file === '-' ? 'standard input' : basename(file));
  if (!imported.ok) {
    io.stderr(imported.errors.map((e) => `${name}: ${formatError(e)}\n`).join(''));
    return EXIT.invalidScenario;
  }
  let { run } = imported;
  for (const note of imported.notes) io.stderr(`note: ${note}\n`);
  if (typeof flags.bind === 'string') {
    const bound = await bindTo(flags.bind, run.scenario, io);
    if (!bound.ok) return bound.code;
    run = { ...run, scenario: bound.scenario };
  }
  const checked = validateRun(run);
  if (!checked.ok) throw new Error(`the imported run is not valid: ${checked.errors.map(formatError).join('; ')}`);
  const { requests } = simulate(run.scenario, { segments: false });
  const comparison = compareRun(run, { count: requests.length, arrival: (i) => requests[i]!.arrival, end: (i) => requests[i]!.end });
  const routes = run.scenario.routes.length;
  io.stdout(`${run.scenario.name}: ${run.requests.length} requests to ${routes} route${routes === 1 ? '' : 's'}\n\n${comparisonTable(comparison)}`);
  try {
    if (typeof flags.scenario === 'string') { await writeFile(flags.scenario, serializeScenario(run.scenario)); io.stderr(`wrote ${flags.scenario}\n`); }
    if (typeof flags.run === 'string') { await writeFile(flags.run, `${JSON.stringify(run, null, 1)}\n`); io.stderr(`wrote ${flags.run}\n`); }
  } catch (e) {
    io.stderr(`looplab: cannot write: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

async function bindTo(path: string, skeleton: Parameters<typeof bindAnalysedRoutes>[0], io: CliIO): Promise<{ ok: true; scenario: typeof skeleton } | { ok: false; code: ExitCode }> {
  const read = await readText(path, io.stdin, { maxBytes: 4 * 1024 * 1024, limit: 'the 1 MB limit for a file to analyse', kind: 'a Python file' });
  if (!read.ok) {
    io.stderr(`looplab: ${read.message}\n`);
    return { ok: false, code: EXIT.usage };
  }
  // The parser (WebAssembly) loads only for --bind.
  const [{ analyzePython }, { loadPythonParser }] = await Promise.all([import('../shared/analyze/analyzePython'), import('./analyze/pythonParser')]);
  const analysed = analyzePython(read.text, await loadPythonParser(), { fileName: basename(path) });
  if (!analysed.ok) {
    io.stderr(`${path}${analysed.line !== undefined ? `:${analysed.line}:${analysed.column}` : ''}: ${analysed.message}\n`);
    return { ok: false, code: EXIT.invalidScenario };
  }
  const bound = bindAnalysedRoutes(skeleton, analysed.scenario);
  io.stderr(`bound to ${path}: ${bound.bound.length ? bound.bound.join(', ') : 'no route (no name matched)'}${bound.unbound.length ? `; placeholders kept for ${bound.unbound.join(', ')}` : ''}\n`);
  return { ok: true, scenario: { ...bound.scenario, server: analysed.scenario.server } };
}
