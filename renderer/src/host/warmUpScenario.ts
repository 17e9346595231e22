/**
 * What the engine workers simulate while the page is idle, so V8 has optimised the engine
 * before a user opens a big scenario (see EngineClient.warmUp). Every kind of step and
 * resource takes part, so every hot path gets compiled; 2,000 requests take ~10 ms warm.
 */
import { defaultServer, type Scenario } from '../../../shared/scenario/types';

export const WARM_UP_RUNS = 5;

export const warmUpScenario: Scenario = {
  name: 'engine warm-up',
  server: defaultServer({ workers: 2, cores: 4 }),
  routes: [
    {
      name: 'mixed', kind: 'async', steps: [
        { cpu: 1 }, { await_io: 20 }, { to_thread: [{ blocking_io: 5 }, { cpu: 2 }], pool: 'anyio' },
        { to_thread: [{ blocking_io: 3 }], pool: 'executor' }, { to_process: [{ cpu: 4 }] },
        { gather: [[{ await_io: 5 }], [{ await_io: 8 }, { cpu: 0.5 }]] }, { blocking_io: 1 },
      ],
    },
    { name: 'plain', kind: 'sync', steps: [{ cpu: 3 }, { blocking_io: 10 }] },
  ],
  requests: [
    { route: 'mixed', at: 0, count: 1_000, every: 2 },
    { route: 'plain', at: 1, count: 1_000, every: 2 },
  ],
};
