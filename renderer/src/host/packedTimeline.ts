/**
 * A timeline as a few typed arrays, for the trip from the engine worker to the page.
 * Structured-cloning 60,000 segment objects costs more than simulating them (≈180 ms
 * for 10,000 requests); typed arrays are transferred without a copy, and step paths are
 * interned, so the page rebuilds the objects far faster.
 */
import { SEGMENT_STATES, type RequestResult, type Segment, type StateTotals, type Timeline } from '../../../shared/engine/timeline';

export interface PackedTimeline {
  lanes: Timeline['lanes'];
  metrics: Timeline['metrics'];
  events: number;
  routes: string[];
  /** Per segment: lane (-1: none), request, state index, index into `paths`. */
  segInts: Int32Array;
  /** Per segment: start, end, share. */
  segTimes: Float64Array;
  /** The distinct step paths (a route has few; 60,000 segments share them). */
  paths: number[][];
  /** Per request: id, route index, worker. */
  reqInts: Int32Array;
  /** Per request: arrival, start, end, latency, then one time per state. */
  reqTimes: Float64Array;
}

const S = SEGMENT_STATES.length;
const REQ_TIMES = 4 + S;

export function packTimeline(t: Timeline): { packed: PackedTimeline; transfer: ArrayBuffer[] } {
  const n = t.segments.length;
  const segInts = new Int32Array(n * 4);
  const segTimes = new Float64Array(n * 3);
  const paths: number[][] = [];
  const pathIndex = new Map<string, number>();
  const stateIndex = new Map(SEGMENT_STATES.map((s, i) => [s, i]));
  t.segments.forEach((s, i) => {
    const key = s.path.join(',');
    let pi = pathIndex.get(key);
    if (pi === undefined) { pi = paths.length; paths.push(s.path); pathIndex.set(key, pi); }
    segInts.set([s.lane ?? -1, s.request, stateIndex.get(s.state)!, pi], i * 4);
    segTimes.set([s.start, s.end, s.share], i * 3);
  });
  const routes: string[] = [];
  const routeIndex = new Map<string, number>();
  const m = t.requests.length;
  const reqInts = new Int32Array(m * 3);
  const reqTimes = new Float64Array(m * REQ_TIMES);
  t.requests.forEach((r, i) => {
    let ri = routeIndex.get(r.route);
    if (ri === undefined) { ri = routes.length; routes.push(r.route); routeIndex.set(r.route, ri); }
    reqInts.set([r.id, ri, r.worker], i * 3);
    reqTimes.set([r.arrival, r.start, r.end, r.latency, ...SEGMENT_STATES.map((st) => r.time[st])], i * REQ_TIMES);
  });
  const packed = { lanes: t.lanes, metrics: t.metrics, events: t.events, routes, segInts, segTimes, paths, reqInts, reqTimes };
  return { packed, transfer: [segInts.buffer, segTimes.buffer, reqInts.buffer, reqTimes.buffer] as ArrayBuffer[] };
}

export function unpackTimeline(p: PackedTimeline): Timeline {
  const segments: Segment[] = new Array(p.segTimes.length / 3);
  for (let i = 0; i < segments.length; i++) {
    const lane = p.segInts[i * 4]!;
    segments[i] = {
      lane: lane < 0 ? null : lane,
      request: p.segInts[i * 4 + 1]!,
      // Shared between segments: timelines are read-only data.
      path: p.paths[p.segInts[i * 4 + 3]!]!,
      state: SEGMENT_STATES[p.segInts[i * 4 + 2]!]!,
      start: p.segTimes[i * 3]!,
      end: p.segTimes[i * 3 + 1]!,
      share: p.segTimes[i * 3 + 2]!,
    };
  }
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
  return { lanes: p.lanes, segments, requests, metrics: p.metrics, events: p.events };
}
