/**
 * What the chart reads of a timeline's requests: how many, each one's id, route and
 * worker, and the latest end. A timeline made from the engine's columns (a worker's reply,
 * an inline run) keeps its requests as those columns, and `requests` (the timeline's list of
 * objects, docs/model.md#output) is built only if something reads it: building 10,000 of them on every reply cost
 * the page's main thread ~6 ms, and more in garbage, while the chart needs only a route name
 * for the few labels it draws. A timeline of objects (simulate(), a trace, a test) is read
 * as it is.
 */
import type { RequestResult, Timeline } from '../engine/timeline';
import { requestsFromColumns, type RequestColumns } from '../engine/requestColumns';
import { roundOut } from '../engine/simTime';
import { lazyProperty } from '../engine/lazyProperty';

export interface RequestTable {
  readonly length: number;
  /** The id of the request at index i (a timeline of the engine's: i itself). */
  id: (i: number) => number;
  /** The route of request i; '' when there is no such request. */
  route: (i: number) => string;
  worker: (i: number) => number;
  /** The latest end of any request, ms (rounded like RequestResult.end); -Infinity when there is none. */
  lastEnd: () => number;
}

const attached = new WeakMap<Timeline, RequestColumns>();
const tables = new WeakMap<Timeline, RequestTable>();

/**
 * Make `timeline.requests` a list built on first read from `columns`, and let
 * requestTableOf() read the columns themselves. Changes `timeline` in place and returns it
 * (so a timeline from timelineWithLazySegments keeps its own identity).
 */
export function timelineWithLazyRequests(timeline: Timeline, columns: RequestColumns): Timeline {
  lazyProperty(timeline, 'requests', () => requestsFromColumns(columns));
  attached.set(timeline, columns);
  return timeline;
}

/** The timeline's requests for the chart, without building request objects when it has columns. */
export function requestTableOf(timeline: Timeline): RequestTable {
  let table = tables.get(timeline);
  if (!table) {
    const columns = attached.get(timeline);
    table = columns ? columnTable(columns) : objectTable(timeline.requests);
    tables.set(timeline, table);
  }
  return table;
}

function columnTable(c: RequestColumns): RequestTable {
  let last: number | null = null;
  return {
    length: c.length,
    id: (i) => i,
    route: (i) => (i >= 0 && i < c.length ? c.routes[c.route[i]!] ?? '' : ''),
    worker: (i) => c.worker[i]!,
    lastEnd() {
      if (last === null) {
        // Rounding keeps order, so the largest rounded end is the largest raw end, rounded.
        let end = -Infinity;
        for (let i = 0; i < c.length; i++) if (c.end[i]! > end) end = c.end[i]!;
        last = c.length > 0 ? roundOut(end) : -Infinity;
      }
      return last;
    },
  };
}

function objectTable(requests: readonly RequestResult[]): RequestTable {
  return {
    length: requests.length,
    id: (i) => requests[i]!.id,
    route: (i) => requests[i]?.route ?? '',
    worker: (i) => requests[i]!.worker,
    lastEnd() {
      let end = -Infinity;
      for (const r of requests) end = Math.max(end, r.end);
      return end;
    },
  };
}
