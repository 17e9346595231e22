/**
 * Measuring one scenario, start to end, for every host (the CLI's `measure`, the desktop app's
 * "Measure now"): is it measurable, can this Python measure, run it, build the RUN.json.
 * Each failure is one kind and one plain sentence; nothing here prints or exits.
 */
import { planArrivals } from '../shared/engine/arrivals';
import { SimulationTooLargeError, simulate } from '../shared/engine/simulate';
import { buildRun } from '../shared/run/buildRun';
import { validateRun } from '../shared/run/loadRun';
import { MEASURE_LIMITS } from '../shared/run/runLimits';
import type { RunFile } from '../shared/run/runFile';
import { formatCount } from '../shared/scenario/limits';
import { totalRequests, type Scenario } from '../shared/scenario/types';
import { measureBudget, measureOnPython, type MeasureOptions } from './measureProcess';
import { checkPython } from './pythonCheck';

export type Measurability = { ok: true; makespanMs: number; cpuShare: number } | { ok: false; message: string };

/**
 * Above this share of one core (CPU work ÷ simulated makespan) a scenario is measured at a raised
 * nice only; at or below it, at real-time priority where allowed (see machine.raise_priority).
 */
export const REALTIME_MAX_CPU_SHARE = 0.2;

/** Whether a real server can replay this scenario in reasonable time. */
export function measurability(scenario: Scenario): Measurability {
  if (!scenario.server.gil) {
    return { ok: false, message: 'server.gil is false: a free-threaded CPython is not what this measures (set "gil": true, or leave it out, to measure)' };
  }
  const total = totalRequests(scenario);
  if (total > MEASURE_LIMITS.maxRequests) {
    return { ok: false, message: `sends ${formatCount(total)} requests; a measurement replays at most ${formatCount(MEASURE_LIMITS.maxRequests)} (lower a count, or users × each)` };
  }
  let makespan: number;
  let cpuMs = 0;
  try {
    const timeline = simulate(scenario, { segments: false });
    makespan = Math.max(0, ...timeline.requests.map((r) => r.end));
    for (const r of timeline.requests) cpuMs += r.time.cpu;
  } catch (e) {
    if (e instanceof SimulationTooLargeError) return { ok: false, message: e.message };
    throw e;
  }
  if (makespan > MEASURE_LIMITS.maxMakespanMs) {
    return { ok: false, message: `one run lasts ${formatCount(Math.round(makespan))} ms in the simulation; a measurement replays at most ${formatCount(MEASURE_LIMITS.maxMakespanMs)} ms per run (${MEASURE_LIMITS.maxMakespanMs / 1000} s)` };
  }
  return { ok: true, makespanMs: makespan, cpuShare: makespan > 0 ? cpuMs / makespan : 0 };
}

/** measureOnPython's options, less the budget (computed here from the simulation), with defaults for the priority. */
export interface MeasureScenarioOptions extends Pick<MeasureOptions, 'scenario' | 'python' | 'repeats' | 'signal' | 'onProgress' | 'packageDir' | 'env'> {
  /** Default −10: ahead of other work where the user may raise priority (root). */
  nice?: number;
  /** Default: real-time scheduling for scenarios whose CPU work is at most REALTIME_MAX_CPU_SHARE of a core. */
  realtime?: boolean;
  now?: () => Date;
}

export type MeasureFailure = 'invalid' | 'python' | 'server' | 'timeout' | 'canceled' | 'failed';
export type MeasureScenarioResult = { ok: true; run: RunFile } | { ok: false; kind: MeasureFailure; message: string; tail?: string };

export async function measureScenario(options: MeasureScenarioOptions): Promise<MeasureScenarioResult> {
  const { scenario } = options;
  const measurable = measurability(scenario);
  if (!measurable.ok) return { ok: false, kind: 'invalid', message: measurable.message };
  const checked = await checkPython(options.python, { packageDir: options.packageDir, env: options.env });
  if (!checked.ok) return { ok: false, kind: 'python', message: checked.message };
  if (options.signal?.aborted) return { ok: false, kind: 'canceled', message: 'the measurement was stopped' };
  const outcome = await measureOnPython({
    python: options.python,
    scenario,
    repeats: options.repeats,
    budget: measureBudget(measurable.makespanMs, options.repeats),
    nice: options.nice ?? -10,
    realtime: options.realtime ?? measurable.cpuShare <= REALTIME_MAX_CPU_SHARE,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    packageDir: options.packageDir,
    ...(options.env ? { env: options.env } : {}),
  });
  if (!outcome.ok) return { ok: false, kind: outcome.kind, message: outcome.message, tail: outcome.tail };
  const plan = planArrivals(scenario);
  const run = buildRun(scenario, (id) => scenario.routes[plan.route[id]!]!.name, outcome.measurement, (options.now ?? (() => new Date()))());
  const valid = validateRun(run);
  if (!valid.ok) {
    const first = valid.errors[0]!;
    return { ok: false, kind: 'failed', message: `the measurement gave an unusable run (${first.path}: ${first.message})` };
  }
  return { ok: true, run: valid.run };
}
