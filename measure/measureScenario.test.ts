/**
 * Measuring on the real stack (FastAPI under uvicorn, loopback): three small I/O-bound
 * scenarios, chosen so that a busy machine does not move them by more than the band, each
 * agree with the simulation within max(15 ms, 15 %); latency_runs are per-run values; and no
 * process of the measurement outlives it. Skipped, with the reason, without a Python that has
 * FastAPI, uvicorn and httpx (.ci/run installs Debian's).
 *
 * Requests to one route sent at the same moment are compared rank by rank, as compareRun does
 * for every user (a busy machine swaps which of them the server reads first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../shared/engine/simulate';
import { compareRun } from '../shared/run/compareRun';
import { median } from '../shared/run/loadRun';
import { parseScenario } from '../shared/scenario/load';
import type { Scenario, Step } from '../shared/scenario/types';
import { measureScenario } from './measureScenario';
import { markedEnv, measuringPython, NO_PYTHON_REASON, PACKAGE_DIR, processesMarked } from './testSupport';

const python = await measuringPython();
const REPEATS = 3;

/** How long a route's own steps take with no waiting: a gather takes its longest branch. */
function ownMs(steps: readonly Step[]): number {
  let ms = 0;
  for (const step of steps) {
    if ('gather' in step) ms += Math.max(...step.gather.map(ownMs));
    else if ('to_thread' in step) ms += ownMs(step.to_thread);
    else if ('to_process' in step) ms += ownMs(step.to_process);
    else ms += 'cpu' in step ? step.cpu : 'blocking_io' in step ? step.blocking_io : step.await_io;
  }
  return ms;
}

export function scenarioFile(name: string): Scenario {
  const loaded = parseScenario(readFileSync(join(__dirname, 'scenarios', `${name}.json`), 'utf8'));
  if (!loaded.ok) throw new Error(`${name}: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return loaded.scenario;
}

describe.skipIf(python === undefined)(`measuring on real FastAPI ${python === undefined ? `(skipped: ${NO_PYTHON_REASON})` : `(${python})`}`, () => {
  // Two of the three measured scenarios; the third is measured through the command line (cli/measureCommand.test.ts).
  for (const name of ['token-queue', 'every-step']) {
    it(`${name}: every request agrees with the simulation, from real per-run latencies, and nothing is left running`, async () => {
      const scenario = scenarioFile(name);
      const { env, mark } = markedEnv();
      const phases: string[] = [];
      const result = await measureScenario({ scenario, python: python!, repeats: REPEATS, env, packageDir: PACKAGE_DIR, onProgress: (p) => phases.push(p.phase + (p.run ? p.run : '')) });
      if (!result.ok) throw new Error(`${result.kind}: ${result.message}\n${result.tail ?? ''}`);
      const { run } = result;

      const timeline = simulate(scenario, { segments: false });
      expect(run.requests).toHaveLength(timeline.requests.length);
      const c = compareRun(run, { count: timeline.requests.length, arrival: (i) => timeline.requests[i]!.arrival, end: (i) => timeline.requests[i]!.end });
      const outside = c.requests.filter((r) => !r.agrees).map((r) => `#${r.id} measured ${r.measuredMs} simulated ${r.simulatedMs}`);
      expect(outside, `requests outside max(15 ms, 15 %); per-run latencies: ${JSON.stringify(run.requests.map((q) => q.latency_runs))}`).toEqual([]);
      expect(c.agreeing).toBe(timeline.requests.length);

      expect(run.repeats).toBe(REPEATS);
      for (const q of run.requests) {
        expect(q.latency_runs).toHaveLength(REPEATS);
        expect(q.latency_ms).toBeCloseTo(median(q.latency_runs), 3);
        // Real runs: none is shorter than the request's own sleeps and bursts, and clocks differ run to run.
        const route = scenario.routes.find((r) => r.name === q.route)!;
        expect(Math.min(...q.latency_runs)).toBeGreaterThanOrEqual(ownMs(route.steps) * 0.98);
      }
      const distinct = new Set(run.requests.flatMap((q) => q.latency_runs));
      expect(distinct.size).toBeGreaterThan(run.requests.length);

      expect(run.environment).toMatchObject({ fastapi: expect.any(String), uvicorn: expect.any(String), anyio: expect.any(String), starlette: expect.any(String), python: expect.any(String), cores: expect.any(Number) });
      // A warm server gets one warm-up run; a cold scenario a fresh server for every timed run.
      const expected = scenario.server.warmPools
        ? ['starting', 'warmup', ...Array.from({ length: REPEATS }, (_, i) => `run${i + 1}`), 'stopping']
        : [...Array.from({ length: REPEATS }, (_, i) => ['starting', `run${i + 1}`]).flat(), 'stopping'];
      const calibrates = scenario.routes.some((r) => JSON.stringify(r.steps).includes('"cpu"'));
      expect(phases).toEqual([...(calibrates ? ['calibrating'] : []), ...expected]);
      // I/O-bound: measured at real-time priority where allowed (root here and in CI).
      if (process.getuid?.() === 0) expect(run.environment.priority).toEqual({ nice: -10, autogroup: -10, realtime: true });
      expect(processesMarked(mark)).toEqual([]);
    }, 60_000);
  }
});
