/**
 * One run of the benchmark's load on the engine found under a given checkout, in its own
 * process, printing one JSON line: what engineVsCommit.bench.ts alternates between this
 * checkout and an older commit's engine. The load always comes from this checkout
 * (benchScenario.ts), so both engines are given the same scenario.
 *
 *   npx tsx bench/engineRun.ts ROOT REQUESTS full|columns|metrics VARIANT
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from '../shared/scenario/types';
import { benchScenario } from './benchScenario';
import { applyVariant, isVariant } from './engineVariants';

const [root, requestsArg, mode, variant] = process.argv.slice(2);
const requests = Number(requestsArg);
if (!root || !Number.isInteger(requests) || requests < 1 || (mode !== 'full' && mode !== 'columns' && mode !== 'metrics') || !variant || !isVariant(variant)) {
  console.error('usage: engineRun.ts ROOT REQUESTS full|columns|metrics as-is|loop-off|gil-free|gil-free-loop-off (REQUESTS: a whole number, at least 1)');
  process.exit(2);
}
const simulateFile = join(root, 'shared', 'engine', 'simulate.ts');
if (!existsSync(simulateFile)) {
  console.error(`engineRun.ts: no engine at ${simulateFile} (ROOT is a checkout, or an unpacked commit, holding shared/)`);
  process.exit(2);
}
interface Engine {
  simulate: (s: Scenario, o?: { segments?: boolean; requests?: boolean }) => { events: number; segments: unknown[]; metrics: { latency: { p99: number } } };
  simulateColumns: (s: Scenario) => { timeline: { events: number; metrics: { latency: { p99: number } } }; columns: { length: number } };
}
const engine = (await import(pathToFileURL(simulateFile).href)) as Engine;
const scenario = applyVariant(benchScenario(requests), variant);
const t0 = performance.now();
const result = mode === 'columns'
  ? (() => { const r = engine.simulateColumns(scenario); return { events: r.timeline.events, segments: r.columns.length, p99: r.timeline.metrics.latency.p99 }; })()
  : (() => { const keep = mode === 'full'; const t = engine.simulate(scenario, { segments: keep, requests: keep }); return { events: t.events, segments: keep ? t.segments.length : 0, p99: t.metrics.latency.p99 }; })();
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, ...result, minorFaults: process.resourceUsage().minorPageFault }));
