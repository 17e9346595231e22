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

const NSTATES = SEGMENT_STATES.length;

/** Something that waits off any thread: a coroutine's open await_io / token / loop / process wait. */
export interface Waiter {
  request: number;
  waitState: St;
  waitStart: number;
  /** `waitStart` as the output gives it (to the microsecond), when segments are kept. */
  waitStartOut: number;
  waitPath: PathId;
}

const KIND_NAMES: Record<LaneKind, string> = {
  loop: 'event loop',
  anyio: 'anyio thread',
  executor: 'executor thread',
  process: 'pool process',
};

export class Recorder {
  /** Columns, not objects: see segmentColumns.ts for why. */
  readonly segments: SegmentColumnsBuilder;
  readonly lanes: Lane[] = [];
  readonly stateTime: Float64Array;
  readonly loopBlocked: number[];
  private readonly requestCount: number;
  /** The highest request id recorded so far: how far the run has come, to size the columns. */
  private maxRequest = 0;

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
  ) {
    this.requestCount = requestCount;
    this.stateTime = new Float64Array(keepStateTime ? requestCount * NSTATES : 0);
    // Most requests leave about a segment per step plus their waits for the loop (the bench's
    // 10,000 requests of 4 steps: 59,951); GIL-sliced ones leave many more and grow the
    // columns. Starting near the usual count matters more than sparing a growth: 3× too big
    // (the former guess) was 6.6 MB zeroed per run, and that much memory outside V8's heap
    // brings its garbage collector on early — the 10k run took a fifth longer.
    const estimate = requestCount * (stepsPerRequest + 2);
    this.segments = new SegmentColumnsBuilder(keepSegments ? Math.min(Math.max(1024, estimate), 1 << 22) : 16, paths, (n) => this.projectedSegments(n));
    this.loopBlocked = new Array<number>(workers).fill(0);
  }

  /** `lane` -1: on no thread; `startOut`: `start` rounded for output (when segments are kept). */
  private add(lane: number, request: number, path: PathId, state: St, start: number, end: number, share: number, startOut: number): void {
    if (end - start < 1e-9) return;
    if (request >= 0 && this.keepStateTime) {
      const i = request * NSTATES + state;
      this.stateTime[i] = this.stateTime[i]! + (end - start);
    }
    if (this.keepSegments) {
      if (request > this.maxRequest) this.maxRequest = request;
      this.segments.push(lane, request, path, state, startOut, this.out(end), share);
    }
  }

  // The last instant rounded for output, and its rounding. Segments close and open at the same
  // instants (a change of share closes one per running thread, and each opens the next), so a
  // segment's start is rounded once, when it opens, and most ends come from here.
  private outAt = NaN;
  private outValue = 0;

  /** roundOut(t), remembered for the last `t` asked. */
  private out(t: number): number {
    if (t !== this.outAt) {
      this.outAt = t;
      this.outValue = roundOut(t);
    }
    return this.outValue;
  }

  /**
   * The columns are full: guess the whole run's count from the segments per request so far
   * (requests are numbered in arrival order), rather than doubling, and make room for the rest
   * in a new block (segmentColumns.ts). The guess runs short when a backlog builds (arrivals
   * are recorded long before their GIL-sliced bursts), so it never asks for less than a
   * quarter more.
   */
  private projectedSegments(n: number): number {
    const perRequest = n / (this.maxRequest + 1);
    const projected = Math.ceil(perRequest * this.requestCount * 1.05) + 1024;
    return Math.min(Math.max(projected, Math.ceil(n * 1.25)), n * 4);
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

  /** Close the thread's open segment (if any) at `now` and open a new one. */
  threadState(th: SimThread, now: number, state: St, request = -1, path: PathId = NO_PATH, share = 0): void {
    this.closeThread(th, now);
    th.segState = state;
    th.segStart = now;
    if (this.keepSegments) th.segStartOut = this.out(now);
    th.segRequest = request;
    th.segPath = path;
    th.segShare = share;
  }

  closeThread(th: SimThread, now: number): void {
    const state = th.segState;
    if (state === St.None) return;
    th.segState = St.None;
    if (now - th.segStart < 1e-9) return;
    // The server's own work is not the route blocking its loop.
    if (th.kind === 'loop' && state !== St.Server) this.loopBlocked[th.worker] = this.loopBlocked[th.worker]! + (now - th.segStart);
    this.add(this.laneOf(th), th.segRequest, th.segPath, state, th.segStart, now, th.segShare, th.segStartOut);
  }

  /** A wait that occupies no thread (await_io, token_wait, loop_wait, process_wait). */
  wait(w: Waiter, now: number, state: St, path: PathId = NO_PATH): void {
    this.closeWait(w, now);
    w.waitState = state;
    w.waitStart = now;
    if (this.keepSegments) w.waitStartOut = this.out(now);
    w.waitPath = path;
  }

  closeWait(w: Waiter, now: number): void {
    const state = w.waitState;
    if (state === St.None) return;
    w.waitState = St.None;
    this.add(-1, w.request, w.waitPath, state, w.waitStart, now, 0, w.waitStartOut);
  }

  /** A wait whose end is known now (await_io): recorded at once. */
  fixedWait(request: number, path: PathId, state: St, start: number, end: number): void {
    this.add(-1, request, path, state, start, end, 0, this.keepSegments ? roundOut(start) : 0);
  }

  stateTotals(request: number): Record<SegmentState, number> {
    const out = {} as Record<SegmentState, number>;
    for (let i = 0; i < NSTATES; i++) out[SEGMENT_STATES[i]!] = roundOut(this.stateTime[request * NSTATES + i] ?? 0);
    return out;
  }
}
