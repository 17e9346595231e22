/**
 * What `looplab measure` runs (measureCommand.ts has its syntax): the measuring code, its
 * child processes and the run format load only for this command.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { simulate } from '../shared/engine/simulate';
import { compareRun } from '../shared/run/compareRun';
import { MEASURE_LIMITS, RUN_LIMITS } from '../shared/run/runLimits';
import type { MeasureProgress } from '../measure/measureProcess';
import { measureScenario } from '../measure/measureScenario';
import { choosePython, findMeasuringPython } from '../measure/pythonCheck';
import { pythonPackageDir } from '../measure/packageDir';
import { EXIT, loadScenarioFile, type CliIO, type CommandArgs, type ExitCode } from './commandKit';
import { comparisonTable, environmentLine } from './measureTable';

function progressText(p: MeasureProgress): string {
  switch (p.phase) {
    case 'calibrating': return 'calibrating the busy loop';
    case 'starting': return 'starting uvicorn';
    case 'warmup': return 'warm-up run';
    case 'run': return `timed run ${p.run} of ${p.of}`;
    case 'stopping': return 'stopping the server';
  }
}

/** One line, rewritten in place on a terminal; one line per step in a log. */
function progressPrinter(io: CliIO, tty: boolean) {
  let shown = false;
  return {
    show(p: MeasureProgress) {
      io.stderr(tty ? `\r\x1b[2Kmeasuring: ${progressText(p)}…` : `measuring: ${progressText(p)}\n`);
      shown = true;
    },
    end() {
      if (tty && shown) io.stderr('\r\x1b[2K');
    },
  };
}

export async function runMeasure({ operands, flags }: CommandArgs, io: CliIO): Promise<ExitCode> {
  const repeats = flags.repeats === undefined ? MEASURE_LIMITS.defaultRepeats : Number(flags.repeats);
  if (!Number.isInteger(repeats) || repeats < 1 || repeats > RUN_LIMITS.maxRepeats) {
    io.stderr(`looplab: --repeats must be a whole number from 1 to ${RUN_LIMITS.maxRepeats} (got ${JSON.stringify(flags.repeats)})\n`);
    return EXIT.usage;
  }
  const loaded = await loadScenarioFile(operands[0]!, io);
  if (!loaded.ok) return loaded.code;
  const { scenario } = loaded;
  const choice = choosePython(typeof flags.python === 'string' ? flags.python : undefined);
  const cores = availableParallelism();
  if (scenario.server.cores !== cores) {
    io.stderr(`note: the scenario models ${scenario.server.cores} core${scenario.server.cores === 1 ? '' : 's'}; this machine has ${cores}, so CPU-bound requests may differ\n`);
  }

  // Ctrl+C stops the measurement and everything it started. `on`, not `once`: a terminal
  // sends SIGINT to tsx and to us, and tsx relays its own, so a second one must not kill us.
  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  const progress = progressPrinter(io, process.stderr.isTTY === true);
  let result;
  try {
    result = await measureScenario({ scenario, python: choice.python, repeats, packageDir: pythonPackageDir(), signal: abort.signal, onProgress: (p) => progress.show(p) });
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
    progress.end();
  }
  if (!result.ok) {
    if (result.kind === 'python' && choice.from === 'default') result.message += await otherPythonHint(choice.python);
    return reportFailure(result, loaded.name, io);
  }

  const { run } = result;
  const timeline = simulate(scenario, { segments: false });
  const comparison = compareRun(run, {
    count: timeline.requests.length,
    arrival: (id) => timeline.requests[id]!.arrival,
    end: (id) => timeline.requests[id]!.end,
  });
  io.stdout(`${scenario.name}: measured on ${environmentLine(run)}\n\n${comparisonTable(comparison)}`);
  const noisy = (run.runs ?? []).map((r) => r.other_cores).filter((c): c is number => c !== null);
  if (noisy.length && Math.max(...noisy) > 0.5) {
    io.stderr(`note: other programs used up to ${Math.max(...noisy).toFixed(1)} cores during the runs; figures may be noisy\n`);
  }
  if (typeof flags.out === 'string') {
    try {
      await writeFile(flags.out, `${JSON.stringify(run, null, 1)}\n`);
    } catch (e) {
      io.stderr(`looplab: cannot write ${flags.out}: ${e instanceof Error ? e.message : String(e)}\n`);
      return EXIT.usage;
    }
    io.stderr(`wrote ${flags.out}\n`);
  } else {
    io.stderr('not saved: add --out RUN.json to keep the measurement and open it in the app\n');
  }
  return EXIT.ok;
}

function reportFailure(result: { kind: string; message: string; tail?: string }, name: string, io: CliIO): ExitCode {
  switch (result.kind) {
    case 'invalid':
      io.stderr(`${name}: cannot be measured: ${result.message}\n`);
      return EXIT.invalidScenario;
    case 'python':
      io.stderr(`looplab: ${result.message}\n`);
      return EXIT.usage;
    case 'canceled':
      io.stderr('looplab: measurement stopped; the server and every process it started are gone\n');
      return EXIT.interrupted;
    default: {
      const tail = result.tail?.trim();
      io.stderr(`looplab: ${result.message}\n${tail ? `the server's last output:\n${indent(tail)}\n` : ''}`);
      return EXIT.failed;
    }
  }
}

/** When the default python3 cannot measure, another on this machine may (Debian's, beside a pyenv one). */
async function otherPythonHint(tried: string): Promise<string> {
  const other = await findMeasuringPython(['/usr/bin/python3', '/usr/local/bin/python3'].filter((p) => p !== tried), { timeoutMs: 10_000, packageDir: pythonPackageDir() });
  return other === undefined ? '' : `. ${other.command} (Python ${other.python}) has them: add --python ${other.command}`;
}

const indent = (text: string) => text.split('\n').map((l) => `  ${l}`).join('\n');
