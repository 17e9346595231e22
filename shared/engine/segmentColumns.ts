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
import { lazyProperty } from './lazyProperty';
import { NumberCache, segmentObjects } from './segmentObjects';

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

/** One block of columns: the builder fills one, then starts the next; none is copied until the end. */
type Chunk = Omit<SegmentColumns, 'length' | 'paths'>;

function chunk(capacity: number): Chunk {
  return {
    lane: new Int32Array(capacity), request: new Int32Array(capacity), state: new Uint8Array(capacity), path: new Int32Array(capacity),
    start: new Float64Array(capacity), end: new Float64Array(capacity), share: new Float64Array(capacity),
  };
}

/**
 * Fills columns without an object per segment. When the first block is full it grows once,
 * to `nextCapacity`'s guess of the whole run, copying what it holds: columns() then hands the
 * block over as it is, where joining blocks at the end copied every segment (at 100k requests,
 * over a million). If that block fills too, later ones are added rather than grown: a run whose
 * count was guessed short (a GIL-sliced run leaves several times the usual segments per
 * request, and how many only shows late, once the backlog builds) used to grow its columns six
 * times over, copying and zeroing several times what it kept; columns() joins the blocks
 * once, at the end. A builder made `inBlocks` never grows its first block: its
 * segments are read where they are (segments()), so that copy would only cost fresh memory (a
 * first block's worth: 2.4 MB at the recorder's 65,536 segments; when that block was 500,000 at
 * 100k requests, 18 MB, and the full timeline touched about 2,700 fewer new pages without it,
 * some 27 ms where touching a new page costs 10 µs).
 */
export class SegmentColumnsBuilder {
  /** Segments stored, in every block. */
  length = 0;
  readonly paths: number[][];
  // Interned by identity: no string keys (equal paths in two arrays only cost a duplicate entry).
  private readonly pathIndex = new Map<number[], number>();
  /** Full blocks, oldest first. */
  private readonly full: Chunk[] = [];
  // The block being filled, its fields as the builder's own (push() is on the engine's hot path).
  private lane: Int32Array;
  private request: Int32Array;
  private state: Uint8Array;
  private path: Int32Array;
  private start: Float64Array;
  private end: Float64Array;
  private share: Float64Array;
  /** Where the next segment goes in the block being filled. */
  private at = 0;
  /** The first block has grown (its one copy). */
  private grown = false;

  /**
   * `paths`: a table the caller numbered already (the engine's, see compile.ts), or none.
   * `nextCapacity`: how many segments to make room for in all once the blocks so far are full
   * (default: double), for a caller that can guess the final count better.
   */
  constructor(
    capacity = 1024,
    paths: number[][] = [],
    private readonly nextCapacity: (length: number) => number = (n) => n * 2,
    /** The shares pushMicros and extendIfTouching name by index (the recorder's table), if used. */
    private readonly shares: readonly number[] = [],
    /** true: full blocks are kept as they are, the first one too (for a caller that wants segments(), not columns()). */
    private readonly inBlocks = false,
  ) {
    this.paths = paths;
    const c = chunk(Math.max(capacity, 16));
    this.lane = c.lane; this.request = c.request; this.state = c.state; this.path = c.path;
    this.start = c.start; this.end = c.end; this.share = c.share;
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
    const i = this.slot(lane, request, path, state);
    this.start[i] = start;
    this.end[i] = end;
    this.share[i] = share;
    this.length++;
  }

  /**
   * push() with `start` and `end` in whole microseconds (the engine's output times, roundOut's
   * milliseconds × 1000) and `share` an index into `shares`: integers reach it without a heap
   * number each. Returns the segment's index (for extendIfTouching).
   */
  pushMicros(lane: number, request: number, path: number, state: number, startUs: number, endUs: number, share: number): number {
    const i = this.slot(lane, request, path, state);
    this.start[i] = startUs / 1e3;
    this.end[i] = endUs / 1e3;
    this.share[i] = this.shares[share]!;
    return this.length++;
  }

  /** The next free place in the block being filled (a new block when it is full), its whole-number fields written. */
  private slot(lane: number, request: number, path: number, state: number): number {
    let i = this.at;
    if (i === this.start.length) {
      this.nextBlock();
      i = this.at;
    }
    this.lane[i] = lane;
    this.request[i] = request;
    this.state[i] = state;
    this.path[i] = path;
    this.at = i + 1;
    return i;
  }

  /**
   * Segment `index` (its lane is the caller's business) made to end at `endUs` instead, if it
   * has this request, path, state and share and ends where the new piece starts (times in whole
   * microseconds, and the share by index, as pushMicros): true when it did.
   */
  extendIfTouching(index: number, request: number, path: number, state: number, shareIndex: number, startUs: number, endUs: number): boolean {
    const i = index - (this.length - this.at);
    const start = startUs / 1e3;
    const end = endUs / 1e3;
    const share = this.shares[shareIndex]!;
    if (i < 0) return this.extendInFullBlock(index, request, path, state, share, start, end);
    if (this.end[i] !== start || this.state[i] !== state || this.request[i] !== request || this.path[i] !== path || this.share[i] !== share) return false;
    this.end[i] = end;
    return true;
  }

