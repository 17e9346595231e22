/** One benchmark case in its own process, so its peak memory is its own: prints one JSON line. */
import { simulate } from '../shared/engine/simulate';
import { benchScenario } from './benchScenario';

const requests = Number(process.argv[2]);
const full = process.argv[3] !== 'metrics';
const scenario = benchScenario(requests);
const t0 = performance.now();
const timeline = simulate(scenario, { segments: full, requests: full });
const ms = performance.now() - t0;
console.log(
  JSON.stringify({
    requests: timeline.metrics.requests,
    mode: full ? 'full timeline' : 'metrics only',
    ms,
    events: timeline.events,
    segments: timeline.segments.length,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    p99: timeline.metrics.latency.p99,
  }),
);
