/**
 * RUN.json: a scenario measured on a real server (or spans imported from a real app), the
 * file `measure` writes and "Compare with a real run…" opens. Requests are in the
 * simulation's id order, so request i of the run is request i of the scenario's timeline.
 *
 *   {"format": "looplab-run", "version": 1, "source": "uvicorn", "scenario": {…},
 *    "environment": {"python": "3.11.2", "fastapi": "0.92.0", …, "cores": 2, "cpu": "…"},
 *    "repeats": 5, "requests": [{"id": 0, "route": "report", "at": 0.7,
 *    "latency_ms": 102.9, "latency_runs": [102.9, 103.1, …]}, …]}
 *
 * Times are milliseconds; `at` is the measured arrival (median over the runs) from the run's
 * start; `latency_ms` is the median of `latency_runs`, one value per timed run.
 */
import type { Scenario } from '../scenario/types';

export const RUN_FORMAT = 'looplab-run';
export const RUN_VERSION = 1;

/** `uvicorn`: measured by LoopLab's own client; `otlp`: a real app's server spans. */
export type RunSource = 'uvicorn' | 'otlp';

export interface RunEnvironment {
  python?: string | null;
  implementation?: string | null;
  fastapi?: string | null;
  starlette?: string | null;
  uvicorn?: string | null;
  anyio?: string | null;
  httpx?: string | null;
  h11?: string | null;
  cores?: number | null;
  cpu?: string | null;
  os?: string | null;
  kernel?: string | null;
  /** The nice the measuring processes ran at (null: unchanged), and whether at real-time priority. */
  priority?: { nice: number | null; autogroup: number | null; realtime?: boolean };
  /** An OTLP import: the resource's service.name and telemetry SDK. */
  service?: string | null;
  telemetry_sdk?: string | null;
}

export interface RunRequest {
  id: number;
  route: string;
  /** Measured arrival, ms from the run's start (median over the runs). */
  at: number;
  latency_ms: number;
  /** One latency per timed run, in run order. */
  latency_runs: number[];
  /** When the endpoint's body began, ms from the run's start (median); absent for spans. */
  start_ms?: number | null;
  /** Which worker process served it, renumbered 0.. by first use (the most frequent pattern). */
  worker?: number | null;
}

export interface RunInfo {
  /** CPU time (in cores) other processes used during the run: a measure of noise. */
  other_cores: number | null;
}

export interface RunFile {
  format: typeof RUN_FORMAT;
  version: typeof RUN_VERSION;
  source: RunSource;
  /** When it was measured (ISO 8601). */
  measured_at?: string;
  scenario: Scenario;
  environment: RunEnvironment;
  repeats: number;
  /** The busy loop's speed (iterations per ms), when the scenario has CPU bursts. */
  cpu_iters_per_ms?: number | null;
  runs?: RunInfo[];
  requests: RunRequest[];
}
