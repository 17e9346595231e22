/**
 * A `def` route's hand-offs, the engine beside the real stack: fidelity/handoff_probe.py times
 * them on a real server (fidelity/probes/), this prints the engine's figures for the same
 * moments of the same requests, replayed at the probe's arrivals.
 *
 *   npx tsx fidelity/handoffs.ts fidelity/probes/handoff_s_convoy_cpu_io_10.json
 *
 * Per request, the median over the probe's runs (ms from the run's start) → the engine:
 * `body` its thread first runs Python; `stepK_end` step K is over and the thread has the GIL
 * again (after a `blocking_io` step: back from time.sleep and holding the GIL); `resumed` the
 * coroutine runs again on the loop (the engine: the response's server work begins); `end` the
 * response is out.
 */
import { readFileSync } from 'node:fs';
import { simulate } from '../shared/engine/simulate';
import type { Scenario } from '../shared/scenario/types';
import { median } from '../shared/run/loadRun';
import type { Timeline } from '../shared/engine/timeline';
import { FIDELITY_DIR, loadScenario } from './compare';

/** The probe's events of one request in one run (ms from the run's start). */
export type ProbeRequest = Record<string, number>;

export interface Probe {
  scenario: string;
  runs: { requests: ProbeRequest[] }[];
}

/** The engine's figures for the probe's events, by request id (ms from the run's start). */
export function engineHandoffs(t: Timeline): ProbeRequest[] {
  const loopLanes = new Set(t.lanes.filter((l) => l.kind === 'loop').map((l) => l.id));
  const byRequest: ProbeRequest[] = t.requests.map((r) => ({ arrival: r.arrival, end: r.end }));
  for (const g of t.segments) {
    if (g.request < 0) continue;
    const out = byRequest[g.request]!;
    if (g.lane !== null && loopLanes.has(g.lane)) {
      if (g.state === 'server' && g.path[0] === -2 && out.resumed === undefined) out.resumed = g.start;
      continue;
    }
    if (g.lane === null) continue;
    // On the pool thread: it runs Python once it leaves a GIL wait or starts a step.
    if (g.state !== 'gil_wait' && out.body === undefined) out.body = g.start;
    const k = g.path[0];
    if (k === undefined) continue;
    // A step is over when its last piece on the thread ends: for blocking_io, the GIL wait after it.
    if (g.state === 'gil_wait' && g.start === out[`io${k}`]) out[`step${k}_end`] = g.end;
    else if (g.state === 'blocking_io') out[`io${k}`] = out[`step${k}_end`] = g.end;
    else if (g.state === 'cpu') out[`step${k}_end`] = g.end;
  }
  for (const out of byRequest) for (const key of Object.keys(out)) if (key.startsWith('io')) delete out[key];
  return byRequest;
}

/** The probe's median of `key` per request, over the runs that recorded it. */
export function probeMedians(probe: Probe, key: string): (number | undefined)[] {
  return probe.runs[0]!.requests.map((_, i) => {
    const xs = probe.runs.map((r) => r.requests[i]![key]).filter((x): x is number => x !== undefined);
    return xs.length ? median(xs) : undefined;
  });
}

/** The probe's scenario with each request at its median measured arrival. */
export function replayAtProbeArrivals(scenario: Scenario, probe: Probe): Scenario {
  const routes = simulate(scenario, { segments: false }).requests.map((r) => r.route);
  const arrivals = probeMedians(probe, 'arrival');
  return { ...scenario, requests: arrivals.map((at, i) => ({ route: routes[i]!, at: at ?? 0 })) };
}

/** The probe's scenario: its file name in fidelity/scenarios/, without `.json`. */
const scenarioOf = (probe: Probe): string => probe.scenario.split('/').pop()!.replace(/\.json$/, '');

/** The engine's hand-offs for the probe's scenario, replayed at the probe's arrivals. */
export function engineForProbe(probe: Probe): ProbeRequest[] {
  return engineHandoffs(simulate(replayAtProbeArrivals(loadScenario(scenarioOf(probe), FIDELITY_DIR), probe)));
}

/** A probe file of `fidelity/probes/`. */
export const loadProbe = (path: string): Probe => JSON.parse(readFileSync(path, 'utf8')) as Probe;

function main(): void {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: npx tsx fidelity/handoffs.ts fidelity/probes/handoff_<scenario>.json');
    process.exitCode = 2;
    return;
  }
  const probe = loadProbe(path);
  const name = scenarioOf(probe);
  const engine = engineForProbe(probe);
  const keys = Object.keys(engine[0]!).filter((k) => k !== 'arrival').sort((a, b) => (engine[0]![a] ?? 0) - (engine[0]![b] ?? 0));
  const cols = keys.map((k) => ({ k, measured: probeMedians(probe, k) }));
  console.log(`${name}: ${probe.runs.length} runs; measured median → engine, ms from the run's start`);
  console.log(['  id', ...keys.map((k) => k.padStart(15))].join(''));
  engine.forEach((e, i) => {
    const cells = cols.map(({ k, measured }) => `${measured[i]?.toFixed(1) ?? '-'} → ${e[k]?.toFixed(1) ?? '-'}`.padStart(15));
    console.log([`  ${String(i).padStart(2)}`, ...cells].join(''));
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
