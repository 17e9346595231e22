/**
 * `looplab export FILE --svg OUT.svg [--png OUT.png] [--trace OUT.json] [options]`:
 * diagrams for scripts and CI, drawn by the same pure export as the app. The drawing code is
 * imported when the command runs (exportRun.ts), so the other commands start without it.
 */
import { EXIT, loadScenarioFile, type Command } from './commandKit';
import { EXPORT_FLAGS, exportPlan } from './exportFlags';

export const exportCommand: Command = {
  name: 'export',
  operands: ['FILE'],
  flags: EXPORT_FLAGS,
  description: 'Draw the timeline as an SVG or PNG diagram, or write a Chrome trace.',
  async run({ operands, flags }, io) {
    const planned = exportPlan(flags);
    if (!planned.ok) {
      io.stderr(`looplab: ${planned.message}\n`);
      return EXIT.usage;
    }
    const loaded = await loadScenarioFile(operands[0]!, io);
    if (!loaded.ok) return loaded.code;
    const { runExport } = await import('./exportRun');
    return runExport(planned.plan, loaded.scenario, loaded.name, io);
  },
};
