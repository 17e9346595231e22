/**
 * What `looplab export` does once its flags are checked: simulate, draw, write. Loaded only
 * when the command runs (exportCommand.ts imports it lazily), so `simulate` and `validate`
 * never parse the chart, the export and d3.
 */
import { simulate, SimulationTooLargeError } from '../shared/engine/simulate';
import { exportSvg } from '../shared/export/exportSvg';
import { exportTrace } from '../shared/export/exportTrace';
import { variantInput } from '../shared/export/variantInput';
import type { Scenario } from '../shared/scenario/types';
import type { ExportInput } from '../shared/export/options';
import { measuredEnd } from '../shared/chart/marks/measured';
import { formatDuration } from '../shared/chart/timeScale';
import { EXIT, type CliIO, type ExitCode } from './commandKit';
import type { ExportPlan } from './exportFlags';
import { rasterise, RasteriserMissingError } from './rasterise';
import { runOverlay } from './runOverlay';
import { writeOutputs, type OutputFile } from './writeOutputs';

export async function runExport(plan: ExportPlan, scenario: Scenario, name: string, io: CliIO): Promise<ExitCode> {
  try {
    const simulated = plan.options.charts === 'both' ? variantInput(scenario, 'naive') : { scenario, timeline: simulate(scenario) };
    const overlay = plan.run === undefined ? null : await runOverlay(plan.run, scenario, simulated.timeline, io);
    if (overlay && !overlay.ok) return overlay.code;
    const input = overlay ? { ...simulated, measured: overlay.overlay } : simulated;
    const range = plan.options.range;
    if (range !== undefined && range !== 'all') {
      // A window after everything ends draws empty rows: say so instead of writing a blank diagram.
      const end = lastMoment(input);
      if (range[0] >= end) {
        io.stderr(`looplab: --from ${range[0]} is after the timeline ends (at ${formatDuration(end)}): the window would be empty; give a --from before ${Math.floor(end)}\n`);
        return EXIT.usage;
      }
    }
    // Everything is drawn first and written last, all or nothing (writeOutputs).
    const outputs: OutputFile[] = [];
    const written: string[] = [];
    if (plan.svg || plan.png) {
      const svg = exportSvg(input, plan.options);
      if (plan.svg) { outputs.push({ path: plan.svg, data: svg }); written.push(`${plan.svg} (${Buffer.byteLength(svg).toLocaleString('en-US')} bytes)`); }
      if (plan.png) {
        const png = await rasterise(svg, 2);
        outputs.push({ path: plan.png, data: png });
        written.push(`${plan.png} (${png.length.toLocaleString('en-US')} bytes, 2×)`);
      }
    }
    if (plan.trace) {
      const trace = `${JSON.stringify(exportTrace(input.scenario, input.timeline))}\n`;
      outputs.push({ path: plan.trace, data: trace });
      written.push(`${plan.trace} (${Buffer.byteLength(trace).toLocaleString('en-US')} bytes)`);
    }
    const failed = await writeOutputs(outputs);
    if (failed) {
      const others = outputs.length > 1 ? ' (nothing was written)' : '';
      io.stderr(`looplab: cannot write ${failed.path}: ${failed.reason}${others}\n`);
      return EXIT.usage;
    }
    io.stderr(`wrote ${written.join(', ')}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof SimulationTooLargeError) { io.stderr(`${name}: ${e.message}\n`); return EXIT.invalidScenario; }
    if (e instanceof RasteriserMissingError) { io.stderr(`looplab: ${e.message}\n`); return EXIT.usage; }
    throw e;
  }
}

/** When the last thing drawn ends, ms: the last request of either chart, or of the real run. */
function lastMoment(input: ExportInput): number {
  let end = 0;
  for (const timeline of [input.timeline, input.variant?.timeline]) for (const r of timeline?.requests ?? []) end = Math.max(end, r.end);
  return input.measured ? Math.max(end, measuredEnd(input.measured)) : end;
}
