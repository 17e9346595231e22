/**
 * The `looplab` commands, as a table: each entry is its syntax (for parsing and --help) and
 * what it runs. Adding a command means adding one entry here (`export` lives in exportCommand.ts).
 */
import { EXIT, loadScenarioFile, type Command } from './commandKit';
import { exportCommand } from './exportCommand';
import { measureCommand } from './measureCommand';
import { importTraceCommand } from './importTraceCommand';
import { analyzeCommand } from './analyze/analyzeCommand';
import { formatCount } from '../shared/scenario/limits';
import { totalRequests } from '../shared/scenario/types';
import { SimulationTooLargeError, simulate, simulateColumns } from '../shared/engine/simulate';
import { csvPieces, summaryPieces } from './summary';

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
    { name: 'summary', description: 'print a table of the requests (about 50 rows: the first, the slowest, the last) and the metrics, instead of the timeline JSON' },
    { name: 'all', description: 'with --summary: every request in the table' },
    { name: 'csv', description: 'print every request as CSV (id, route, worker, arrival, start, end, latency in ms), for a spreadsheet' },
    { name: 'pretty', description: 'indent the timeline JSON' },
  ],
  description: 'Run the simulation and print the timeline as JSON, or a summary of it.',
  async run({ operands, flags }, io) {
    const table = flags.csv === true ? 'csv' : flags.summary === true || flags.all === true ? 'summary' : undefined;
    if (table !== undefined && flags.pretty === true) {
      io.stderr(`looplab: --pretty indents the timeline JSON; --${table === 'csv' ? 'csv' : 'summary'} prints no JSON\n`);
      return EXIT.usage;
    }
    const loaded = await loadScenarioFile(operands[0]!, io);
    if (!loaded.ok) return loaded.code;
    try {
      if (table === undefined) {
        io.stdout(`${JSON.stringify(simulate(loaded.scenario), null, flags.pretty === true ? 2 : undefined)}\n`);
        return EXIT.ok;
      }
      // A table needs the requests' times and the metrics: no segments, no time per state.
      const { timeline, requests } = simulateColumns(loaded.scenario, { segments: false, stateTotals: false });
      const pieces = table === 'csv' ? csvPieces(requests) : summaryPieces({ name: loaded.scenario.name, requests, metrics: timeline.metrics }, flags.all === true);
      for (const piece of pieces) io.stdout(piece);
      return EXIT.ok;
    } catch (e) {
      if (!(e instanceof SimulationTooLargeError)) throw e;
      io.stderr(`${loaded.name}: ${e.message}\n`);
      return EXIT.invalidScenario;
    }
  },
};

export const COMMANDS: readonly Command[] = [simulateCommand, validate, exportCommand, measureCommand, analyzeCommand, importTraceCommand];
