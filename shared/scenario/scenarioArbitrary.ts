/**
 * fast-check generators of valid, loaded scenarios (defaults filled in), for property tests
 * of the loader here and of the engine elsewhere. Test-only: nothing in the app imports it.
 */
import fc from 'fast-check';
import { LIMITS } from './limits';
import { FIX_KINDS, type Arrival, type AsyncStep, type Route, type Scenario, type ServerConfig, type SyncStep } from './types';

export interface ScenarioShape {
  /** Largest time of a step or arrival gap. Keep small for engine tests. */
  maxMs: number;
  maxRoutes: number;
  maxSteps: number;
  maxArrivals: number;
  /** Largest count, users or each. */
  maxCount: number;
  maxGatherDepth: number;
  /** Server fields drawn across their whole valid range (loader tests) or kept small (engine tests). */
  wideServer: boolean;
}

export const SMALL_SHAPE: ScenarioShape = {
  maxMs: 200, maxRoutes: 3, maxSteps: 4, maxArrivals: 3, maxCount: 6, maxGatherDepth: 2, wideServer: false,
};

export const WIDE_SHAPE: ScenarioShape = {
  maxMs: LIMITS.maxTimeMs, maxRoutes: 4, maxSteps: 4, maxArrivals: 4, maxCount: 1000, maxGatherDepth: 3, wideServer: true,
};

const noNegativeZero = (n: number) => n + 0;

function timeArb(maxMs: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: 0, max: Math.min(maxMs, 1000) }),
    fc.double({ min: 0, max: maxMs, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero),
  );
}

/** A label, and sometimes where an analysed Python file had the step (line, column, assumed). */
const labelArb = fc.option(
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 24 }).map((label): NotesArb => ({ label })) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 24 }), fc.nat(5000), fc.nat(120), fc.boolean())
      .map(([label, line, column, assumed]): NotesArb => ({ label, line: line + 1, column: column + 1, assumed })) },
  ),
  { nil: undefined },
);
type NotesArb = { label: string; line?: number; column?: number; assumed?: boolean } | undefined;

function withLabel<T extends object>(step: T, notes: NotesArb): T {
  if (notes === undefined) return step;
  const { assumed, ...rest } = notes;
  // Only a step with a duration of its own may say that duration is assumed.
  const timed = 'cpu' in step || 'blocking_io' in step || 'await_io' in step;
  return { ...step, ...rest, ...(timed && assumed !== undefined ? { assumed } : {}) };
}

function syncStepArb(shape: ScenarioShape): fc.Arbitrary<SyncStep> {
  const t = timeArb(shape.maxMs);
  return fc.oneof(
    fc.tuple(t, labelArb).map(([cpu, l]) => withLabel({ cpu }, l)),
    fc.tuple(t, labelArb).map(([blocking_io, l]) => withLabel({ blocking_io }, l)),
  );
}

function asyncStepArb(shape: ScenarioShape, gatherDepth: number): fc.Arbitrary<AsyncStep> {
  const t = timeArb(shape.maxMs);
  const sync = fc.array(syncStepArb(shape), { minLength: 1, maxLength: 3 });
  const leaves: fc.Arbitrary<AsyncStep>[] = [
    syncStepArb(shape),
    fc.tuple(t, labelArb).map(([await_io, l]) => withLabel({ await_io }, l)),
    fc.tuple(sync, fc.constantFrom('anyio' as const, 'executor' as const), labelArb).map(([to_thread, pool, l]) => withLabel({ to_thread, pool }, l)),
    fc.tuple(sync, labelArb).map(([to_process, l]) => withLabel({ to_process }, l)),
  ];
  if (gatherDepth < shape.maxGatherDepth) {
    const branch = fc.array(asyncStepArb(shape, gatherDepth + 1), { minLength: 1, maxLength: 3 });
    leaves.push(fc.tuple(fc.array(branch, { minLength: 1, maxLength: 3 }), labelArb).map(([gather, l]) => withLabel({ gather }, l)));
  }
  return fc.oneof(...leaves);
}

function serverArb(shape: ScenarioShape): fc.Arbitrary<ServerConfig> {
  const w = shape.wideServer;
  return fc.record({
    cores: fc.integer({ min: 1, max: w ? LIMITS.cores.max : 4 }),
    workers: fc.integer({ min: 1, max: w ? LIMITS.workers.max : 3 }),
    threadpoolTokens: fc.integer({ min: 1, max: w ? LIMITS.threadpoolTokens.max : 40 }),
    executorThreads: fc.integer({ min: 1, max: w ? LIMITS.executorThreads.max : 8 }),
    processPoolWorkers: fc.integer({ min: 1, max: w ? LIMITS.processPoolWorkers.max : 4 }),
    gil: fc.boolean(),
    warmPools: fc.boolean(),
    loopCpuPerRequestMs: fc.constantFrom(0, 0.6, 2),
    switchIntervalMs: fc.oneof(
      fc.constantFrom(5, 0.1, LIMITS.switchIntervalMs.max),
      fc.double({ min: LIMITS.switchIntervalMs.min, max: w ? LIMITS.switchIntervalMs.max : 20, noNaN: true }),
    ),
  });
}

function routeArb(name: string, shape: ScenarioShape): fc.Arbitrary<Route> {
  return fc.oneof(
    fc.array(asyncStepArb(shape, 0), { maxLength: shape.maxSteps }).map((steps): Route => ({ name, kind: 'async', steps })),
    fc.array(syncStepArb(shape), { maxLength: shape.maxSteps }).map((steps): Route => ({ name, kind: 'sync', steps })),
  );
}

function arrivalArb(routeNames: string[], shape: ScenarioShape): fc.Arbitrary<Arrival> {
  const route = fc.constantFrom(...routeNames);
  const t = timeArb(shape.maxMs);
  const count = fc.integer({ min: 1, max: shape.maxCount });
  const train = fc.record(
    { route, at: t, count, every: t },
    { requiredKeys: ['route', 'at'] },
  );
  const closed = fc.record(
    { route, users: fc.integer({ min: 1, max: Math.max(1, Math.floor(shape.maxCount / 2)) }), each: fc.integer({ min: 1, max: 3 }), think: t, at: t },
    { requiredKeys: ['route', 'users', 'each', 'think'] },
  );
  return fc.oneof(train, closed);
}

/** A valid scenario, exactly as parseScenario returns it. */
export function scenarioArbitrary(shape: ScenarioShape = SMALL_SHAPE): fc.Arbitrary<Scenario> {
  const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: shape.maxRoutes });
  return names.chain((routeNames) =>
    fc.record(
      {
        name: fc.string({ minLength: 1, maxLength: 30 }),
        description: fc.string({ maxLength: 60 }),
        server: serverArb(shape),
        routes: fc.tuple(...routeNames.map((n) => routeArb(n, shape))),
        requests: fc.array(arrivalArb(routeNames, shape), { minLength: 1, maxLength: shape.maxArrivals }),
        fixes: fc.array(fc.record({ line: fc.integer({ min: 1, max: 500 }), column: fc.integer({ min: 1, max: 80 }), fix: fc.constantFrom(...FIX_KINDS) }), { maxLength: 3 }),
      },
      { requiredKeys: ['name', 'server', 'routes', 'requests'] },
    ),
  );
}
