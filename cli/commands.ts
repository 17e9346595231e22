/**
 * The `looplab` commands, as a table: each entry is its syntax (for parsing and --help) and
 * what it runs. Adding a command (issue 7's `export`) means adding one entry here.
 */
import type { CommandSyntax } from './args';
import { parseScenario } from '../shared/scenario/load';
import { formatError } from '../shared/scenario/errors';
import { formatCount } from '../shared/scenario/limits';
import { requestCount } from '../shared/scenario/arrivals';
import type { Scenario } from '../shared/scenario/types';
import { SimulationTooLargeError, simulate } from '../shared/engine/simulate';
import { displayName, readScenarioText } from './io';
import { formatSummary } from './summary';

export const EXIT = { ok: 0, invalidScenario: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: NodeJS.ReadableStream;
}

export interface CommandArgs {
  operands: string[];
  flags: Record<string, string | true>;
}

export interface Command extends CommandSyntax {
  run(args: CommandArgs, io: CliIO): Promise<ExitCode>;
}

type Loaded = { ok: true; scenario: Scenario; name: string } | { ok: false; code: ExitCode };

/** Reads and validates FILE, printing `file.json: path: message` for every problem. */
async function loadScenarioFile(file: string, io: CliIO): Promise<Loaded> {
  const name = displayName(file);
  const read = await readScenarioText(file, io.stdin);
  if (!read.ok) {
    io.stderr(`looplab: ${read.message}\n`);
    return { ok: false, code: EXIT.usage };
  }
  const result = parseScenario(read.text);
  if (!result.ok) {
    io.stderr(result.errors.map((e) => `${name}: ${formatError(e)}\n`).join(''));
    return { ok: false, code: EXIT.invalidScenario };
  }
  return { ok: true, scenario: result.scenario, name };
}

const validate: Command = {
  name: 'validate',
  operands: ['FILE'],
  flags: [],
  description: 'Check a scenario file and report every problem in it.',
  async run({ operands }, io) {
    const loaded = await loadScenarioFile(operands[0]!, io);
    if (!loaded.ok) return loaded.code;
    const total = loaded.scenario.requests.reduce((sum, a) => sum + requestCount(a), 0);
    io.stdout(`ok: ${loaded.scenario.name}, ${formatCount(total)} request${total === 1 ? '' : 's'}\n`);
    return EXIT.ok;
  },
};

const simulateCommand: Command = {
  name: 'simulate',
  operands: ['FILE'],
  flags: [
    { name: 'summary', description: 'print a per-request table and the metrics instead of the timeline JSON' },
    { name: 'pretty', description: 'indent the timeline JSON' },
  ],
  description: 'Run the simulation and print the timeline as JSON.',
  async run({ operands, flags }, io) {
    const loaded = await loadScenarioFile(operands[0]!, io);
    if (!loaded.ok) return loaded.code;
    const summary = flags.summary === true;
    try {
      // The summary needs no segments: skipping them keeps a million-request run light.
      const timeline = simulate(loaded.scenario, summary ? { segments: false } : {});
      io.stdout(summary ? formatSummary(loaded.scenario, timeline) : `${JSON.stringify(timeline, null, flags.pretty === true ? 2 : undefined)}\n`);
      return EXIT.ok;
    } catch (e) {
      if (!(e instanceof SimulationTooLargeError)) throw e;
      io.stderr(`${loaded.name}: ${e.message}\n`);
      return EXIT.invalidScenario;
    }
  },
};

export const COMMANDS: readonly Command[] = [simulateCommand, validate];
