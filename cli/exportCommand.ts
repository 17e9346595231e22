/**
 * `looplab export FILE --svg OUT.svg [--png OUT.png] [--trace OUT.json] [options]`:
 * diagrams for scripts and CI, drawn by the same pure export as the app.
 */
import { writeFile } from 'node:fs/promises';
import { simulate, SimulationTooLargeError } from '../shared/engine/simulate';
import { exportSvg } from '../shared/export/exportSvg';
import { exportTrace } from '../shared/export/exportTrace';
import { variantInput } from '../shared/export/variantInput';
import { EXIT, loadScenarioFile, type Command } from './commandKit';
import { EXPORT_FLAGS, exportPlan } from './exportFlags';
import { rasterise, RasteriserMissingError } from './rasterise';

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
    const { plan } = planned;
    const loaded = await loadScenarioFile(operands[0]!, io);
    if (!loaded.ok) return loaded.code;
    try {
      const input = plan.options.charts === 'both' ? variantInput(loaded.scenario, 'naive') : { scenario: loaded.scenario, timeline: simulate(loaded.scenario) };
      const written: string[] = [];
      if (plan.svg || plan.png) {
        const svg = exportSvg(input, plan.options);
        if (plan.svg) { await writeFile(plan.svg, svg); written.push(`${plan.svg} (${svg.length.toLocaleString('en-US')} bytes)`); }
        if (plan.png) {
          const png = await rasterise(svg, 2);
          await writeFile(plan.png, png);
          written.push(`${plan.png} (${png.length.toLocaleString('en-US')} bytes, 2×)`);
        }
      }
      if (plan.trace) {
        await writeFile(plan.trace, `${JSON.stringify(exportTrace(input.scenario, input.timeline))}\n`);
        written.push(plan.trace);
      }
      io.stderr(`wrote ${written.join(', ')}\n`);
      return EXIT.ok;
    } catch (e) {
      if (e instanceof SimulationTooLargeError) { io.stderr(`${loaded.name}: ${e.message}\n`); return EXIT.invalidScenario; }
      if (e instanceof RasteriserMissingError) { io.stderr(`looplab: ${e.message}\n`); return EXIT.usage; }
      if (e instanceof Error && 'code' in e && typeof e.code === 'string' && 'path' in e) {
        io.stderr(`looplab: cannot write ${String(e.path)}: ${e.code === 'ENOENT' ? 'no such directory' : e.code === 'EACCES' ? 'permission denied' : e.message}\n`);
        return EXIT.usage;
      }
      throw e;
    }
  },
};
