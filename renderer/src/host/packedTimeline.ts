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
  // The engine shares one path array per route step, so interning by identity needs no
  // string keys; an equal path in another array only costs a duplicate entry.
  const pathIndex = new Map<number[], number>();
  const stateIndex = new Map(SEGMENT_STATES.map((s, i) => [s, i]));
  for (let i = 0; i < n; i++) {
    const s = t.segments[i]!;
    let pi = pathIndex.get(s.path);
    if (pi === undefined) { pi = paths.length; paths.push(s.path); pathIndex.set(s.path, pi); }
    const a = i * 4;
    segInts[a] = s.lane ?? -1;
    segInts[a + 1] = s.request;
    segInts[a + 2] = stateIndex.get(s.state)!;
    segInts[a + 3] = pi;
    const b = i * 3;
    segTimes[b] = s.start;
    segTimes[b + 1] = s.end;
    segTimes[b + 2] = s.share;
  }
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
