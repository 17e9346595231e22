import { describe, expect, it } from 'vitest';
import { validateScenario } from './load';
import { LIMITS } from './limits';
import { docWithSteps, errorLines } from './testDocs';

const asyncErrors = (...steps: unknown[]) => errorLines(docWithSteps('async', steps));
const syncErrors = (...steps: unknown[]) => errorLines(docWithSteps('sync', steps));

describe('valid steps', () => {
  it('accepts every kind in an async route and fills in the default pool', () => {
    const result = validateScenario(
      docWithSteps('async', [
        { cpu: 5, label: 'parse()' },
        { await_io: 50, label: 'await db.fetch(user_id)' },
        { blocking_io: 0 },
        { to_thread: [{ cpu: 1 }, { blocking_io: 2 }] },
        { to_thread: [{ blocking_io: 2 }], pool: 'executor' },
        { to_process: [{ cpu: 100 }] },
        { gather: [[{ await_io: 1 }], [{ gather: [[{ cpu: 1 }]] }]] },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.routes[0]!.steps).toEqual([
      { cpu: 5, label: 'parse()' },
      { await_io: 50, label: 'await db.fetch(user_id)' },
      { blocking_io: 0 },
      { to_thread: [{ cpu: 1 }, { blocking_io: 2 }], pool: 'anyio' },
      { to_thread: [{ blocking_io: 2 }], pool: 'executor' },
      { to_process: [{ cpu: 100 }] },
      { gather: [[{ await_io: 1 }], [{ gather: [[{ cpu: 1 }]] }]] },
    ]);
  });

  it('accepts cpu and blocking_io in a sync route', () => {
    expect(syncErrors({ cpu: 5 }, { blocking_io: 100, label: 'requests.get(url)' })).toEqual([]);
  });

  it('accepts a route with no steps (a handler that only returns)', () => {
    expect(asyncErrors()).toEqual([]);
  });

  it('turns -0 into 0', () => {
    const result = validateScenario(docWithSteps('async', [{ cpu: -0 }]));
    expect(result.ok && Object.is((result.scenario.routes[0]!.steps[0] as { cpu: number }).cpu, 0)).toBe(true);
  });
});

describe('steps a sync route may not have', () => {
  it('rejects await_io, saying await needs async def', () => {
    expect(syncErrors({ cpu: 1 }, { cpu: 1 }, { await_io: 5 })).toEqual([
      'routes[0].steps[2].await_io: not allowed in a sync route (await needs async def; use blocking_io, or make the route async)',
    ]);
  });

  it('rejects to_thread, to_process and gather', () => {
    expect(syncErrors({ to_thread: [{ cpu: 1 }] }, { to_process: [{ cpu: 1 }] }, { gather: [[{ cpu: 1 }]] })).toEqual([
      expect.stringMatching(/^routes\[0\]\.steps\[0\]\.to_thread: not allowed in a sync route \(a def route already runs on a pool thread/),
      expect.stringMatching(/^routes\[0\]\.steps\[1\]\.to_process: not allowed in a sync route \(awaiting a process pool needs async def/),
      expect.stringMatching(/^routes\[0\]\.steps\[2\]\.gather: not allowed in a sync route \(asyncio\.gather needs async def/),
    ]);
  });
});

describe('steps inside to_thread and to_process', () => {
  it('allow only cpu and blocking_io', () => {
    expect(asyncErrors({ to_thread: [{ await_io: 1 }, { gather: [[{ cpu: 1 }]] }] }, { to_process: [{ to_thread: [{ cpu: 1 }] }] })).toEqual([
      'routes[0].steps[0].to_thread[0].await_io: not allowed inside to_thread (that code runs in a thread, where there is no await; use blocking_io)',
      'routes[0].steps[0].to_thread[1].gather: not allowed inside to_thread (that code runs in a thread: only cpu and blocking_io steps)',
      'routes[0].steps[1].to_process[0].to_thread: not allowed inside to_process (that code runs in a process: only cpu and blocking_io steps)',
    ]);
  });

  it('must not be empty', () => {
    expect(asyncErrors({ to_thread: [] }, { to_process: [] })).toEqual([
      'routes[0].steps[0].to_thread: is empty (list the sync code the thread runs, e.g. [{"cpu": 50}])',
      'routes[0].steps[1].to_process: is empty (list the sync code the process runs, e.g. [{"cpu": 50}])',
    ]);
  });

  it('must be lists', () => {
    expect(asyncErrors({ to_thread: { cpu: 1 } })).toEqual([
      'routes[0].steps[0].to_thread: must be a list of steps like [{"cpu": 10}, {"blocking_io": 200}] (got an object)',
    ]);
  });
});

describe('the pool of a to_thread step', () => {
  it('must be anyio or executor', () => {
    expect(asyncErrors({ to_thread: [{ cpu: 1 }], pool: 'threads' })).toEqual([
      expect.stringMatching(/^routes\[0\]\.steps\[0\]\.pool: must be "anyio" \(run_in_threadpool.*or "executor" \(asyncio\.to_thread.*got the text "threads"/),
    ]);
  });

  it('belongs to to_thread only', () => {
    expect(asyncErrors({ cpu: 1, pool: 'anyio' })).toEqual(['routes[0].steps[0].pool: only a to_thread step has a pool (remove it)']);
  });
});

describe('gather', () => {
  it('needs at least one branch, and branches need steps', () => {
    expect(asyncErrors({ gather: [] }, { gather: [[{ await_io: 1 }], []] }, { gather: [{ await_io: 1 }] })).toEqual([
      expect.stringMatching(/^routes\[0\]\.steps\[0\]\.gather: must be a non-empty list of branches.*got an empty list/),
      expect.stringMatching(/^routes\[0\]\.steps\[1\]\.gather\[1\]: is an empty branch/),
      expect.stringMatching(/^routes\[0\]\.steps\[2\]\.gather\[0\]: must be a list of steps/),
    ]);
  });

  it('checks the steps of each branch as async code', () => {
    expect(asyncErrors({ gather: [[{ await_io: 1 }], [{ to_thread: [{ await_io: 2 }] }]] })).toEqual([
      expect.stringMatching(/^routes\[0\]\.steps\[0\]\.gather\[1\]\[0\]\.to_thread\[0\]\.await_io: not allowed inside to_thread/),
    ]);
  });

  it(`may nest ${LIMITS.maxGatherDepth} deep but not deeper`, () => {
    const nest = (depth: number): unknown => (depth === 0 ? { await_io: 1 } : { gather: [[nest(depth - 1)]] });
    expect(asyncErrors(nest(LIMITS.maxGatherDepth))).toEqual([]);
    const lines = asyncErrors(nest(LIMITS.maxGatherDepth + 1));
    expect(lines).toEqual([expect.stringMatching(/gather is nested more than 8 levels deep/)]);
    expect(lines[0]).toMatch(/^routes\[0\]\.steps\[0\](\.gather\[0\]\[0\]){8}\.gather:/);
  });
});

describe('malformed steps', () => {
  it('rejects a step that is not an object', () => {
    expect(asyncErrors(5, 'cpu', null)).toEqual([
      expect.stringMatching(/^routes\[0\]\.steps\[0\]: must be a step object like \{"cpu": 10\}.*got 5/),
      expect.stringMatching(/^routes\[0\]\.steps\[1\]: must be a step object.*got the text "cpu"/),
      expect.stringMatching(/^routes\[0\]\.steps\[2\]: must be a step object.*got null/),
    ]);
  });

  it('rejects a step with no kind', () => {
    expect(asyncErrors({}, { label: 'x' })).toEqual([
      'routes[0].steps[0]: has no kind (a step is one of cpu, blocking_io, await_io, to_thread, to_process, gather, with an optional label, e.g. {"cpu": 10})',
      'routes[0].steps[1]: has no kind (a step is one of cpu, blocking_io, await_io, to_thread, to_process, gather, with an optional label, e.g. {"cpu": 10})',
    ]);
  });

  it('rejects a step with two kinds', () => {
    expect(asyncErrors({ cpu: 1, await_io: 2 })).toEqual([
      'routes[0].steps[0]: has 2 kinds (cpu and await_io); a step has exactly one (split it into consecutive steps)',
    ]);
  });

  it('rejects an unknown step kind, suggesting a close one', () => {
    expect(asyncErrors({ cpus: 1 }, { await: 3 }, { frobnicate: 1 })).toEqual([
      expect.stringMatching(/^routes\[0\]\.steps\[0\]\.cpus: unknown step kind \(did you mean "cpu"\?/),
      expect.stringMatching(/^routes\[0\]\.steps\[1\]\.await: unknown step kind \(did you mean "await_io"\?/),
      'routes[0].steps[2].frobnicate: unknown step kind (a step is one of cpu, blocking_io, await_io, to_thread, to_process, gather, with an optional label)',
    ]);
  });

  it('rejects an unknown key beside a kind', () => {
    expect(asyncErrors({ cpu: 1, lable: 'x' })).toEqual([
      'routes[0].steps[0].lable: unknown key (did you mean "label"? a cpu step may also have: label, line, column, assumed)',
    ]);
  });

  it('rejects a label that is not text or is too long', () => {
    expect(asyncErrors({ cpu: 1, label: 3 }, { cpu: 1, label: 'x'.repeat(LIMITS.maxLabelChars + 1) })).toEqual([
      expect.stringMatching(/^routes\[0\]\.steps\[0\]\.label: must be text in double quotes/),
      expect.stringMatching(/^routes\[0\]\.steps\[1\]\.label: is longer than 200 characters/),
    ]);
  });
});

describe('where an analysed Python file had a step', () => {
  it('keeps line, column and assumed on the steps that carry them', () => {
    const result = validateScenario(docWithSteps('async', [
      { blocking_io: 100, label: 'requests.get(url)', line: 14, column: 9, assumed: true },
      { to_thread: [{ cpu: 5, line: 20, column: 5 }], pool: 'executor', line: 19, column: 11 },
    ]));
    expect(result.ok && result.scenario.routes[0]!.steps).toEqual([
      { blocking_io: 100, label: 'requests.get(url)', line: 14, column: 9, assumed: true },
      { to_thread: [{ cpu: 5, line: 20, column: 5 }], pool: 'executor', line: 19, column: 11 },
    ]);
  });

  it('refuses a line that is not a whole number from 1, an assumed that is not true or false, and assumed on a step without a duration', () => {
    expect(asyncErrors({ cpu: 1, line: 0 }, { cpu: 1, column: 2.5 }, { cpu: 1, assumed: 'yes' }, { to_process: [{ cpu: 1 }], assumed: true })).toEqual([
      expect.stringMatching(/^routes\[0\]\.steps\[0\]\.line: must be a whole number from 1 to 10,000,000: the line of the Python file/),
      expect.stringMatching(/^routes\[0\]\.steps\[1\]\.column: must be a whole number from 1/),
      'routes[0].steps[2].assumed: must be true (the duration is a guess) or false (got the text "yes")',
      'routes[0].steps[3].assumed: only a cpu, blocking_io, await_io step has a duration to assume (remove it)',
    ]);
  });
});

describe('step times', () => {
  it.each([
    [-1, /must not be negative .*got -1/],
    [Number.NaN, /must be a number of milliseconds from 0 to 3,600,000 \(got NaN\)/],
    [Number.POSITIVE_INFINITY, /got Infinity/],
    ['200', /got the text "200"/],
    [null, /got null/],
    [LIMITS.maxTimeMs + 1, /is longer than the limit of 3,600,000 ms, one hour/],
  ])('rejects %s', (value, message) => {
    for (const kind of ['cpu', 'blocking_io', 'await_io']) {
      expect(asyncErrors({ [kind]: value })).toEqual([expect.stringMatching(new RegExp(`^routes\\[0\\]\\.steps\\[0\\]\\.${kind}: .*${message.source}`))]);
    }
  });

  it('accepts fractions of a millisecond and exactly the limit', () => {
    expect(asyncErrors({ cpu: 0.001 }, { await_io: LIMITS.maxTimeMs })).toEqual([]);
  });
});

describe('steps per route', () => {
  it(`accepts ${LIMITS.maxStepsPerRoute} steps, counting nested ones`, () => {
    const half = LIMITS.maxStepsPerRoute / 2;
    expect(asyncErrors(...Array.from({ length: half - 1 }, () => ({ cpu: 1 })), { to_thread: Array.from({ length: half }, () => ({ cpu: 1 })) })).toEqual([]);
  });

  it('rejects one more, counting nested ones, with one message', () => {
    const half = LIMITS.maxStepsPerRoute / 2;
    const lines = asyncErrors(...Array.from({ length: half }, () => ({ cpu: 1 })), { to_thread: Array.from({ length: half }, () => ({ cpu: 1 })) });
    expect(lines).toEqual([expect.stringMatching(/^routes\[0\]\.steps\[500\]\.to_thread: brings the route past 1,000 steps, the limit per route/)]);
  });

  // How fast is bench/scenarioLimits.bench.ts's to print (a timed test flakes on a busy machine).
  it('refuses a million steps with one message', () => {
    const steps = Array.from({ length: 1_000_000 }, () => ({ cpu: 1 }));
    expect(errorLines(docWithSteps('async', steps))).toEqual([expect.stringMatching(/^routes\[0\]\.steps: .*1,000 steps, the limit per route/)]);
  });
});
