/**
 * A timeline as a few typed arrays, for the trip from the engine worker to the page.
 * Structured-cloning 60,000 segment objects costs more than simulating them (≈180 ms
 * for 10,000 requests); typed arrays are transferred without a copy. Segments and
 * requests come from the engine already as columns (shared/engine/segmentColumns.ts,
 * requestColumns.ts), and stay columns on the page: the chart reads them, and objects are
 * built only if something reads `segments` or `requests`.
 */
import type { Timeline } from '../../../shared/engine/timeline';
import type { ColumnarTimeline } from '../../../shared/engine/simulate';
import { timelineWithLazySegments, type SegmentColumns } from '../../../shared/engine/segmentColumns';
import type { RequestColumns } from '../../../shared/engine/requestColumns';
import { timelineWithLazyRequests } from '../../../shared/chart/requestTable';

export interface PackedTimeline {
  lanes: Timeline['lanes'];
  metrics: Timeline['metrics'];
  events: number;
  segments: SegmentColumns;
  requests: RequestColumns;
}

/** Everything the engine returned, with the list of buffers to transfer (none is copied). */
export function packTimeline({ timeline, columns, requests }: ColumnarTimeline): { packed: PackedTimeline; transfer: ArrayBuffer[] } {
  const c = trimmed(columns);
  const r = requests;
  const packed = { lanes: timeline.lanes, metrics: timeline.metrics, events: timeline.events, segments: c, requests: r };
  const arrays = [c.lane, c.request, c.state, c.path, c.start, c.end, c.share, r.route, r.worker, r.arrival, r.start, r.end, r.stateTime];
  // One buffer may back two views only if the engine shared it; transfer each buffer once.
  const transfer = [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
  return { packed, transfer };
}

/**
 * The columns without most of their spare capacity: the page keeps timelines (undo cache),
 * and the engine's first guess at the size can be 2–3× too big. A copy costs ~1 ms per
 * 100,000 segments, so it is only made when at least a third would be spare.
 */
function trimmed(c: SegmentColumns): SegmentColumns {
  if (c.start.length <= c.length * 1.5) return c;
  const n = c.length;
  return {
    length: n, paths: c.paths,
    lane: c.lane.slice(0, n), request: c.request.slice(0, n), state: c.state.slice(0, n), path: c.path.slice(0, n),
    start: c.start.slice(0, n), end: c.end.slice(0, n), share: c.share.slice(0, n),
  };
}

/** The page's Timeline: segments and requests built only if read (the chart reads the columns). */
export function unpackTimeline(p: PackedTimeline): Timeline {
  const rest = { lanes: p.lanes, requests: [], metrics: p.metrics, events: p.events };
  return timelineWithLazyRequests(timelineWithLazySegments(rest, p.segments), p.requests);
}
