/** fast-check generators of valid scenarios, for the engine's invariant tests. */
import fc from 'fast-check';
import type { Arrival, AsyncStep, Route, Scenario, SyncStep } from '../scenario/types';
import { defaultServer } from '../scenario/types';

const ms = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 60, noNaN: true }).map((x) => Math.round(x * 1000) / 1000));

const syncStep: fc.Arbitrary<SyncStep> = fc.oneof(ms.map((v) => ({ cpu: v })), ms.map((v) => ({ blocking_io: v })));
const syncSteps = fc.array(syncStep, { minLength: 1, maxLength: 3 });

const asyncStep: fc.Arbitrary<AsyncStep> = fc.letrec<{ step: AsyncStep }>((tie) => ({
  step: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    syncStep,
    ms.map((v) => ({ await_io: v })),
    fc.record({ to_thread: syncSteps, pool: fc.constantFrom('anyio' as const, 'executor' as const) }),
    fc.record({ to_process: syncSteps }),
    fc.record({ gather: fc.array(fc.array(tie('step'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }) }),
  ),
})).step;

const route = (name: string): fc.Arbitrary<Route> =>
  fc.oneof(
    fc.array(asyncStep, { minLength: 1, maxLength: 4 }).map((steps): Route => ({ name, kind: 'async', steps })),
    fc.array(syncStep, { minLength: 1, maxLength: 4 }).map((steps): Route => ({ name, kind: 'sync', steps })),
  );

const arrival = (routes: number): fc.Arbitrary<Arrival> =>
  fc.oneof(
    fc.record({
      route: fc.integer({ min: 0, max: routes - 1 }).map((i) => `r${i}`),
      at: fc.integer({ min: 0, max: 100 }),
      count: fc.integer({ min: 1, max: 8 }),
      every: fc.integer({ min: 0, max: 40 }),
    }),
    fc.record({
      route: fc.integer({ min: 0, max: routes - 1 }).map((i) => `r${i}`),
      users: fc.integer({ min: 1, max: 3 }),
      each: fc.integer({ min: 1, max: 3 }),
      think: fc.integer({ min: 0, max: 20 }),
      at: fc.integer({ min: 0, max: 50 }),
    }),
  );

export const arbitraryScenario: fc.Arbitrary<Scenario> = fc
  .record({
    cores: fc.integer({ min: 1, max: 4 }),
    workers: fc.integer({ min: 1, max: 3 }),
    threadpoolTokens: fc.integer({ min: 1, max: 4 }),
    executorThreads: fc.integer({ min: 1, max: 3 }),
    processPoolWorkers: fc.integer({ min: 1, max: 3 }),
    gil: fc.boolean(),
    switchIntervalMs: fc.constantFrom(1, 5, 10),
    loopCpuPerRequestMs: fc.constantFrom(0, 0.6),
    warmPools: fc.boolean(),
  })
  .chain((server) =>
    fc.integer({ min: 1, max: 3 }).chain((nRoutes) =>
      fc
        .record({
          routes: fc.tuple(...Array.from({ length: nRoutes }, (_, i) => route(`r${i}`))),
          requests: fc.array(arrival(nRoutes), { minLength: 1, maxLength: 3 }),
        })
        .map(({ routes, requests }): Scenario => ({ name: 'generated', server: defaultServer(server), routes, requests })),
    ),
  );
