/**
 * Collects what happened: segments (when asked to), lanes that did work, per-request
 * time in each state, and how long each loop was not free. Segments close when their
 * thread or task changes state, so each lane's segments come out in time order.
 */
import type { Lane, LaneKind, SegmentState } from './timeline';
import { SEGMENT_STATES } from './timeline';
import type { SimThread } from './simThread';
import { NO_PATH, St, type PathId } from './stateIds';
import { roundOut } from './simTime';
import { SegmentColumnsBuilder } from './segmentColumns';
import { coreShare } from './cores';

const NSTATES = SEGMENT_STATES.length;
/** The most segments the columns hold before the run's own count can be projected (see the constructor). */
const FIRST_BLOCK = 1 << 16;

/** Something that waits off any thread: a coroutine's open await_io / token / loop / process wait. */
export interface Waiter {
  request: number;
  waitState: St;
  waitStart: number;
  /** `waitStart` in whole microseconds, as the output gives it, when segments are kept. */
  waitStartUs: number;
  waitPath: PathId;
  /** Its last wait's segment (index in the recorder's columns), -1 before: what a new piece may extend. */
  waitLastSegment: number;
}

const KIND_NAMES: Record<LaneKind, string> = {
  loop: 'event loop',
  anyio: 'anyio thread',
  executor: 'executor thread',
  process: 'pool process',
};

/** What the recorder reads the time from: the run's clock (simulate's world). */
export interface Clock {
  readonly now: number;
}

export class Recorder {
  /**
   * The present instant, read here rather than passed to each call: the engine's time is a
   * fraction, and a fraction passed to a call the compiler did not inline needs a heap number
   * made for it (several per event, some millions in the 100k-request run, each adding to the
   * garbage collector's work). Every piece closes or opens at the clock's present instant.
   */
  clock: Clock = { now: 0 };
  /** Columns, not objects: see segmentColumns.ts for why. */
  readonly segments: SegmentColumnsBuilder;
  readonly lanes: Lane[] = [];
  readonly stateTime: Float64Array;
  readonly loopBlocked: number[];
  private readonly requestCount: number;
  /** The least count of segments the run's steps leave (the constructor's guess, before any ran). */
  private readonly staticEstimate: number;
  /** How many requests have finished so far (simulate sets it): how far the run has come, to size the columns. */
  finishedRequests: () => number = () => 0;
  /**
   * shares[n]: the share of a core of one of n threads running (0: not running). The engine
   * names a segment's share by n, an integer, and the columns look it up: a fraction passed to
   * a call the compiler did not inline needs a heap number made for it, millions in a big run.
   */
  private readonly shares: number[] = [0];

  /**
   * `stepsPerRequest`: the most steps (leaves) a route has, to size the segment columns;
   * `paths`: the run's path table (compile.ts), which the segments' path ids index.
   */
  constructor(
    readonly keepSegments: boolean,
    requestCount: number,
    workers: number,
    readonly keepStateTime: boolean,
    stepsPerRequest: number,
    paths: number[][],
    /** The machine's cores, for the shares. */
    private readonly cores: number,
    /** false: every piece as the engine closes it (for the tests that check the merge). */
    private readonly mergeSegments = true,
    /** true: the segments will be read as objects (simulate()), never as one set of columns. */
    segmentsAsObjects = false,
  ) {
    this.requestCount = requestCount;
    this.stateTime = new Float64Array(keepStateTime ? requestCount * NSTATES : 0);
    // A request leaves at least a segment per step plus its waits for the loop; the loop's own
    // work, GIL slices and cores shared by more threads than they hold leave more (the bench's
    // 10,000 requests: 105,728, 10.6 a request), and those runs grow the columns once, to the
    // count the first block projects (or, read as objects, add one block for the rest of that
    // count: segmentColumns.ts). Growing copies the first block and leaves its memory behind,
    // so a big run starts with a small block, FIRST_BLOCK segments at most: the bench's 100k
    // requests (1.07 million segments) filled a first block of 500,000 (18 MB) before growing it
    // to the projected 1.18 million, and starting at 65,536 (2.4 MB) the app's columns touch
    // some 3,500 to 4,800 fewer new pages. Starting near the least count
    // still matters more than sparing that growth: 3× too big
    // (the former guess) was 6.6 MB zeroed per run, and that much memory outside V8's heap
    // brings its garbage collector on early — the 10k run took a fifth longer.
    this.staticEstimate = Math.max(1024, requestCount * (stepsPerRequest + 2));
    const first = Math.min(this.staticEstimate, FIRST_BLOCK);
    this.segments = new SegmentColumnsBuilder(keepSegments ? first : 16, paths, (n) => this.projectedSegments(n), this.shares, segmentsAsObjects);
    this.loopBlocked = new Array<number>(workers).fill(0);
  }

