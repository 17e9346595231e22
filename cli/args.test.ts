import { describe, expect, it } from 'vitest';
import { helpText, parseArgs, type CommandSyntax } from './args';

const commands: CommandSyntax[] = [
  { name: 'simulate', operands: ['FILE'], flags: [{ name: 'summary', description: 'table' }, { name: 'pretty', description: 'indent' }], description: 'Run it.' },
  { name: 'validate', operands: ['FILE'], flags: [], description: 'Check it.' },
  { name: 'export', operands: ['FILE'], flags: [{ name: 'out', short: 'o', value: 'PATH', description: 'where' }], description: 'Export it.' },
];
const parse = (...argv: string[]) => parseArgs(argv, commands);

describe('parseArgs', () => {
  it('reads a command, its file and its flags in any order', () => {
    expect(parse('simulate', 'a.json', '--summary')).toEqual({ kind: 'command', command: 'simulate', operands: ['a.json'], flags: { summary: true } });
    expect(parse('simulate', '--summary', '--pretty', 'a.json')).toEqual({ kind: 'command', command: 'simulate', operands: ['a.json'], flags: { summary: true, pretty: true } });
  });

  it('treats - as a file operand meaning standard input', () => {
    expect(parse('validate', '-')).toEqual({ kind: 'command', command: 'validate', operands: ['-'], flags: {} });
  });

  it('takes everything after -- as operands, even if it looks like a flag', () => {
    expect(parse('validate', '--', '--weird.json')).toMatchObject({ kind: 'command', operands: ['--weird.json'] });
  });

  it('reads flag values written with a space, with = or as a short flag', () => {
    expect(parse('export', 'a.json', '--out', 'x.svg')).toMatchObject({ flags: { out: 'x.svg' } });
    expect(parse('export', 'a.json', '--out=x.svg')).toMatchObject({ flags: { out: 'x.svg' } });
    expect(parse('export', '-o', 'x.svg', 'a.json')).toMatchObject({ operands: ['a.json'], flags: { out: 'x.svg' } });
  });

  it('asks for help with no arguments, --help, -h or help', () => {
    expect(parse()).toEqual({ kind: 'help' });
    expect(parse('--help')).toEqual({ kind: 'help' });
    expect(parse('-h')).toEqual({ kind: 'help' });
    expect(parse('help')).toEqual({ kind: 'help' });
  });

  it('gives help for one command with help COMMAND or COMMAND --help', () => {
    expect(parse('help', 'simulate')).toEqual({ kind: 'help', command: 'simulate' });
    expect(parse('simulate', '--help')).toEqual({ kind: 'help', command: 'simulate' });
  });

  it('rejects an unknown command, suggesting a close one', () => {
    expect(parse('simulat', 'a.json')).toEqual({ kind: 'usage-error', message: 'unknown command "simulat" (did you mean "simulate"?); commands: simulate, validate, export' });
    expect(parse('help', 'nope')).toMatchObject({ kind: 'usage-error' });
  });

  it('rejects a flag before the command', () => {
    expect(parse('--summary', 'simulate')).toEqual({ kind: 'usage-error', message: 'expected a command before --summary' });
  });

  it('rejects an unknown flag, suggesting a close one', () => {
    expect(parse('simulate', 'a.json', '--sumary')).toEqual({
      kind: 'usage-error', command: 'simulate', message: 'unknown option --sumary for simulate (did you mean --summary?); options: --summary, --pretty',
    });
    expect(parse('validate', 'a.json', '--summary')).toMatchObject({ message: 'unknown option --summary (validate takes no options)' });
  });

  it('rejects a missing file and an extra argument', () => {
    expect(parse('simulate')).toMatchObject({ kind: 'usage-error', message: 'simulate needs a FILE (a scenario .json, or - for standard input)' });
    expect(parse('validate', 'a.json', 'b.json')).toMatchObject({ kind: 'usage-error', message: 'unexpected argument "b.json"' });
  });

  it('rejects a value on a switch and a missing value on an option', () => {
    expect(parse('simulate', 'a.json', '--summary=yes')).toMatchObject({ message: '--summary takes no value' });
    expect(parse('export', 'a.json', '--out')).toMatchObject({ message: '--out needs a value: --out PATH' });
  });
});

describe('helpText', () => {
  it('lists every command with its flags and the exit codes', () => {
    const text = helpText('looplab', commands);
    expect(text).toContain('simulate [--summary] [--pretty] FILE');
    expect(text).toContain('export [--out PATH] FILE');
    expect(text).toContain('--out, -o PATH  where');
    expect(text).toContain('Exit status: 0 success, 1 invalid scenario, 2 bad usage or unreadable file.');
  });

  it('shows one command alone', () => {
    const text = helpText('looplab', commands, 'validate');
    expect(text.startsWith('Usage: looplab validate FILE\n')).toBe(true);
    expect(text).not.toContain('simulate');
  });
});
