/**
 * The engine against the real stack, request by request: every scenario measured on FastAPI
 * 0.92 / uvicorn 0.17 / AnyIO 3.6 / CPython 3.11 (fidelity/measured/*.json, made by
 * fidelity/run.py) is simulated and each request's latency (end − arrival) compared with the
 * median of its measured latencies. A request agrees when the two are within
 * max(15 ms, 15 %) of the measured median.
 *
 * Each scenario is compared twice: replayed at the measured arrival times (a real client's
 * "simultaneous" connections land ~0.1 ms apart, and that gap decides which worker accepts
 * them, docs/model.md#accept), and as written (the arrivals the scenario file says).
 * Closed-loop users arrive when their previous request ends, so they are only compared as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../shared/scenario/load';
import { simulate } from '../shared/engine/simulate';
import { median } from '../shared/run/loadRun';
import type { Scenario } from '../shared/scenario/types';

export const FIDELITY_DIR = dirname(fileURLToPath(import.meta.url));

/** How far the engine may be from the measured median latency: max(15 ms, 15 %). */
export const tolerance = (measuredMs: number): number => Math.max(15, 0.15 * measuredMs);

interface MeasuredRun {
  end_ms: number[];
  arrival_ms: number[];
}

export interface Measured {
  name: string;
  versions: Record<string, string>;
  repeats: number;
  pools?: 'warm' | 'cold';
  measured_at?: string;
  requests: { id: number; route: string; arrival_ms_median: number; end_ms_median: number }[];
  runs: MeasuredRun[];
}

export interface RequestComparison {
  id: number;
  route: string;
  /** Median over the runs of this request's latency (end − arrival), ms. */
  measured: number;
  /** Lowest and highest measured latency. */
  measuredMin: number;
  measuredMax: number;
  engine: number;
  agrees: boolean;
}

export interface ScenarioComparison {
  /** The file name without `.json`: the scenario's id. */
  name: string;
  title: string;
  repeats: number;
  /** Replayed at the measured arrivals (null for closed-loop scenarios: see asWritten). */
  replayed: RequestComparison[] | null;
  asWritten: RequestComparison[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Closed-loop users arrive when their previous request ends. */
const isClosedLoop = (s: Scenario) => s.requests.some((a) => 'users' in a);

/** The scenario with one request entry per measured request, at its measured arrival. */
export function replayAtMeasuredArrivals(scenario: Scenario, measured: Measured): Scenario {
  const routes = simulate(scenario, { segments: false }).requests.map((r) => r.route);
  const requests = [...measured.requests]
    .sort((a, b) => a.id - b.id)
    .map((q) => ({ route: routes[q.id]!, at: q.arrival_ms_median }));
  return { ...scenario, requests };
}

function compareRequests(scenario: Scenario, measured: Measured): RequestComparison[] {
  const simulated = simulate(scenario, { segments: false }).requests;
  return measured.requests.map((q) => {
    const latencies = measured.runs.map((run) => run.end_ms[q.id]! - run.arrival_ms[q.id]!);
    const m = median(latencies);
    const engine = simulated[q.id]!.latency;
    return {
      id: q.id,
      route: q.route,
      measured: round2(m),
      measuredMin: round2(Math.min(...latencies)),
      measuredMax: round2(Math.max(...latencies)),
      engine,
      agrees: Math.abs(engine - m) <= tolerance(m),
    };
  });
}

export function loadScenario(name: string, dir = FIDELITY_DIR): Scenario {
  const loaded = parseScenario(readFileSync(join(dir, 'scenarios', `${name}.json`), 'utf8'));
  if (!loaded.ok) throw new Error(`${name}.json: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return loaded.scenario;
}

/** The folder of `dir` that holds the reference measurements; others (measured-other-host/) hold evidence. */
export const REFERENCE = 'measured';

export function loadMeasured(name: string, dir = FIDELITY_DIR, folder = REFERENCE): Measured {
  return JSON.parse(readFileSync(join(dir, folder, `${name}.json`), 'utf8')) as Measured;
}

export function measuredNames(dir = FIDELITY_DIR, folder = REFERENCE): string[] {
  return readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * `adjust` changes the scenario before it is simulated (to try other server settings); `folder`
 * is where the measurement is (the reference unless another is named).
 */
export function compareScenario(name: string, dir = FIDELITY_DIR, adjust: (s: Scenario) => Scenario = (s) => s,
  folder = REFERENCE): ScenarioComparison {
  const scenario = adjust(loadScenario(name, dir));
  const measured = loadMeasured(name, dir, folder);
  return {
    name,
    title: measured.name,
    repeats: measured.repeats,
    replayed: isClosedLoop(scenario) ? null : compareRequests(replayAtMeasuredArrivals(scenario, measured), measured),
    asWritten: compareRequests(scenario, measured),
  };
}

/** The comparison the verdict rests on: replayed at the measured arrivals where that applies. */
export const verdictOf = (c: ScenarioComparison): RequestComparison[] => c.replayed ?? c.asWritten;

export const agrees = (rows: RequestComparison[]): boolean => rows.every((r) => r.agrees);
