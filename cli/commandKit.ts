/** What every command shares: exit codes, the IO seam, and loading a scenario file with path-naming errors. */
import type { CommandSyntax } from './args';
import { parseScenario } from '../shared/scenario/load';
import { formatError } from '../shared/scenario/errors';
import type { Scenario } from '../shared/scenario/types';
import { displayName, readScenarioText } from './io';

/** `failed` and `interrupted`: measure's server failed or timed out, or Ctrl+C stopped it. */
export const EXIT = { ok: 0, invalidScenario: 1, usage: 2, internal: 3, failed: 4, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
}

export interface CommandArgs {
  operands: string[];
  flags: Record<string, string | true>;
}

export interface Command extends CommandSyntax {
  run: (args: CommandArgs, io: CliIO) => Promise<ExitCode>;
}

export type Loaded = { ok: true; scenario: Scenario; name: string } | { ok: false; code: ExitCode };

/** Reads and validates FILE, printing `file.json: path: message` for every problem. */
export async function loadScenarioFile(file: string, io: CliIO): Promise<Loaded> {
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