  /** Counts `end - start` in the request's state time: true if the piece has any length. */
  private count(request: number, state: St, start: number, end: number): boolean {
    if (end - start < 1e-9) return false;
    if (request >= 0 && this.keepStateTime) {
      const i = request * NSTATES + state;
      this.stateTime[i] = this.stateTime[i]! + (end - start);
    }
    return true;
  }

  /**
   * A segment is a maximal run of one state at one share, for one lane, request and step, in
   * the output's microseconds. The engine closes a piece whenever anything changes (a thread
   * starts or stops somewhere and every running share is retold; a GIL hand-off at the loop's
   * short calls closes and reopens the same burst), so a piece that continues the last segment
   * of its lane (closeThread) or, off any thread, of its waiter extends it, and a piece shorter
   * than the output's microsecond is no segment. Returns the index of the segment the piece is
   * part of (or `last` when it is none). Per-request state time counts every piece (count()).
   */
  private addSegment(last: number, lane: number, request: number, path: PathId, state: St, startUs: number, endUs: number, share: number): number {
    if (!this.mergeSegments) return this.segments.pushMicros(lane, request, path, state, startUs, endUs, share);
    if (endUs === startUs) return last;
    if (last >= 0 && this.segments.extendIfTouching(last, request, path, state, share, startUs, endUs)) return last;
    return this.segments.pushMicros(lane, request, path, state, startUs, endUs, share);
  }

  // The last instant rounded for output, and its rounding. Segments close and open at the same
  // instants (a change of share closes one per running thread, and each opens the next), so a
  // segment's start is rounded once, when it opens, and most ends come from here. Whole
  // microseconds, not roundOut's milliseconds: an integer passes to a call the compiler did not
  // inline without a heap number made for it (at 100k requests, millions of them).
  private outAt = NaN;
  private outValue = 0;

  /** `t` in whole microseconds (roundOut(t) × 1000), remembered for the last `t` asked. */
  private out(t: number): number {
    if (t !== this.outAt) {
      this.outAt = t;
      this.outValue = Math.round(t * 1e3);
    }
    return this.outValue;
  }

  /**
   * The columns are full: guess the whole run's count from the segments per finished request
   * so far, rather than doubling (segmentColumns.ts grows its first block to the guess, or adds
   * a block for the rest of it when the segments will be read as objects). Not
   * per request id: ids are given route by route, so the 100k benchmark's fourth route has ids
   * from 75,000 on at its first instant, and that guess ran short four times. Requests under
   * way count their segments but not themselves, so the guess runs a little long. It never
   * asks for less than a quarter more; nor for more than four times as many, or four times the
   * static guess, whichever is more: a first block of 65,536 projects 1.2 million for the bench's
   * 1.07 million (18 times as many), and early in a run a few finished requests can make a wild
   * guess.
   */
  private projectedSegments(n: number): number {
    const perRequest = n / Math.max(1, this.finishedRequests());
    const projected = Math.ceil(perRequest * this.requestCount * 1.05) + 1024;
    return Math.min(Math.max(projected, Math.ceil(n * 1.25)), Math.max(n, this.staticEstimate) * 4);
  }

  /** Lanes appear when a thread first works; loops are registered up front (see simulate). */
  laneOf(th: SimThread): number {
    if (th.laneId < 0) {
      th.laneId = this.lanes.length;
      const name = `worker ${th.worker} · ${KIND_NAMES[th.kind]}${th.kind === 'loop' ? '' : ` ${th.index}`}`;
      this.lanes.push({ id: th.laneId, worker: th.worker, kind: th.kind, index: th.index, name });
    }
    return th.laneId;
  }

  /**
   * Close the thread's open segment (if any) now and open a new one. `running`: how many
   * threads run Python on the cores, this one among them (0: it is not running), for its share.
   */
  threadState(th: SimThread, state: St, request = -1, path: PathId = NO_PATH, running = 0): void {
    const now = this.clock.now;
    this.closeThread(th);
    if (running >= this.shares.length) this.addShares(running);
    th.segState = state;
    th.segStart = now;
    if (this.keepSegments) th.segStartUs = this.out(now);
    th.segRequest = request;
    th.segPath = path;
    // Named canonically (1 for any count the cores hold), so equal shares have equal names.
    th.segShare = running > this.cores ? running : running > 0 ? 1 : 0;
  }

