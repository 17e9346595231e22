/**
 * A timeline as a Chrome trace, so it opens in Perfetto or chrome://tracing: one process
 * per worker with a thread per lane (event loop, anyio threads, pool processes), and a
 * "requests" process whose rows show the waits that hold no thread (awaited I/O, waiting
 * for a token, for the loop, for a process).
 */
import type { Segment, Timeline } from '../engine/timeline';
import type { Scenario } from '../scenario/types';
import { createLabelResolver } from '../chart/stepLabels';
import { laneLabel, workerLabel } from '../chart/states';
import { REQUESTS_PID, TIDS_PER_REQUEST, toMicros, type TraceEvent, type TraceFile } from './traceFormat';

/**
 * @example
 *   writeFileSync('run.json', JSON.stringify(exportTrace(scenario, simulate(scenario))));
 *   // then open run.json in https://ui.perfetto.dev
 */
export function exportTrace(scenario: Scenario, timeline: Timeline): TraceFile {
  const labelOf = createLabelResolver(scenario.routes);
  const routeOf = (request: number) => timeline.requests[request]?.route ?? '';
  const events: TraceEvent[] = [];
  const workers = [...new Set(timeline.lanes.map((l) => l.worker))].sort((a, b) => a - b);
  for (const worker of workers) {
    events.push({ name: 'process_name', ph: 'M', pid: worker, tid: 0, args: { name: workerLabel(worker, false) } });
    events.push({ name: 'process_sort_index', ph: 'M', pid: worker, tid: 0, args: { sort_index: worker } });
  }
  for (const lane of timeline.lanes) {
    events.push({ name: 'thread_name', ph: 'M', pid: lane.worker, tid: lane.id, args: { name: laneLabel(lane.kind, lane.index, false) } });
    events.push({ name: 'thread_sort_index', ph: 'M', pid: lane.worker, tid: lane.id, args: { sort_index: lane.id } });
  }
  const laneWorker = new Map(timeline.lanes.map((l) => [l.id, l.worker]));
  const branchOf = requestBranches(timeline.segments);
  const named = new Set<number>();
  events.push({ name: 'process_name', ph: 'M', pid: REQUESTS_PID, tid: 0, args: { name: 'requests (waits that hold no thread)' } });
  timeline.segments.forEach((s, i) => {
    const step = s.request < 0 ? 'loop waits for the GIL' : s.path.length === 0 ? 'before the first step' : labelOf(routeOf(s.request), s.path);
    const onRequestRow = s.lane === null;
    const tid = onRequestRow ? s.request * TIDS_PER_REQUEST + branchOf[i]! : s.lane!;
    if (onRequestRow && !named.has(tid)) {
      named.add(tid);
      const branch = tid % TIDS_PER_REQUEST;
      events.push({ name: 'thread_name', ph: 'M', pid: REQUESTS_PID, tid, args: { name: `#${s.request} ${routeOf(s.request)}${branch ? ` (branch ${branch + 1})` : ''}` } });
      events.push({ name: 'thread_sort_index', ph: 'M', pid: REQUESTS_PID, tid, args: { sort_index: tid } });
    }
    const ts = toMicros(s.start);
    events.push({
      name: `${s.state} · ${step}`, cat: s.state, ph: 'X', pid: onRequestRow ? REQUESTS_PID : laneWorker.get(s.lane!) ?? 0, tid,
      ts, dur: toMicros(s.end) - ts,
      args: { request: s.request, route: routeOf(s.request), step, path: s.path, state: s.state, share: s.share, lane: s.lane },
    });
  });
  const requests = timeline.requests.map(({ time: _time, ...r }) => r);
  return {
    traceEvents: events, displayTimeUnit: 'ms',
    otherData: { looplab: { format: 1, scenario: scenario.name, lanes: timeline.lanes, requests } },
  };
}

/** Per segment without a lane: the request row it goes on (greedy, first free), so overlapping gather waits never share a row. */
function requestBranches(segments: readonly Segment[]): number[] {
  const order = segments.map((_, i) => i).filter((i) => segments[i]!.lane === null)
    .sort((a, b) => segments[a]!.start - segments[b]!.start || a - b);
  const rowEnds = new Map<number, number[]>();
  const branch: number[] = [];
  for (const i of order) {
    const s = segments[i]!;
    const ends = rowEnds.get(s.request) ?? [];
    let k = 0;
    while (k < ends.length && ends[k]! > s.start) k++;
    ends[k] = s.end;
    rowEnds.set(s.request, ends);
    branch[i] = Math.min(k, TIDS_PER_REQUEST - 1);
  }
  return branch;
}
