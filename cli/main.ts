/** The CLI's entry logic, apart from `process`, so it can be driven in-process too. */
import { helpText, parseArgs } from './args';
import { COMMANDS, EXIT, type CliIO, type ExitCode } from './commands';

const PROGRAM = 'looplab';

export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const parsed = parseArgs(argv, COMMANDS);
  switch (parsed.kind) {
    case 'help':
      io.stdout(helpText(PROGRAM, COMMANDS, parsed.command));
      return EXIT.ok;
    case 'usage-error': {
      const help = parsed.command === undefined ? '--help' : `help ${parsed.command}`;
      io.stderr(`looplab: ${parsed.message}\nRun "${PROGRAM} ${help}" for usage.\n`);
      return EXIT.usage;
    }
    case 'command': {
      const command = COMMANDS.find((c) => c.name === parsed.command)!;
      try {
        return await command.run({ operands: parsed.operands, flags: parsed.flags }, io);
      } catch (e) {
        // Bad input never lands here (the loader reports it); this is a bug, said plainly.
        io.stderr(`looplab: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        return EXIT.internal;
      }
    }
  }
}