  /** Segment `index` made to end at `endUs` (whole microseconds, as pushMicros). */
  setEndMicros(index: number, endUs: number): void {
    const i = index - (this.length - this.at);
    if (i >= 0) this.end[i] = endUs / 1e3;
    else {
      const [c, j] = this.inFullBlock(index);
      c.end[j] = endUs / 1e3;
    }
  }

  // Rare (the segment before a new block's first): kept out of extendIfTouching like nextBlock.
  private extendInFullBlock(index: number, request: number, path: number, state: number, share: number, start: number, end: number): boolean {
    const [c, i] = this.inFullBlock(index);
    if (c.end[i] !== start || c.state[i] !== state || c.request[i] !== request || c.path[i] !== path || c.share[i] !== share) return false;
    c.end[i] = end;
    return true;
  }

  /** The full block that holds segment `index`, and its place there. */
  private inFullBlock(index: number): [Chunk, number] {
    let i = index;
    for (const c of this.full) {
      if (i < c.end.length) return [c, i];
      i -= c.end.length;
    }
    throw new Error(`segment ${index} is not in a full block`);
  }

  /**
   * The columns as plain data: the one block itself (spare capacity stays behind `length`), or
   * every block joined into columns of exactly `length`. `laneMap`, if given, renumbers the
   * lanes on the way (-1 stays: on no thread).
   */
  columns(laneMap?: Int32Array): SegmentColumns {
    const { length, paths } = this;
    if (this.full.length === 0) {
      const { lane, request, state, path, start, end, share } = this;
      if (laneMap) mapLanes(lane, lane, length, laneMap);
      return { length, lane, request, state, path, start, end, share, paths };
    }
    const out = chunk(length);
    const { lane, request, state, path, start, end, share } = this;
    const filling: Chunk = { lane, request, state, path, start, end, share };
    let offset = 0;
    for (const c of [...this.full, filling]) {
      const n = c === filling ? this.at : c.start.length;
      if (laneMap) mapLanes(c.lane, out.lane.subarray(offset), n, laneMap);
      else out.lane.set(c.lane.subarray(0, n), offset);
      out.request.set(c.request.subarray(0, n), offset);
      out.state.set(c.state.subarray(0, n), offset);
      out.path.set(c.path.subarray(0, n), offset);
      out.start.set(c.start.subarray(0, n), offset);
      out.end.set(c.end.subarray(0, n), offset);
      out.share.set(c.share.subarray(0, n), offset);
      offset += n;
    }
    return { length, ...out, paths };
  }

  /**
   * The segments as objects (docs/model.md#output), read from the blocks where they are, each
   * lane id taken through `laneMap` (-1 stays: on no thread).
   */
  segments(laneMap: Int32Array): Segment[] {
    // Sized once: pushed to, a million-entry list was copied into a larger one some twenty-five times.
    const out = new Array<Segment>(this.length);
    const { lane, request, state, path, start, end, share } = this;
    const blocks: Chunk[] = [...this.full, { lane, request, state, path, start, end, share }];
    const cache = new NumberCache();
    let k = 0;
    for (let b = 0; b < blocks.length; b++) {
      const c = blocks[b]!;
      k = segmentObjects(c, b === blocks.length - 1 ? this.at : c.start.length, laneMap, this.paths, cache, out, k);
    }
    return out;
  }

  // Rare: kept out of push() so its hot path stays small for the JIT.
  private nextBlock(): void {
    const { lane, request, state, path, start, end, share } = this;
    const n = this.length;
    if (!this.grown && !this.inBlocks) {
      this.grown = true;
      const c = chunk(Math.max(this.nextCapacity(n), n + 1024));
      c.lane.set(lane); c.request.set(request); c.state.set(state); c.path.set(path);
      c.start.set(start); c.end.set(end); c.share.set(share);
      this.lane = c.lane; this.request = c.request; this.state = c.state; this.path = c.path;
      this.start = c.start; this.end = c.end; this.share = c.share;
      return;
    }
    this.full.push({ lane, request, state, path, start, end, share });
    const c = chunk(Math.max(this.nextCapacity(n) - n, 1024));
    this.lane = c.lane; this.request = c.request; this.state = c.state; this.path = c.path;
    this.start = c.start; this.end = c.end; this.share = c.share;
    this.at = 0;
  }
}

/** The first `n` lane ids of `from` through `laneMap` into `to` (which may be `from`). */
function mapLanes(from: Int32Array, to: Int32Array, n: number, laneMap: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const l = from[i]!;
    to[i] = l < 0 ? l : laneMap[l]!;
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
