import { describe, expect, it } from 'vitest';
import { applyFixes, hasStepAt } from './applyFixes';
import { defaultServer, type Scenario } from '../scenario/types';
import { validateScenario } from '../scenario/load';

const sleep = { blocking_io: 200, label: 'time.sleep(0.2)', line: 11, column: 5 };
const hash = { cpu: 250, label: 'bcrypt.hashpw(pw, salt)', line: 14, column: 12, assumed: true };
const scenario = (fixes: Scenario['fixes']): Scenario => ({
  name: 'app.py', server: defaultServer(),
  routes: [
    { name: 'GET /a', kind: 'async', steps: [sleep, { await_io: 20, label: 'await db.get(k)', line: 12, column: 9 }] },
    { name: 'GET /b', kind: 'async', steps: [{ gather: [[sleep], [hash]] }] },
    { name: 'GET /c', kind: 'sync', steps: [sleep] },
  ],
  requests: [{ route: 'GET /a', at: 0 }],
  ...(fixes ? { fixes } : {}),
});

describe('the scenario with its fixes applied', () => {
  it('turns a blocking call into an awaited one in every async route that has it, gather branches too', () => {
    const fixed = applyFixes(scenario([{ line: 11, column: 5, fix: 'await' }]));
    const awaited = { await_io: 200, label: 'time.sleep(0.2) → await', line: 11, column: 5 };
    expect(fixed.routes[0]!.steps[0]).toEqual(awaited);
    expect(fixed.routes[1]!.steps[0]).toEqual({ gather: [[awaited], [hash]] });
    expect(fixed.routes[2]).toEqual(scenario(undefined).routes[2]); // a def route blocks only its own thread
    expect(fixed.name).toBe('app.py (with fixes)');
  });

  it('moves a step to the thread pool or a process pool, keeping where it came from', () => {
    expect(applyFixes(scenario([{ line: 11, column: 5, fix: 'threadpool' }])).routes[0]!.steps[0]).toEqual({ to_thread: [sleep], pool: 'anyio', label: 'await run_in_threadpool(…)', line: 11, column: 5 });
    expect(applyFixes(scenario([{ line: 14, column: 12, fix: 'process' }])).routes[1]!.steps[0]).toEqual({ gather: [[sleep], [{ to_process: [hash], label: 'await loop.run_in_executor(pool, …)', line: 14, column: 12 }]] });
  });

  it('makes every route with the step def, as the editor\'s switch does', () => {
    const fixed = applyFixes(scenario([{ line: 14, column: 12, fix: 'def' }]));
    expect(fixed.routes.map((r) => r.kind)).toEqual(['async', 'sync', 'sync']);
    expect(fixed.routes[1]!.steps).toEqual([sleep, hash]);
  });

  it('gives a valid scenario for every kind of fix, and changes nothing without fixes', () => {
    for (const fix of ['await', 'threadpool', 'process', 'def'] as const) {
      for (const at of [{ line: 11, column: 5 }, { line: 14, column: 12 }]) expect(validateScenario(applyFixes(scenario([{ ...at, fix }]))).ok).toBe(true);
    }
    expect(applyFixes(scenario(undefined)).routes).toEqual(scenario(undefined).routes);
  });

  it('knows whether a step stands at a place', () => {
    expect(hasStepAt(scenario(undefined), 14, 12)).toBe(true);
    expect(hasStepAt(scenario(undefined), 14, 13)).toBe(false);
  });
});
