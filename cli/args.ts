/**
 * Command-line parsing for `looplab`, kept pure (argv in, a decision out) so it is tested
 * without spawning anything. Commands and their flags are data (`CommandSyntax`), so a new
 * command, such as `export`, is one more table entry, not more parsing code.
 */
import { didYouMean } from '../shared/scenario/errors';

export interface FlagSyntax {
  /** Long name without dashes: `summary` for `--summary`. */
  name: string;
  /** Optional one-letter alias: `o` for `-o`. */
  short?: string;
  /** Name of its value (`FILE`) when the flag takes one: `--out FILE` or `--out=FILE`. */
  value?: string;
  description: string;
}

export interface CommandSyntax {
  name: string;
  /** Positional arguments, all required: ['FILE']. */
  operands: readonly string[];
  flags: readonly FlagSyntax[];
  description: string;
}

export type ParsedArgs =
  | { kind: 'help'; command?: string }
  | { kind: 'command'; command: string; operands: string[]; flags: Record<string, string | true> }
  | { kind: 'usage-error'; message: string; command?: string };

const HELP_FLAGS = new Set(['--help', '-h']);

/** What each operand name stands for, in messages and help. */
const OPERANDS: Record<string, { missing: string; help: string }> = {
  FILE: { missing: 'a scenario .json, or - for standard input', help: 'a scenario .json file, or - to read standard input' },
  'FILE.py': { missing: "a FastAPI app's Python source, or - for standard input", help: "a FastAPI app's Python source, or - to read standard input" },
};

export function parseArgs(argv: readonly string[], commands: readonly CommandSyntax[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || HELP_FLAGS.has(first)) return { kind: 'help' };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { kind: 'help' };
    return commands.some((c) => c.name === topic) ? { kind: 'help', command: topic } : unknownCommand(topic, commands);
  }
  if (first.startsWith('-')) return { kind: 'usage-error', message: `expected a command before ${first}` };
  const command = commands.find((c) => c.name === first);
  if (command === undefined) return unknownCommand(first, commands);
  return parseCommandArgs(command, rest);
}

function parseCommandArgs(command: CommandSyntax, argv: readonly string[]): ParsedArgs {
  const operands: string[] = [];
  const flags: Record<string, string | true> = {};
  const error = (message: string): ParsedArgs => ({ kind: 'usage-error', message, command: command.name });
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (HELP_FLAGS.has(token)) return { kind: 'help', command: command.name };
    if (token === '-' || !token.startsWith('-')) {
      operands.push(token); // '-' is an operand: standard input
      continue;
    }
    const eq = token.indexOf('=');
    const written = eq === -1 ? token : token.slice(0, eq);
    const flag = token.startsWith('--')
      ? command.flags.find((f) => f.name === written.slice(2))
      : command.flags.find((f) => f.short !== undefined && f.short === written.slice(1));
    if (flag === undefined) return error(unknownFlagMessage(written, command));
    if (flag.value === undefined) {
      if (eq !== -1) return error(`--${flag.name} takes no value`);
      flags[flag.name] = true;
      continue;
    }
    const value = eq !== -1 ? token.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') return error(`--${flag.name} needs a value: --${flag.name} ${flag.value}`);
    flags[flag.name] = value;
  }
  if (operands.length < command.operands.length) {
    const missing = command.operands[operands.length]!;
    const what = OPERANDS[missing];
    return error(`${command.name} needs ${what ? `a ${missing} (${what.missing})` : missing}`);
  }
  if (operands.length > command.operands.length) return error(`unexpected argument ${JSON.stringify(operands[command.operands.length])}`);
  return { kind: 'command', command: command.name, operands, flags };
}

function unknownCommand(name: string, commands: readonly CommandSyntax[]): ParsedArgs {
  const names = commands.map((c) => c.name);
  const guess = didYouMean(name, names);
  return { kind: 'usage-error', message: `unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; commands: ${names.join(', ')}` };
}

function unknownFlagMessage(written: string, command: CommandSyntax): string {
  const names = command.flags.map((f) => `--${f.name}`);
  if (names.length === 0) return `unknown option ${written} (${command.name} takes no options)`;
  const guess = didYouMean(written, names);
  return `unknown option ${written} for ${command.name}${guess ? ` (did you mean ${guess}?)` : ''}; options: ${names.join(', ')}`;
}

/** The usage text: every command with its operands and flags. */
export function helpText(program: string, commands: readonly CommandSyntax[], only?: string): string {
  const shown = only === undefined ? commands : commands.filter((c) => c.name === only);
  const lines = only === undefined ? [`Usage: ${program} <command> [options]`, ''] : [];
  for (const c of shown) {
    const flags = c.flags.map((f) => ` [--${f.name}${f.value ? ` ${f.value}` : ''}]`).join('');
    lines.push(`${only === undefined ? '  ' : `Usage: ${program} `}${c.name}${flags} ${c.operands.join(' ')}`.trimEnd());
    lines.push(`${only === undefined ? '      ' : '  '}${c.description}`);
    const names = c.flags.map((f) => `--${f.name}${f.short ? `, -${f.short}` : ''}${f.value ? ` ${f.value}` : ''}`);
    const width = Math.max(0, ...names.map((n) => n.length));
    c.flags.forEach((f, i) => lines.push(`${only === undefined ? '        ' : '    '}${names[i]!.padEnd(width)}  ${f.description}`));
  }
  lines.push('');
  for (const [operand, what] of Object.entries(OPERANDS)) {
    if (shown.some((c) => c.operands.includes(operand))) lines.push(`${operand} is ${what.help}.`);
  }
  lines.push('Exit status: 0 success, 1 invalid scenario, 2 bad usage or unreadable file.');
  return `${lines.join('\n')}\n`;
}
