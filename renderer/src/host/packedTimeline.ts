/**
 * A timeline as a few typed arrays, for the trip from the engine worker to the page.
 * Structured-cloning 60,000 segment objects costs more than simulating them (≈180 ms
 * for 10,000 requests); typed arrays are transferred without a copy. The segments come
 * from the engine already as columns (shared/engine/segmentColumns.ts) and stay columns
 * on the page: the chart reads them, and `segments` objects are only built if read.
 */
import { SEGMENT_STATES, type RequestResult, type StateTotals, type Timeline } from '../../../shared/engine/timeline';
import { timelineWithLazySegments, type SegmentColumns } from '../../../shared/engine/segmentColumns';

export interface PackedTimeline {
  lanes: Timeline['lanes'];
  metrics: Timeline['metrics'];
  events: number;
  routes: string[];
  segments: SegmentColumns;
  /** Per request: id, route index, worker. */
  reqInts: Int32Array;
  /** Per request: arrival, start, end, latency, then one time per state. */
  reqTimes: Float64Array;
}

const S = SEGMENT_STATES.length;
const REQ_TIMES = 4 + S;

export function packTimeline({ timeline: t, columns }: { timeline: Omit<Timeline, 'segments'>; columns: SegmentColumns }): { packed: PackedTimeline; transfer: ArrayBuffer[] } {
  const routes: string[] = [];
  const routeIndex = new Map<string, number>();
  const m = t.requests.length;
  const reqInts = new Int32Array(m * 3);
  const reqTimes = new Float64Array(m * REQ_TIMES);
  for (let i = 0; i < m; i++) {
    const r = t.requests[i]!;
    let ri = routeIndex.get(r.route);
    if (ri === undefined) { ri = routes.length; routes.push(r.route); routeIndex.set(r.route, ri); }
    reqInts[i * 3] = r.id;
    reqInts[i * 3 + 1] = ri;
    reqInts[i * 3 + 2] = r.worker;
    const b = i * REQ_TIMES;
    reqTimes[b] = r.arrival;
    reqTimes[b + 1] = r.start;
    reqTimes[b + 2] = r.end;
    reqTimes[b + 3] = r.latency;
    for (let k = 0; k < S; k++) reqTimes[b + 4 + k] = r.time[SEGMENT_STATES[k]!];
  }
  const c = columns;
  const packed = { lanes: t.lanes, metrics: t.metrics, events: t.events, routes, segments: c, reqInts, reqTimes };
  const transfer = [c.lane, c.request, c.state, c.path, c.start, c.end, c.share, reqInts, reqTimes].map((a) => a.buffer as ArrayBuffer);
  return { packed, transfer };
}

export function unpackTimeline(p: PackedTimeline): Timeline {
  const requests: RequestResult[] = new Array(p.reqInts.length / 3);
  for (let i = 0; i < requests.length; i++) {
    const b = i * REQ_TIMES;
    const time = {} as StateTotals;
    SEGMENT_STATES.forEach((st, k) => { time[st] = p.reqTimes[b + 4 + k]!; });
    requests[i] = {
      id: p.reqInts[i * 3]!, route: p.routes[p.reqInts[i * 3 + 1]!]!, worker: p.reqInts[i * 3 + 2]!,
      arrival: p.reqTimes[b]!, start: p.reqTimes[b + 1]!, end: p.reqTimes[b + 2]!, latency: p.reqTimes[b + 3]!, time,
    };
  }
  return timelineWithLazySegments({ lanes: p.lanes, requests, metrics: p.metrics, events: p.events }, p.segments);
}
