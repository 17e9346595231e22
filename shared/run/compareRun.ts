/**
 * Measured against simulated, request by request: the figures the CLI's table, the app's
 * overlay and tooltip, and the headline "N of M requests agree" all read.
 * A request agrees when its simulated latency is within max(15 ms, 15 %) of the measured
 * median (the band fidelity/ holds the engine to).
 *
 * Requests of one route that the scenario sends at the same moment are compared rank by rank,
 * not id by id: the client sends them microseconds apart in id order, but which one the server
 * reads first, and so which takes the free token or gets the loop first, is the kernel's choice,
 * and a busy machine swaps them from run to run. Per timed run the group's latencies are sorted;
 * the request the simulation ends k-th in its group is given the median (and range) of every
 * run's k-th. A swap is then no disagreement, while a wrong set of latencies still is.
 */
import { defaultServer } from '../scenario/types';
import { percentile } from '../engine/metrics';
import { serializeScenario } from '../scenario/serialize';
import type { Scenario } from '../scenario/types';
import { median } from './loadRun';
import { toleranceMs } from './runLimits';
import type { RunFile } from './runFile';

/** What the comparison needs of the simulated timeline, per request id. */
export interface SimulatedRequests {
  count: number;
  arrival: (id: number) => number;
  end: (id: number) => number;
}

export interface RequestComparison {
  id: number;
  route: string;
  measuredAt: number;
  measuredMs: number;
  /** Fastest and slowest timed run. */
  minMs: number;
  maxMs: number;
  /** How many requests of its route the scenario sends at the same moment (1: alone), and its place among them in the simulation (0: first to end); its measured figures are that place's. */
  sentTogether: number;
  place: number;
  simulatedAt: number;
  simulatedMs: number;
  /** simulated − measured. */
  diffMs: number;
  toleranceMs: number;
  agrees: boolean;
}

export interface PercentileComparison {
  p: 50 | 95 | 99;
  measured: number;
  simulated: number;
}

export interface RunComparison {
  requests: RequestComparison[];
  agreeing: number;
  total: number;
  percentiles: PercentileComparison[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** What was measured of a request, for the comparison: its median and the fastest and slowest run. */
interface Measured { ms: number; min: number; max: number; together: number; place: number }

/** Each request's measured figures, ranked within its group of interchangeable requests (see above). */
function measuredByRank(run: RunFile, simulated: SimulatedRequests, n: number): Measured[] {
  const latency = (i: number) => simulated.end(i) - simulated.arrival(i);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const key = `${run.requests[i]!.route}\u0000${simulated.arrival(i)}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const out: Measured[] = [];
  for (const ids of groups.values()) {
    const runs = Math.min(...ids.map((i) => run.requests[i]!.latency_runs.length));
    if (ids.length === 1 || runs === 0) {
      for (const i of ids) { const q = run.requests[i]!; out[i] = { ms: q.latency_ms, min: Math.min(...q.latency_runs), max: Math.max(...q.latency_runs), together: 1, place: 0 }; }
      continue;
    }
    const perRun = Array.from({ length: runs }, (_, k) => ids.map((i) => run.requests[i]!.latency_runs[k]!).sort((a, b) => a - b));
    // The simulation's order within the group; equal latencies keep id order.
    const bySimulated = [...ids].sort((a, b) => latency(a) - latency(b) || a - b);
    bySimulated.forEach((i, rank) => {
      const ranked = perRun.map((sorted) => sorted[rank]!);
      out[i] = { ms: median(ranked), min: Math.min(...ranked), max: Math.max(...ranked), together: ids.length, place: rank };
    });
  }
  return out;
}

export function compareRun(run: RunFile, simulated: SimulatedRequests): RunComparison {
  const n = Math.min(run.requests.length, simulated.count);
  const measured = measuredByRank(run, simulated, n);
  const requests: RequestComparison[] = [];
  for (let i = 0; i < n; i++) {
    const q = run.requests[i]!;
    const m = measured[i]!;
    const simulatedMs = simulated.end(i) - simulated.arrival(i);
    const tol = toleranceMs(m.ms);
    requests.push({
      id: i,
      route: q.route,
      measuredAt: q.at,
      measuredMs: r3(m.ms),
      minMs: m.min,
      maxMs: m.max,
      sentTogether: m.together,
      place: m.place,
      simulatedAt: simulated.arrival(i),
      simulatedMs: r3(simulatedMs),
      diffMs: r3(simulatedMs - m.ms),
      toleranceMs: r3(tol),
      agrees: Math.abs(simulatedMs - m.ms) <= tol,
    });
  }
  const sortedOf = (pick: (r: RequestComparison) => number) => Float64Array.from(requests.map(pick)).sort();
  const measuredSorted = sortedOf((r) => r.measuredMs);
  const sim = sortedOf((r) => r.simulatedMs);
  return {
    requests,
    agreeing: requests.filter((r) => r.agrees).length,
    total: requests.length,
    percentiles: ([50, 95, 99] as const).map((p) => ({ p, measured: r3(percentile(measuredSorted, p)), simulated: r3(percentile(sim, p)) })),
  };
}

/**
 * Whether the run measured this scenario: the same server, routes and requests, compared as
 * saved (defaults and key order do not matter). The name and description are not compared:
 * renaming a scenario does not change what it runs.
 */
export function runMatchesScenario(run: RunFile, scenario: Scenario): boolean {
  return modelText(run.scenario) === modelText(scenario);
}

/** The scenario as the model sees it; a server setting missing (a run written before it existed) is its default. */
function modelText(scenario: Scenario): string {
  const { name: _name, description: _description, ...model } = scenario;
  return serializeScenario({ ...model, server: defaultServer(model.server), name: '' });
}
