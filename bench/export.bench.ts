/**
 * Export speed: every built-in scenario simulated and exported as SVG (default options)
 * and as a Chrome trace, as `looplab export` does. Budget: under 2 s for all of them.
 * Also the size and time of a 10,000-request export (thin bars merged).
 */
import { builtinRuns } from '../assets/scenarios/validBuiltins';
import { simulate } from '../shared/engine/simulate';
import { exportSvg } from '../shared/export/exportSvg';
import { exportTrace } from '../shared/export/exportTrace';
import { benchScenario } from './benchScenario';

const runs = builtinRuns();
exportAll(); // warm-up: JIT, number formats
const t0 = performance.now();
const bytes = exportAll();
const ms = performance.now() - t0;
console.log(`export: ${runs.length} built-in scenarios → SVG + trace in ${ms.toFixed(0)} ms (budget 2000 ms), SVG ${(bytes.min / 1024).toFixed(0)}–${(bytes.max / 1024).toFixed(0)} KB`);

const big = benchScenario(10_000);
const timeline = simulate(big);
for (const view of ['resources', 'requests'] as const) {
  const t = performance.now();
  const svg = exportSvg({ scenario: big, timeline }, { view });
  console.log(`export: 10,000 requests (${timeline.segments.length.toLocaleString('en-US')} segments), ${view} view → ${(svg.length / 1024).toFixed(0)} KB SVG in ${(performance.now() - t).toFixed(0)} ms`);
}
if (ms > 2000) process.exitCode = 1;

function exportAll(): { min: number; max: number } {
  let min = Infinity;
  let max = 0;
  for (const { scenario } of runs) {
    const timeline = simulate(scenario);
    const svg = exportSvg({ scenario, timeline });
    JSON.stringify(exportTrace(scenario, timeline));
    min = Math.min(min, svg.length);
    max = Math.max(max, svg.length);
  }
  return { min, max };
}
