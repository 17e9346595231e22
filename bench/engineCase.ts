/** One benchmark case in its own process, so its peak memory is its own: prints one JSON line. */
import { simulate, simulateColumns } from '../shared/engine/simulate';
import { benchScenario } from './benchScenario';

type Mode = 'full' | 'columns' | 'metrics';
const requests = Number(process.argv[2]);
const mode = (process.argv[3] ?? 'full') as Mode;
const scenario = benchScenario(requests);
const keep = mode !== 'metrics';
const t0 = performance.now();
// 'columns' is what the app's engine workers run: segments and requests left as typed arrays.
const result = mode === 'columns'
  ? (() => { const r = simulateColumns(scenario); return { metrics: r.timeline.metrics, events: r.timeline.events, segments: r.columns.length }; })()
  : (() => { const t = simulate(scenario, { segments: keep, requests: keep }); return { metrics: t.metrics, events: t.events, segments: t.segments.length }; })();
const ms = performance.now() - t0;
console.log(
  JSON.stringify({
    requests: result.metrics.requests,
    mode: mode === 'full' ? 'full timeline' : mode === 'columns' ? 'columns (app)' : 'metrics only',
    ms,
    events: result.events,
    segments: result.segments,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    // Pages the process touched for the first time (start-up included): on a virtual machine each
    // costs microseconds, so a case's fresh memory is much of its time, whatever the load.
    minorFaults: process.resourceUsage().minorPageFault,
    p99: result.metrics.latency.p99,
  }),
);
