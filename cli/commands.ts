/**
 * The `looplab` commands, as a table: each entry is its syntax (for parsing and --help) and
 * what it runs. Adding a command means adding one entry here (`export` lives in exportCommand.ts).
 */
import { EXIT, loadScenarioFile, type Command } from './commandKit';
import { exportCommand } from './exportCommand';
import { measureCommand } from './measureCommand';
import { formatCount } from '../shared/scenario/limits';
import { totalRequests } from '../shared/scenario/types';
import { SimulationTooLargeError, simulate } from '../shared/engine/simulate';
import { formatSummary } from './summary';

export { EXIT, loadScenarioFile, type CliIO, type Command, type CommandArgs, type ExitCode } from './commandKit';

const validate: Command = {
  name: 'validate',
  operands: ['FILE'],
  flags: [],
  description: 'Check a scenario file and report every problem in it.',
  async run({ operands }, io) {
    const loaded = await loadScenarioFile(operands[0]!, io);
    if (!loaded.ok) return loaded.code;
    const total = totalRequests(loaded.scenario);
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

export const COMMANDS: readonly Command[] = [simulateCommand, validate, exportCommand, measureCommand];
