/** Stand-in for assets/scenarios/index.ts: ordered built-in scenarios. */
import type { Scenario } from '../../../shared/scenario/types';
import { defaultServer } from '../../../shared/scenario/types';

export const scenarios: { id: string; scenario: Scenario }[] = [
  {
    id: 'blocking-in-async',
    scenario: {
      name: 'Blocking call in an async route',
      description: 'time.sleep(0.2) inside async def, five requests at once',
      server: defaultServer({ cores: 2 }),
      routes: [{ name: 'report', kind: 'async', steps: [{ await_io: 20, label: 'await db.fetch()' }, { blocking_io: 200, label: 'time.sleep(0.2)' }] }],
      requests: [{ route: 'report', at: 0, count: 5, every: 0 }],
    },
  },
  {
    id: 'sync-io',
    scenario: {
      name: 'A def route calling an API',
      description: 'requests.get in a def route: the thread pool carries the load',
      server: defaultServer({ cores: 2, threadpoolTokens: 4 }),
      routes: [{ name: 'proxy', kind: 'sync', steps: [{ cpu: 5 }, { blocking_io: 100, label: 'requests.get()' }] }],
      requests: [{ route: 'proxy', at: 0, count: 10, every: 5 }],
    },
  },
];
