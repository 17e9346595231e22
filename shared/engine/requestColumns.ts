/**
 * Per-request results as the engine keeps them: a few typed arrays (raw times, rounded only
 * when read). Like segment columns (segmentColumns.ts), they cross from a worker to the page
 * without a copy, and the objects of the timeline's `requests` list (docs/model.md#output) are built once, where they
 * are read, instead of in the worker and again on the page.
 */
import { SEGMENT_STATES, type RequestResult, type StateTotals } from './timeline';
import { roundOut } from './simTime';

const NSTATES = SEGMENT_STATES.length;

export interface RequestColumns {
  /** Requests stored (0 in metrics-only runs). */
  length: number;
  /** Route names; `route[i]` indexes this list. */
  routes: string[];
  route: Int32Array;
  worker: Int32Array;
  /** Raw simulation times (ms); rounded to the microsecond when read. */
  arrival: Float64Array;
  start: Float64Array;
  end: Float64Array;
  /** NSTATES raw totals per request, in SEGMENT_STATES order. */
  stateTime: Float64Array;
}

export function requestAt(c: RequestColumns, i: number): RequestResult {
  const t = c.stateTime;
  const k = i * NSTATES;
  // Written out in SEGMENT_STATES order, so every request's totals share one shape: filled key
  // by key from that list, each object went through eight shape changes.
  const time: StateTotals = {
    cpu: roundOut(t[k] ?? 0),
    await_io: roundOut(t[k + 1] ?? 0),
    blocking_io: roundOut(t[k + 2] ?? 0),
    gil_wait: roundOut(t[k + 3] ?? 0),
    token_wait: roundOut(t[k + 4] ?? 0),
    loop_wait: roundOut(t[k + 5] ?? 0),
    process_wait: roundOut(t[k + 6] ?? 0),
    server: roundOut(t[k + 7] ?? 0),
  };
  const arrival = c.arrival[i]!;
  const end = c.end[i]!;
  return {
    id: i,
    route: c.routes[c.route[i]!]!,
    worker: c.worker[i]!,
    arrival: roundOut(arrival),
    start: roundOut(c.start[i]!),
    end: roundOut(end),
    latency: roundOut(end - arrival),
    time,
  };
}

export function requestsFromColumns(c: RequestColumns): RequestResult[] {
  keepNumbersTagged();
  // Sized once, as SegmentColumnsBuilder.segments() does: pushed to, the list is copied as it grows.
  const out = new Array<RequestResult>(c.length);
  for (let i = 0; i < c.length; i++) out[i] = requestAt(c, i);
  return out;
}

/**
 * One request and one set of totals whose numbers are not numbers, made before the list: as
 * segmentObjects.ts says, V8 then keeps those fields of every such object as tagged values, so
 * a total of 0 (most of a request's eight) is a small integer in the object, not a heap number
 * of its own. The numbers are equal either way.
 */
function keepNumbersTagged(): void {
  const tagged = null as unknown as number;
  const time = { cpu: tagged, await_io: tagged, blocking_io: tagged, gil_wait: tagged, token_wait: tagged, loop_wait: tagged, process_wait: tagged, server: tagged } satisfies StateTotals;
  void ({ id: -1, route: '', worker: -1, arrival: tagged, start: tagged, end: tagged, latency: tagged, time } satisfies RequestResult);
}