  // Rare (once per new most threads running at once): kept out of threadState.
  private addShares(upTo: number): void {
    for (let n = this.shares.length; n <= upTo; n++) this.shares.push(coreShare(n, this.cores));
  }

  /** Close the thread's open segment (if any) now. */
  closeThread(th: SimThread): void {
    const state = th.segState;
    if (state === St.None) return;
    th.segState = St.None;
    const now = this.clock.now;
    const ms = now - th.segStart;
    if (ms < 1e-9) return;
    // The server's own work is not the route blocking its loop.
    if (th.kind === 'loop' && state !== St.Server) this.loopBlocked[th.worker] = this.loopBlocked[th.worker]! + ms;
    const request = th.segRequest;
    // count()'s work, written out: this is the engine's most frequent call (a change of share
    // closes a piece on every running thread), and the compiler did not inline count here.
    if (request >= 0 && this.keepStateTime) {
      const i = request * NSTATES + state;
      this.stateTime[i] = this.stateTime[i]! + ms;
    }
    if (!this.keepSegments) return;
    const lane = th.laneId >= 0 ? th.laneId : this.laneOf(th);
    const path = th.segPath, share = th.segShare, startUs = th.segStartUs, endUs = this.out(now);
    if (!this.mergeSegments) {
      this.segments.pushMicros(lane, request, path, state, startUs, endUs, share);
      return;
    }
    // addSegment's rule, with the lane's last segment's key kept on the thread: most pieces
    // (a share retold) start a new segment, and need no look at the columns to know it.
    if (endUs === startUs) return;
    if (th.lastEndUs === startUs && th.lastState === state && th.lastShare === share && th.lastRequest === request && th.lastPath === path) {
      this.segments.setEndMicros(th.lastSegment, endUs);
    } else {
      th.lastSegment = this.segments.pushMicros(lane, request, path, state, startUs, endUs, share);
      th.lastState = state;
      th.lastShare = share;
      th.lastRequest = request;
      th.lastPath = path;
    }
    th.lastEndUs = endUs;
  }

  /** A wait that occupies no thread (await_io, token_wait, loop_wait, process_wait), from now. */
  wait(w: Waiter, state: St, path: PathId = NO_PATH): void {
    const now = this.clock.now;
    this.closeWait(w);
    w.waitState = state;
    w.waitStart = now;
    if (this.keepSegments) w.waitStartUs = this.out(now);
    w.waitPath = path;
  }

  /** End the waiter's open wait (if any) now. */
  closeWait(w: Waiter): void {
    const state = w.waitState;
    if (state === St.None) return;
    w.waitState = St.None;
    // count()'s work written out, as in closeThread: a duration passed to a call that is not
    // inlined costs a heap number.
    const now = this.clock.now;
    const ms = now - w.waitStart;
    if (ms < 1e-9) return;
    const request = w.request;
    if (request >= 0 && this.keepStateTime) {
      const i = request * NSTATES + state;
      this.stateTime[i] = this.stateTime[i]! + ms;
    }
    if (!this.keepSegments) return;
    w.waitLastSegment = this.addSegment(w.waitLastSegment, -1, w.request, w.waitPath, state, w.waitStartUs, this.out(now), 0);
  }

  /**
   * A wait of `step.ms` from now (await_io): recorded at once. The step is passed, not its end:
   * a fraction passed to a call V8 does not inline is boxed in a new heap number.
   */
  awaitedWait(request: number, state: St, step: { readonly ms: number; readonly path: PathId }): void {
    const start = this.clock.now;
    const end = start + step.ms;
    if (!this.count(request, state, start, end) || !this.keepSegments) return;
    this.addSegment(-1, -1, request, step.path, state, Math.round(start * 1e3), this.out(end), 0);
  }

  /** A wait from now whose end is known now: recorded at once. */
  fixedWait(request: number, path: PathId, state: St, end: number): void {
    const start = this.clock.now;
    if (!this.count(request, state, start, end) || !this.keepSegments) return;
    this.addSegment(-1, -1, request, path, state, Math.round(start * 1e3), this.out(end), 0);
  }

  stateTotals(request: number): Record<SegmentState, number> {
    const out = {} as Record<SegmentState, number>;
    for (let i = 0; i < NSTATES; i++) out[SEGMENT_STATES[i]!] = roundOut(this.stateTime[request * NSTATES + i] ?? 0);
    return out;
  }
}
