/**
 * Measured against simulated, request by request: the figures the CLI's table, the app's
 * overlay and tooltip, and the headline "N of M requests agree" all read.
 * A request agrees when its simulated latency is within max(15 ms, 15 %) of the measured
 * median (the band fidelity/ holds the engine to).
 */
import { defaultServer } from '../scenario/types';
import { percentile } from '../engine/metrics';
import { serializeScenario } from '../scenario/serialize';
import type { Scenario } from '../scenario/types';
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

export function compareRun(run: RunFile, simulated: SimulatedRequests): RunComparison {
  const n = Math.min(run.requests.length, simulated.count);
  const requests: RequestComparison[] = [];
  for (let i = 0; i < n; i++) {
    const q = run.requests[i]!;
    const simulatedMs = simulated.end(i) - simulated.arrival(i);
    const tol = toleranceMs(q.latency_ms);
    requests.push({
      id: i,
      route: q.route,
      measuredAt: q.at,
      measuredMs: q.latency_ms,
      minMs: Math.min(...q.latency_runs),
      maxMs: Math.max(...q.latency_runs),
      simulatedAt: simulated.arrival(i),
      simulatedMs: r3(simulatedMs),
      diffMs: r3(simulatedMs - q.latency_ms),
      toleranceMs: r3(tol),
      agrees: Math.abs(simulatedMs - q.latency_ms) <= tol,
    });
  }
  const sortedOf = (pick: (r: RequestComparison) => number) => Float64Array.from(requests.map(pick)).sort();
  const measured = sortedOf((r) => r.measuredMs);
  const sim = sortedOf((r) => r.simulatedMs);
  return {
    requests,
    agreeing: requests.filter((r) => r.agrees).length,
    total: requests.length,
    percentiles: ([50, 95, 99] as const).map((p) => ({ p, measured: r3(percentile(measured, p)), simulated: r3(percentile(sim, p)) })),
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
