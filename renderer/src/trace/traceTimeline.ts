/**
 * An imported trace as the Timeline the chart draws. A trace carries lanes, segments and
 * (LoopLab's own) requests, but not the engine's whole result: what it lacks is rebuilt
 * from the segments where that is exact (time per state, latency, loop-blocked time) and
 * left empty where it is not (peak threads, CPU use need the engine's core model).
 */
import { SEGMENT_STATES, type Metrics, type RequestResult, type Segment, type StateTotals, type Timeline } from '../../../shared/engine/timeline';
import { latencyStats } from '../../../shared/engine/metrics';
import { roundOut } from '../../../shared/engine/simTime';
import type { ImportedTrace } from '../../../shared/export/importTrace';

/** States in which a loop is not free to run other coroutines (as the engine's metrics count them). */
const LOOP_BUSY = new Set(['cpu', 'blocking_io', 'gil_wait']);

export function timelineFromTrace(trace: ImportedTrace): Timeline {
  const totals = stateTotals(trace.segments);
  const requests: RequestResult[] = (trace.requests ?? []).map((r) => ({ ...r, time: totals.get(r.id) ?? zeroTotals() }));
  return { lanes: trace.lanes, segments: trace.segments, requests, metrics: metricsOf(trace, requests), events: 0 };
}

function metricsOf(trace: ImportedTrace, requests: readonly RequestResult[]): Metrics {
  const n = requests.length;
  // The engine's makespan runs from the first arrival; a foreign trace has no arrivals, so
  // its span runs from 0 (where the chart's axis starts) to its last event.
  const makespan = n
    ? Math.max(...requests.map((r) => r.end)) - Math.min(...requests.map((r) => r.arrival))
    : trace.segments.reduce((end, s) => Math.max(end, s.end), 0);
  const loopLanes = new Map(trace.lanes.filter((l) => l.kind === 'loop').map((l) => [l.id, l.worker]));
  // Worker numbers index the array: LoopLab's are 0, 1, …; a foreign trace's pids can be anything.
  const workers = trace.requests ? Math.max(0, ...trace.lanes.map((l) => l.worker + 1)) : 0;
  const loopBlockedMs: number[] = Array.from({ length: workers }, () => 0);
  for (const s of trace.segments) {
    const worker = s.lane === null ? undefined : loopLanes.get(s.lane);
    if (worker !== undefined && worker < workers && LOOP_BUSY.has(s.state)) loopBlockedMs[worker]! += s.end - s.start;
  }
  return {
    requests: n,
    makespan: roundOut(makespan),
    throughput: makespan > 0 ? Math.round((n / makespan) * 1e6) / 1e3 : 0,
    latency: latencyStats(Float64Array.from(requests.map((r) => r.latency))),
    loopBlockedMs: loopBlockedMs.map(roundOut),
    loopBlockedTotalMs: roundOut(loopBlockedMs.reduce((a, b) => a + b, 0)),
    peakThreads: 0,
    cpuUtilisation: [],
  };
}

function stateTotals(segments: readonly Segment[]): Map<number, StateTotals> {
  const totals = new Map<number, StateTotals>();
  for (const s of segments) {
    if (s.request < 0) continue;
    let t = totals.get(s.request);
    if (!t) totals.set(s.request, (t = zeroTotals()));
    t[s.state] += s.end - s.start;
  }
  return totals;
}

function zeroTotals(): StateTotals {
  return Object.fromEntries(SEGMENT_STATES.map((s) => [s, 0])) as StateTotals;
}
