/**
 * A Chrome trace back into a timeline view: lanes, segments and (for LoopLab's own
 * traces) requests. Anything else that is valid Trace Event Format imports too: each
 * (process, thread) with "X" events becomes a lane. A file that is not a trace gets an
 * error that says what was expected, never a half-built view.
 */
import { LANE_KINDS, SEGMENT_STATES, type Lane, type LaneKind, type Segment, type SegmentState } from '../engine/timeline';
import { REQUESTS_PID, type LoopLabTraceData } from './traceFormat';

export interface ImportedTrace {
  lanes: Lane[];
  segments: Segment[];
  requests?: LoopLabTraceData['requests'];
}

export class TraceImportError extends Error {
  override name = 'TraceImportError';
}

const NOT_A_TRACE = 'not a Chrome trace: expected a JSON array of trace events, or an object with a "traceEvents" array (Trace Event Format)';

type RawEvent = Record<string, unknown>;

export function importTrace(json: unknown): ImportedTrace {
  const events = traceEventsOf(json);
  const looplab = looplabData(json);
  const complete = events.map((e, i) => checkEvent(e, i)).filter((e): e is RawEvent => e !== null && e.ph === 'X');
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (isRecord(e) && e.ph === 'M' && e.name === 'thread_name' && isRecord(e.args) && typeof e.args.name === 'string') {
      threadNames.set(`${String(e.pid)}/${String(e.tid)}`, e.args.name);
    }
  }
  const lanes: Lane[] = looplab ? looplab.lanes : [];
  const laneOf = new Map<string, number>();
  if (looplab) for (const l of lanes) laneOf.set(`${l.worker}/${l.id}`, l.id);
  // Another tool's clock starts at boot (ts ≈ 10^11 µs): its first event becomes 0 ms, or the
  // chart would open on hours of empty axis. LoopLab's own traces already start at 0.
  let origin = looplab || complete.length === 0 ? 0 : Infinity;
  if (origin !== 0) for (const e of complete) origin = Math.min(origin, e.ts as number); // no spread: traces run to 10^6 events
  const segments: Segment[] = [];
  for (const e of complete) {
    const args = isRecord(e.args) ? e.args : {};
    const pid = e.pid as number;
    const tid = e.tid as number;
    let lane: number | null;
    if (looplab && pid === REQUESTS_PID) lane = null;
    else {
      const key = `${pid}/${tid}`;
      let id = laneOf.get(key);
      if (id === undefined) {
        id = lanes.length;
        const name = threadNames.get(key) ?? `thread ${tid}`;
        lanes.push({ id, worker: pid, kind: guessKind(name), index: lanes.filter((l) => l.worker === pid).length, name });
        laneOf.set(key, id);
      }
      lane = id;
    }
    const ts = (e.ts as number) - origin;
    const dur = typeof e.dur === 'number' ? e.dur : 0;
    segments.push({
      lane,
      request: typeof args.request === 'number' ? args.request : -1,
      path: Array.isArray(args.path) && args.path.every((p) => typeof p === 'number') ? (args.path) : [],
      state: SEGMENT_STATES.includes(args.state as SegmentState) ? (args.state as SegmentState) : 'cpu',
      start: ts / 1000,
      end: (ts + dur) / 1000,
      share: typeof args.share === 'number' ? args.share : 0,
    });
  }
  return looplab ? { lanes, segments, requests: looplab.requests } : { lanes, segments };
}

function traceEventsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (isRecord(json) && Array.isArray(json.traceEvents)) return json.traceEvents;
  throw new TraceImportError(NOT_A_TRACE);
}

/** null for events we skip (other phases); throws on an event no trace viewer would accept either. */
function checkEvent(e: unknown, i: number): RawEvent | null {
  if (!isRecord(e) || typeof e.ph !== 'string') throw new TraceImportError(`traceEvents[${i}]: not a trace event (an object with a "ph" phase)`);
  if (e.ph !== 'X') return null;
  for (const field of ['pid', 'tid', 'ts'] as const) {
    if (typeof e[field] !== 'number' || !Number.isFinite(e[field])) throw new TraceImportError(`traceEvents[${i}]: a complete ("X") event needs a number "${field}"`);
  }
  if (e.dur !== undefined && (typeof e.dur !== 'number' || e.dur < 0)) throw new TraceImportError(`traceEvents[${i}]: "dur" must be a number of µs, at least 0`);
  return e;
}

function looplabData(json: unknown): LoopLabTraceData | null {
  if (!isRecord(json) || !isRecord(json.otherData) || !isRecord(json.otherData.looplab)) return null;
  const d = json.otherData.looplab;
  if (d.format !== 1 || !Array.isArray(d.lanes) || !Array.isArray(d.requests)) return null;
  const lanesOk = d.lanes.every((l) => isRecord(l) && typeof l.id === 'number' && typeof l.worker === 'number' &&
    LANE_KINDS.includes(l.kind as LaneKind) && typeof l.index === 'number' && typeof l.name === 'string');
  return lanesOk ? (d as unknown as LoopLabTraceData) : null;
}

function guessKind(threadName: string): LaneKind {
  if (/loop|main/i.test(threadName)) return 'loop';
  if (/process/i.test(threadName)) return 'process';
  if (/executor/i.test(threadName)) return 'executor';
  return 'anyio';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
