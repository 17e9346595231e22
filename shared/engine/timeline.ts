/**
 * What the engine returns: a plain, serialisable timeline (docs/model.md#output).
 * Times are milliseconds, rounded to the microsecond.
 */

export type SegmentState =
  | 'cpu' // running Python (holding the GIL, on a share of a core)
  | 'await_io' // coroutine suspended on awaited I/O: the loop is free
  | 'blocking_io' // a thread (or the loop!) blocked in a sync call, GIL released
  | 'gil_wait' // runnable, queued for its process's GIL
  | 'token_wait' // queued for a thread: an AnyIO token, or an executor thread
  | 'loop_wait' // ready (or not yet accepted), waiting for a blocked or busy loop
  | 'process_wait' // queued for a free process of the process pool
  | 'server'; // the loop's own work for a request: accept, read and parse it, dispatch; send the response

export const SEGMENT_STATES: readonly SegmentState[] = [
  'cpu', 'await_io', 'blocking_io', 'gil_wait', 'token_wait', 'loop_wait', 'process_wait', 'server',
];

export type LaneKind = 'loop' | 'anyio' | 'executor' | 'process';

/** A worker's lanes in the order they are shown: its loop, AnyIO's threads, the executor's, the pool's processes. */
export const LANE_KINDS: readonly LaneKind[] = ['loop', 'anyio', 'executor', 'process'];

/**
 * The order of lanes: by worker, then kind (LANE_KINDS), then index. The engine numbers its
 * lanes in this order; the chart sorts by it too, since a timeline may come from elsewhere
 * (an imported trace).
 */
export function compareLanes(a: Lane, b: Lane): number {
  return a.worker - b.worker || LANE_KINDS.indexOf(a.kind) - LANE_KINDS.indexOf(b.kind) || a.index - b.index;
}

export interface Lane {
  id: number;
  worker: number;
  kind: LaneKind;
  /** Index within its kind in its worker: anyio thread 0, 1, … */
  index: number;
  /** Human name, e.g. "worker 0 · event loop", "worker 0 · anyio thread 3". */
  name: string;
}

/**
 * A stretch of time in one state: the longest run, in the output's microseconds, of one state
 * at one share for one lane, request and step (two segments with all of those equal never
 * touch, and none is shorter than a microsecond). `lane` is null for states that occupy no thread
 * (await_io, token_wait, loop_wait, process_wait). `request` is -1 for a loop's own
 * GIL wait that belongs to no request. `path` locates the step in the route:
 * [i] is steps[i]; [i, j] is steps[i].to_thread[j] (or to_process[j]);
 * [i, b, j, …] is steps[i].gather[b][j] and so on. A def route's steps are [i] too.
 */
export interface Segment {
  lane: number | null;
  request: number;
  path: number[];
  state: SegmentState;
  start: number;
  end: number;
  /** Fraction of one core this segment ran on (1 unless cores are oversubscribed; 0 when not running). */
  share: number;
}

export type StateTotals = Record<SegmentState, number>;

export interface RequestResult {
  id: number;
  route: string;
  worker: number;
  arrival: number;
  start: number; // first moment its code ran on the loop
  end: number;
  latency: number;
  /** Time spent in each state (ms); gather branches add up, so this can exceed latency. */
  time: StateTotals;
}

export interface LatencyStats {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface Metrics {
  requests: number;
  makespan: number;
  /** Completed requests per second of makespan. */
  throughput: number;
  latency: LatencyStats;
  /** Time each worker's loop spent not free (running cpu or blocking_io, or waiting for the GIL). */
  loopBlockedMs: number[];
  loopBlockedTotalMs: number;
  /** Most pool threads (anyio + executor, all workers) busy at once. */
  peakThreads: number;
  /** Busy fraction of each core over the makespan (core k counts when more than k threads run). */
  cpuUtilisation: number[];
}

export interface Timeline {
  lanes: Lane[];
  segments: Segment[];
  requests: RequestResult[];
  metrics: Metrics;
  /** Discrete events the engine processed (for benchmarks). */
  events: number;
}

export interface SimulateOptions {
  /** false: skip building segments and lanes (metrics-only mode, for huge scenarios). Default true. */
  segments?: boolean;
  /** false: skip the per-request results (metrics only). Default true. */
  requests?: boolean;
  /**
   * false: keep the per-request results but not each request's time per state (`time`, all
   * zeros then): seven numbers per request a summary table does not print. Default true.
   */
  stateTotals?: boolean;
  /**
   * false: each segment as the engine closed it, not merged into maximal runs (recorder.ts): a
   * run split wherever anything else changed, and pieces shorter than the output's microsecond.
   * For the tests that check the merge changes no time. Default true.
   */
  mergeSegments?: boolean;
  /**
   * true: the run takes every GIL timeout as an event of its own, as the engine once did, instead
   * of letting each GIL apply those that only put a waiter back in line in bulk (gilTimers.ts).
   * The timelines are the same: for the tests that check so. Default false.
   */
  gilTimeoutsOneByOne?: boolean;
  /** Give up with SimulationTooLargeError past this many events. Default DEFAULT_MAX_EVENTS. */
  maxEvents?: number;
}
