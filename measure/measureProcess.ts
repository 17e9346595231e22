/**
 * Measures a scenario with `python -m looplab_measure run` and gives back what it measured.
 *
 * The Python leads its own process group and session (spawned detached), so that the server,
 * its workers and their pool processes are one group that is stopped as one: on success, on
 * failure, on cancel and on our own timeout the group gets SIGTERM (the Python stops uvicorn
 * gracefully), then SIGKILL, and the promise settles only once the group is empty. A separate
 * session is also a separate Linux autogroup, so the Python may raise its priority without
 * raising ours. Its stdin stays open while we want it: if this process dies, the Python sees the
 * end of its input and stops everything itself.
 *
 * Every wait is bounded: the whole measurement by a budget computed from the scenario's
 * simulated length (see `measureBudget`), the stop by `stopGraceMs` + 2 s.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Scenario } from '../shared/scenario/types';
import type { Measurement, MeasuredRun } from '../shared/run/buildRun';

export type MeasurePhase = 'calibrating' | 'starting' | 'warmup' | 'run' | 'stopping';

export interface MeasureProgress {
  phase: MeasurePhase;
  /** For `run`: which timed run (1-based) of how many. */
  run?: number;
  of?: number;
}

export interface MeasureBudget {
  /** Bound of one run of the scenario (the client gives up after it). */
  runTimeoutS: number;
  /** Bound of the server's start. */
  startTimeoutS: number;
  /** Bound of the whole measurement, after which everything is stopped. */
  totalMs: number;
}

/**
 * Bounds from the simulated makespan: a real run may be several times slower than the model.
 * A cold scenario (pools not warm) starts a fresh server for every timed run, so each run's
 * share includes a start and a stop.
 */
export function measureBudget(simulatedMakespanMs: number, repeats: number, startTimeoutS = 30): MeasureBudget {
  const runTimeoutS = Math.ceil(Math.max(10, (3 * simulatedMakespanMs) / 1000 + 5));
  const perRunS = startTimeoutS + runTimeoutS + 10; // a fresh server, the run, its stop
  const totalS = 20 /* calibration and imports */ + (repeats + 1) * perRunS + 15 /* the last stop */;
  return { runTimeoutS, startTimeoutS, totalMs: totalS * 1000 };
}

export interface MeasureOptions {
  python: string;
  scenario: Scenario;
  repeats: number;
  budget: MeasureBudget;
  signal?: AbortSignal;
  onProgress?: (progress: MeasureProgress) => void;
  /** The measuring processes' nice (and autogroup nice); applied only where allowed. */
  nice?: number;
  /** With `nice`: real-time scheduling (SCHED_RR) where allowed; for I/O-bound scenarios only. */
  realtime?: boolean;
  /** The folder holding the looplab_measure package (packageDir.ts finds it in a checkout). */
  packageDir: string;
  env?: NodeJS.ProcessEnv;
  /** How long the Python gets to stop its server after SIGTERM before everything is killed. */
  stopGraceMs?: number;
}

export type MeasureOutcome =
  | { ok: true; measurement: Measurement }
  | { ok: false; kind: 'server' | 'timeout' | 'canceled' | 'failed'; message: string; tail: string };

interface ResultEvent {
  event: 'result';
  environment: Measurement['environment'];
  iters_per_ms: number | null;
  runs: { other_cores: number | null; requests: { id: number; sent_ms: number; end_ms: number; start_ms: number | null; pid: number | null; status: number | null }[] }[];
}

export function measureOnPython(options: MeasureOptions): Promise<MeasureOutcome> {
  const { budget } = options;
  const args = ['-m', 'looplab_measure', 'run', '--repeats', String(options.repeats),
    '--run-timeout', String(budget.runTimeoutS), '--start-timeout', String(budget.startTimeoutS)];
  if (options.nice !== undefined) args.push('--nice', String(options.nice), ...(options.realtime ? ['--realtime'] : []));
  const child = spawn(options.python, args, {
    cwd: options.packageDir,
    env: { ...(options.env ?? process.env), PYTHONUNBUFFERED: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const group = child.pid;
  let stderrTail = '';
  let result: ResultEvent | undefined;
  let error: { kind: 'server' | 'timeout' | 'failed'; message: string; tail: string } | undefined;
  let stopReason: 'canceled' | 'timeout' | undefined;

  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderrTail = (stderrTail + d).slice(-8192)));
  child.stdin.on('error', () => {}); // the Python may be gone before it reads its input
  child.stdin.write(`${JSON.stringify(options.scenario)}\n`);
  createInterface({ input: child.stdout }).on('line', (line) => {
    let event: { event?: string } & Record<string, unknown>;
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      return; // not ours: a library printing to stdout
    }
    if (event.event === 'progress') options.onProgress?.({ phase: event.phase as MeasurePhase, ...(event.run === undefined ? {} : { run: event.run as number, of: event.of as number }) });
    else if (event.event === 'result') result = event as unknown as ResultEvent;
    else if (event.event === 'error') error = { kind: event.kind === 'timeout' ? 'timeout' : event.kind === 'server' ? 'server' : 'failed', message: String(event.message), tail: typeof event.tail === 'string' ? event.tail : '' };
  });

  const exited = new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code));
  });
  const stop = (reason: 'canceled' | 'timeout') => {
    if (stopReason !== undefined) return;
    stopReason = reason;
    signalGroup(group, 'SIGTERM');
    setTimeout(() => signalGroup(group, 'SIGKILL'), options.stopGraceMs ?? 5_000).unref();
  };
  const onAbort = () => stop('canceled');
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => stop('timeout'), budget.totalMs);

  return exited.then(async (code) => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    child.stdin.destroy();
    // Whatever the Python left (it was killed, or a pool process outlived the server): kill it.
    signalGroup(group, 'SIGKILL');
    await groupGone(group, 2_000);
    if (stopReason === 'canceled') return { ok: false, kind: 'canceled', message: 'the measurement was stopped', tail: '' };
    if (stopReason === 'timeout') {
      return { ok: false, kind: 'timeout', message: `the measurement took longer than its bound of ${Math.round(budget.totalMs / 1000)} s and was stopped`, tail: stderrTail };
    }
    if (error !== undefined) return { ok: false, ...error, tail: error.tail || stderrTail };
    if (code === 0 && result !== undefined) return { ok: true, measurement: toMeasurement(result) };
    return { ok: false, kind: 'failed', message: `the measuring Python exited with status ${code} without a result`, tail: stderrTail };
  });
}

function toMeasurement(r: ResultEvent): Measurement {
  const runs: MeasuredRun[] = r.runs.map((run) => ({
    other_cores: run.other_cores,
    requests: run.requests.map((q) => ({ id: q.id, sent_ms: q.sent_ms, end_ms: q.end_ms, start_ms: q.start_ms, pid: q.pid })),
  }));
  return { environment: r.environment, iters_per_ms: r.iters_per_ms, runs };
}

function signalGroup(pgid: number | undefined, signal: NodeJS.Signals): void {
  if (pgid === undefined) return;
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already empty
  }
}

/** Whether process group `pgid` still has a member (signal 0 checks without sending). */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function groupGone(pgid: number | undefined, withinMs: number): Promise<void> {
  if (pgid === undefined) return;
  const deadline = Date.now() + withinMs;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}
