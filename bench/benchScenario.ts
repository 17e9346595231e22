/**
 * The benchmark's generated load: four routes (awaited DB call, a small CPU burst on the
 * loop, a def route contending for AnyIO tokens, an executor offload with GIL-bound work)
 * on 4 workers and 2 cores, at a steady ~4,000 requests/s.
 */
import type { Scenario } from '../shared/scenario/types';
import { defaultServer } from '../shared/scenario/types';

export function benchScenario(requests: number): Scenario {
  const perRoute = Math.ceil(requests / 4);
  const every = 1; // ms between requests of one route: 4 routes → 4,000 requests/s
  const train = (route: string, offset: number) => ({ route, at: offset, count: perRoute, every });
  return {
    name: `bench ${requests}`,
    server: defaultServer({ cores: 2, workers: 4, threadpoolTokens: 8 }),
    routes: [
      { name: 'db', kind: 'async', steps: [{ cpu: 0.05 }, { await_io: 20 }, { cpu: 0.05 }] },
      { name: 'render', kind: 'async', steps: [{ await_io: 5 }, { cpu: 0.2 }] },
      { name: 'legacy', kind: 'sync', steps: [{ blocking_io: 30 }, { cpu: 0.1 }] },
      { name: 'offload', kind: 'async', steps: [{ to_thread: [{ cpu: 0.1 }, { blocking_io: 10 }], pool: 'executor' }] },
    ],
    requests: [train('db', 0), train('render', 0.25), train('legacy', 0.5), train('offload', 0.75)],
  };
}
