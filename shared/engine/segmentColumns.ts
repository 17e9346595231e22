/**
 * Segments as columns: one typed array per field instead of one object per segment.
 * At 10,000 requests the engine records 60,000 segments; as objects that is 60,000
 * allocations plus three boxed doubles each, and the garbage collector's work made the
 * engine's time in a browser worker swing from 20 to 280 ms. Columns cost a few growing
 * arrays, cross from a worker to the page without a copy (transferred buffers), and are
 * what the chart's layout reads. `Timeline.segments` (the objects docs/model.md#output describes) is built from
 * them where it is wanted: by simulate() at once, or by a host on first read (see
 * timelineWithLazySegments).
 */
import { SEGMENT_STATES, type Segment, type SegmentState, type Timeline } from './timeline';
import { grown } from './typedArrays';
import { lazyProperty } from './lazyProperty';

export interface SegmentColumns {
  /** Segments stored; the arrays may be longer (spare capacity). */
  length: number;
  /** Lane id, or -1 for a segment on no thread. */
  lane: Int32Array;
  request: Int32Array;
  /** Index into SEGMENT_STATES. */
  state: Uint8Array;
  /** Index into `paths`. */
  path: Int32Array;
  start: Float64Array;
  end: Float64Array;
  share: Float64Array;
  /** The distinct step paths; the engine shares one array per route step, so there are few. */
  paths: number[][];
}

export const STATE_INDEX: Readonly<Record<SegmentState, number>> = Object.fromEntries(
  SEGMENT_STATES.map((s, i) => [s, i]),
) as Record<SegmentState, number>;

/** Grows by doubling, like an array, without an object per segment. */
export class SegmentColumnsBuilder {
  length = 0;
  lane = new Int32Array(0);
  request = new Int32Array(0);
  state = new Uint8Array(0);
  path = new Int32Array(0);
  start = new Float64Array(0);
  end = new Float64Array(0);
  share = new Float64Array(0);
  readonly paths: number[][];
  // Interned by identity: no string keys (equal paths in two arrays only cost a duplicate entry).
  private readonly pathIndex = new Map<number[], number>();

  /**
   * `paths`: a table the caller numbered already (the engine's, see compile.ts), or none.
   * `nextCapacity`: how big to grow once full (default: double), for a caller that can guess
   * the final count better.
   */
  constructor(capacity = 1024, paths: number[][] = [], private readonly nextCapacity: (length: number) => number = (n) => n * 2) {
    this.paths = paths;
    this.grow(capacity);
  }

  /** A path's index in `paths`, adding it if new (for builders given paths as arrays). */
  pathId(path: number[]): number {
    let p = this.pathIndex.get(path);
    if (p === undefined) {
      p = this.paths.length;
      this.paths.push(path);
      this.pathIndex.set(path, p);
    }
    return p;
  }

  /** `path` is an index in `paths`. */
  push(lane: number, request: number, path: number, state: number, start: number, end: number, share: number): void {
    const i = this.length;
    if (i === this.start.length) this.grow(Math.max(this.nextCapacity(i), i + 1));
    this.lane[i] = lane;
    this.request[i] = request;
    this.state[i] = state;
    this.path[i] = path;
    this.start[i] = start;
    this.end[i] = end;
    this.share[i] = share;
    this.length = i + 1;
  }

  /** The columns as plain data (no copy: spare capacity stays behind `length`). */
  columns(): SegmentColumns {
    const { length, lane, request, state, path, start, end, share, paths } = this;
    return { length, lane, request, state, path, start, end, share, paths };
  }

  private grow(capacity: number): void {
    const n = Math.max(capacity, 16);
    this.lane = grown(this.lane, n);
    this.request = grown(this.request, n);
    this.state = grown(this.state, n);
    this.path = grown(this.path, n);
    this.start = grown(this.start, n);
    this.end = grown(this.end, n);
    this.share = grown(this.share, n);
  }
}

export function segmentAt(c: SegmentColumns, i: number): Segment {
  const lane = c.lane[i]!;
  return {
    lane: lane < 0 ? null : lane,
    request: c.request[i]!,
    // Shared between segments: timelines are read-only data.
    path: c.paths[c.path[i]!]!,
    state: SEGMENT_STATES[c.state[i]!]!,
    start: c.start[i]!,
    end: c.end[i]!,
    share: c.share[i]!,
  };
}

export function segmentsFromColumns(c: SegmentColumns): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < c.length; i++) out.push(segmentAt(c, i));
  return out;
}

export function columnsFromSegments(segments: readonly Segment[]): SegmentColumns {
  const b = new SegmentColumnsBuilder(segments.length);
  for (const s of segments) b.push(s.lane ?? -1, s.request, b.pathId(s.path), STATE_INDEX[s.state], s.start, s.end, s.share);
  return b.columns();
}

const attached = new WeakMap<Timeline, SegmentColumns>();

/** The bytes a timeline's segment columns hold (0 for a timeline of objects only), for caches. */
export function columnBytes(timeline: Timeline): number {
  const c = attached.get(timeline);
  if (!c) return timeline.segments.length * 80; // objects: about that many bytes each
  return c.lane.byteLength + c.request.byteLength + c.state.byteLength + c.path.byteLength + c.start.byteLength + c.end.byteLength + c.share.byteLength;
}

/**
 * The timeline's segments as columns: the ones it was made from, or built once from
 * `segments` (a timeline from simulate(), a trace, a test) and remembered.
 */
export function columnsOf(timeline: Timeline): SegmentColumns {
  let c = attached.get(timeline);
  if (!c) {
    c = columnsFromSegments(timeline.segments);
    attached.set(timeline, c);
  }
  return c;
}

/**
 * A Timeline whose `segments` array is only built if something reads it (an export, a
 * tooltip's neighbours); the charts read the columns through columnsOf().
 */
export function timelineWithLazySegments(rest: Omit<Timeline, 'segments'>, columns: SegmentColumns): Timeline {
  const timeline = { ...rest } as Timeline;
  lazyProperty(timeline, 'segments', () => segmentsFromColumns(columns));
  attached.set(timeline, columns);
  return timeline;
}
