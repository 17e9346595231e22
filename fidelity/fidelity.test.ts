/**
 * The engine against the real stack: every scenario measured on FastAPI 0.92 / uvicorn 0.17 /
 * AnyIO 3.6 (fidelity/measured/*.json, made by fidelity/run.py) must end each request within
 * max(15 ms, 15 %) of its measured median: the fidelity the app promises learners. Each request is replayed at its measured
 * arrival time: a real client's "simultaneous" connections land ~0.1 ms apart, and that gap
 * decides which worker accepts them (docs/model.md#accept).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../shared/scenario/load';
import { simulate } from '../shared/engine/simulate';
import type { Scenario } from '../shared/scenario/types';

interface MeasuredRequest {
  id: number;
  arrival_ms_median: number;
  end_ms_median: number;
  worker: number;
}
interface Measured {
  versions: Record<string, string>;
  requests: MeasuredRequest[];
}

const DIR = __dirname;
const tolerance = (measuredMs: number) => Math.max(15, 0.15 * measuredMs);

/** The scenario with one request entry per measured request, at its measured arrival. */
export function replayAtMeasuredArrivals(scenario: Scenario, measured: Measured): Scenario {
  const routes = simulate(scenario, { segments: false }).requests.map((r) => r.route);
  const requests = [...measured.requests]
    .sort((a, b) => a.id - b.id)
    .map((q) => ({ route: routes[q.id]!, at: q.arrival_ms_median }));
  return { ...scenario, requests };
}

/**
 * Measured behaviour the model does not reproduce yet, reported as skipped with the reason.
 * CPython's GIL is not FIFO: a waiter asks the holder to drop it only if no switch happened
 * during its own interval, so two CPU-bound threads passing the GIL every 5 ms keep the loop
 * from ever forcing a switch. The loop then loses nearly every hand-over (~80–90 ms of loop
 * time per request, measured) where the model's FIFO queue gives it ~10 ms; pings queue up.
 */
const KNOWN_GAPS: Record<string, string> = {
  k2_gil_two_threads: 'pings beside 2 CPU-bound threads: measured latency 206–882 ms, engine 156–604 ms (CPython GIL is not FIFO)',
  k_gil_convoy: 'pings beside 3 CPU-bound threads: measured latency 206–900 ms, engine 179–638 ms (CPython GIL is not FIFO)',
};

const files = readdirSync(join(DIR, 'measured')).filter((f) => f.endsWith('.json')).sort();
/** Closed-loop users arrive when their previous request ends, so they are compared as written. */
const isClosedLoop = (s: Scenario) => s.requests.some((a) => 'users' in a);

describe('the engine matches the real stack within max(15 ms, 15 %) of each measured end', () => {
  it('has measurements to compare against', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files) {
    const name = file.replace('.json', '');
    const gap = KNOWN_GAPS[name];
    if (gap !== undefined) {
      it.skip(`${name} — known gap: ${gap}`, () => {});
      continue;
    }
    it(name, () => {
      const measured = JSON.parse(readFileSync(join(DIR, 'measured', file), 'utf8')) as Measured;
      expect(measured.versions.fastapi).toBe('0.92.0');
      const loaded = parseScenario(readFileSync(join(DIR, 'scenarios', file), 'utf8'));
      if (!loaded.ok) throw new Error(`${file}: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
      const scenario = isClosedLoop(loaded.scenario) ? loaded.scenario : replayAtMeasuredArrivals(loaded.scenario, measured);
      const simulated = simulate(scenario).requests;
      const misses = measured.requests
        .map((q) => ({ id: q.id, measured: q.end_ms_median, engine: simulated[q.id]!.end }))
        .filter((r) => Math.abs(r.engine - r.measured) > tolerance(r.measured));
      expect(misses, `requests outside tolerance (ms): ${JSON.stringify(misses)}`).toEqual([]);
    });
  }
});
