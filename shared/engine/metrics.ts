/** The summary figures of a run (docs/model.md#output), from the request table and the cores. */
import type { LatencyStats, Metrics } from './timeline';
import { roundOut } from './simTime';

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function latencyStats(latencies: Float64Array, ownIt = false): LatencyStats {
  // `ownIt`: the caller made the array for this, so it may be sorted where it is.
  const sorted = ownIt ? latencies.sort() : Float64Array.from(latencies).sort();
  // Summed in sorted order (the mean's last bits depend on it), by index: for…of ran in the
  // interpreter here (one call a run) and boxed every value of 100,000.
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return {
    mean: roundOut(n ? sum / n : 0),
    p50: roundOut(percentile(sorted, 50)),
    p95: roundOut(percentile(sorted, 95)),
    p99: roundOut(percentile(sorted, 99)),
    max: roundOut(n ? sorted[n - 1]! : 0),
  };
}

export interface MetricsInput {
  /** Each request's latency as its row shows it (rounded to the µs); sorted here, in place. */
  latencies: Float64Array;
  /** When the first request arrived and the last finished. */
  firstArrival: number;
  lastEnd: number;
  loopBlocked: number[];
  peakThreads: number;
  cores: number;
  /** timeAtLevel[n]: how long exactly n threads ran Python. */
  timeAtLevel: number[];
}

export function computeMetrics(m: MetricsInput): Metrics {
  const n = m.latencies.length;
  const makespan = n ? m.lastEnd - m.firstArrival : 0;
  const cpuUtilisation: number[] = [];
  for (let k = 0; k < m.cores; k++) {
    let busy = 0;
    for (let level = k + 1; level < m.timeAtLevel.length; level++) busy += m.timeAtLevel[level]!;
    cpuUtilisation.push(makespan > 0 ? Math.round((busy / makespan) * 1e4) / 1e4 : 0);
  }
  const loopBlockedMs = m.loopBlocked.map(roundOut);
  return {
    requests: n,
    makespan: roundOut(makespan),
    throughput: makespan > 0 ? Math.round((n / makespan) * 1e6) / 1e3 : 0,
    latency: latencyStats(m.latencies, true),
    loopBlockedMs,
    loopBlockedTotalMs: roundOut(m.loopBlocked.reduce((a, b) => a + b, 0)),
    peakThreads: m.peakThreads,
    cpuUtilisation,
  };
}
