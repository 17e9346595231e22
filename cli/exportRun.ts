/**
 * What `looplab export` does once its flags are checked: simulate, draw, write. Loaded only
 * when the command runs (exportCommand.ts imports it lazily), so `simulate` and `validate`
 * never parse the chart, the export and d3.
 */
import { writeFile } from 'node:fs/promises';
import { simulate, SimulationTooLargeError } from '../shared/engine/simulate';
import { exportSvg } from '../shared/export/exportSvg';
import { exportTrace } from '../shared/export/exportTrace';
import { variantInput } from '../shared/export/variantInput';
import type { Scenario } from '../shared/scenario/types';
import { EXIT, type CliIO, type ExitCode } from './commandKit';
import type { ExportPlan } from './exportFlags';
import { rasterise, RasteriserMissingError } from './rasterise';
import { runOverlay } from './runOverlay';

export async function runExport(plan: ExportPlan, scenario: Scenario, name: string, io: CliIO): Promise<ExitCode> {
  try {
    const simulated = plan.options.charts === 'both' ? variantInput(scenario, 'naive') : { scenario, timeline: simulate(scenario) };
    const overlay = plan.run === undefined ? null : await runOverlay(plan.run, scenario, simulated.timeline, io);
    if (overlay && !overlay.ok) return overlay.code;
    const input = overlay ? { ...simulated, measured: overlay.overlay } : simulated;
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
    if (e instanceof SimulationTooLargeError) { io.stderr(`${name}: ${e.message}\n`); return EXIT.invalidScenario; }
    if (e instanceof RasteriserMissingError) { io.stderr(`looplab: ${e.message}\n`); return EXIT.usage; }
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && 'path' in e) {
      io.stderr(`looplab: cannot write ${String(e.path)}: ${e.code === 'ENOENT' ? 'no such directory' : e.code === 'EACCES' ? 'permission denied' : e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
