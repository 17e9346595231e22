/** A small valid run and its scenario, for the run tests (tests only). */
import { defaultServer, type Scenario } from '../scenario/types';
import { median } from './loadRun';
import { RUN_FORMAT, RUN_VERSION, type RunFile } from './runFile';

export const blockingScenario: Scenario = {
  name: 'blocking call in async def',
  server: defaultServer({ loopCpuPerRequestMs: 0 }), // round figures: the loop's own work left out
  routes: [
    { name: 'report', kind: 'async', steps: [{ blocking_io: 100 }] },
    { name: 'ping', kind: 'async', steps: [{ await_io: 10 }] },
  ],
  requests: [{ route: 'report', at: 0, count: 2 }, { route: 'ping', at: 50 }],
};

/** Latencies per request, one list per request (runs in order). */
export function runOf(scenario: Scenario, latencies: number[][], at: number[] = latencies.map(() => 0)): RunFile {
  const routes = ['report', 'report', 'ping'];
  return {
    format: RUN_FORMAT,
    version: RUN_VERSION,
    source: 'uvicorn',
    scenario,
    environment: { python: '3.11.2', fastapi: '0.92.0', cores: 2 },
    repeats: latencies[0]!.length,
    requests: latencies.map((runs, id) => ({ id, route: routes[id]!, at: at[id]!, latency_ms: median(runs), latency_runs: runs })),
  };
}
