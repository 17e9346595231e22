/**
 * `looplab analyze FILE.py` (or `-` for standard input): the scenario of a FastAPI file on
 * standard output, its diagnostics on standard error as `FILE:LINE:COL: CODE message`.
 * Exit status: 0 the file has routes (with or without diagnostics), 1 it has none, is not
 * Python or is over the 1 MB limit (the message says what was looked for, or where, or the
 * limit), 2 bad usage or an unreadable file (missing, a directory, no permission).
 * The parser (WebAssembly) is loaded when the command runs (analyzeRun.ts), so the other
 * commands start without it.
 */
import { EXIT, type Command } from '../commandKit';
import { displayName, readText } from '../io';

/** Bytes that cannot be within the analyser's 1 MB (1,048,576 characters) even at 4 bytes per character. */
const MAX_BYTES = 4 * 1024 * 1024;
const MAX_REQUESTS = 1000;

export const analyzeCommand: Command = {
  name: 'analyze',
  operands: ['FILE.py'],
  flags: [
    { name: 'requests', value: 'N', description: 'requests sent to each route at once in the scenario (default 10)' },
    { name: 'quiet', short: 'q', description: 'print warnings and errors only, not the notes on assumed durations and unknown calls' },
  ],
  description: 'Read a FastAPI file (.py) and print its scenario; blocking calls and assumptions go to standard error with their line.',
  async run({ operands, flags }, io) {
    const requests = flags.requests === undefined ? undefined : Number(flags.requests);
    if (requests !== undefined && (!Number.isInteger(requests) || requests < 1 || requests > MAX_REQUESTS)) {
      io.stderr(`looplab: --requests must be a whole number from 1 to ${MAX_REQUESTS} (got ${JSON.stringify(flags.requests)})\n`);
      return EXIT.usage;
    }
    const file = operands[0]!;
    const read = await readText(file, io.stdin, { maxBytes: MAX_BYTES, limit: 'the 1 MB limit for a file to analyse', kind: 'a Python file' });
    if (!read.ok) {
      io.stderr(`looplab: ${read.message}\n`);
      // Far over the limit is the same mistake as just over it (which the analyser refuses): not bad usage.
      return read.tooLarge ? EXIT.invalidScenario : EXIT.usage;
    }
    const { runAnalyze } = await import('./analyzeRun');
    return runAnalyze(read.text, displayName(file), { ...(requests !== undefined ? { requests } : {}), quiet: flags.quiet === true }, io);
  },
};
