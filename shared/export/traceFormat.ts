/**
 * The pieces of Chrome's Trace Event Format that LoopLab writes and reads
 * (https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU):
 * "X" complete events (ts and dur in µs) and "M" metadata naming processes and threads.
 */
import type { Lane, RequestResult } from '../engine/timeline';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  cat?: string;
  args?: Record<string, unknown>;
}

/** Extra data LoopLab keeps in `otherData` so an import gives back lanes and requests exactly. */
export interface LoopLabTraceData {
  format: 1;
  scenario: string;
  lanes: Lane[];
  requests: Omit<RequestResult, 'time'>[];
}

export interface TraceFile {
  traceEvents: TraceEvent[];
  displayTimeUnit: 'ms';
  otherData: { looplab: LoopLabTraceData };
}

/** The process holding the request rows (waits that occupy no thread); far above any worker number. */
export const REQUESTS_PID = 100000;
/** Request rows get `request * TIDS_PER_REQUEST + branch`, so overlapping gather branches sit on their own rows. */
export const TIDS_PER_REQUEST = 64;

/** µs on the trace's clock for ms on the engine's (which rounds to the µs already). */
export const toMicros = (ms: number) => Math.round(ms * 1000);
