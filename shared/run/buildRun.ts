/**
 * A RunFile from what the measuring Python reports: per timed run, per request, when it was
 * sent and when its whole response had arrived (ms from the run's start), which process
 * served it and when its endpoint began.
 */
import type { Scenario } from '../scenario/types';
import { median } from './loadRun';
import { RUN_FORMAT, RUN_VERSION, type RunEnvironment, type RunFile, type RunRequest } from './runFile';

export interface MeasuredRequest {
  id: number;
  sent_ms: number;
  end_ms: number;
  start_ms: number | null;
  pid: number | null;
}

export interface MeasuredRun {
  other_cores: number | null;
  requests: MeasuredRequest[];
}

export interface Measurement {
  environment: RunEnvironment;
  iters_per_ms: number | null;
  runs: MeasuredRun[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Workers renumbered 0.. in order of first use by request id, so runs can be compared. */
export function renumberWorkers(pids: readonly (number | null)[]): (number | null)[] {
  const seen = new Map<number, number>();
  return pids.map((p) => {
    if (p === null) return null;
    if (!seen.has(p)) seen.set(p, seen.size);
    return seen.get(p)!;
  });
}

/** The most frequent assignment of requests to workers over the runs (the first on a tie). */
function modalPattern(runs: readonly MeasuredRun[]): (number | null)[] {
  const counts = new Map<string, { pattern: (number | null)[]; n: number }>();
  for (const run of runs) {
    const pattern = renumberWorkers(run.requests.map((q) => q.pid));
    const key = pattern.join(',');
    const entry = counts.get(key) ?? { pattern, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  let best: { pattern: (number | null)[]; n: number } | undefined;
  for (const e of counts.values()) if (best === undefined || e.n > best.n) best = e;
  return best?.pattern ?? [];
}

export function buildRun(scenario: Scenario, routeOf: (id: number) => string, m: Measurement, measuredAt: Date): RunFile {
  const n = m.runs[0]?.requests.length ?? 0;
  const workers = modalPattern(m.runs);
  const requests: RunRequest[] = [];
  for (let i = 0; i < n; i++) {
    const column = m.runs.map((run) => run.requests[i]!);
    const latencies = column.map((q) => r3(q.end_ms - q.sent_ms));
    const starts = column.map((q) => q.start_ms).filter((s): s is number => s !== null);
    requests.push({
      id: i,
      route: routeOf(i),
      at: r3(Math.max(0, median(column.map((q) => q.sent_ms)))),
      latency_ms: r3(median(latencies)),
      latency_runs: latencies,
      start_ms: starts.length ? r3(Math.max(0, median(starts))) : null,
      worker: workers[i] ?? null,
    });
  }
  return {
    format: RUN_FORMAT,
    version: RUN_VERSION,
    source: 'uvicorn',
    measured_at: measuredAt.toISOString(),
    scenario,
    environment: m.environment,
    repeats: m.runs.length,
    cpu_iters_per_ms: m.iters_per_ms === null ? null : Math.round(m.iters_per_ms),
    runs: m.runs.map((r) => ({ other_cores: r.other_cores === null ? null : Math.round(r.other_cores * 100) / 100 })),
    requests,
  };
}
