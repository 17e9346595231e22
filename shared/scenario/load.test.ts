import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { parseScenario, validateScenario } from './load';
import { LIMITS } from './limits';
import { defaultServer } from './types';
import { errorLines, textErrorLines, validDoc } from './testDocs';

describe('loading a valid scenario', () => {
  it('returns the scenario with every server default filled in', () => {
    const result = parseScenario(JSON.stringify(validDoc()));
    expect(result).toEqual({
      ok: true,
      scenario: { ...validDoc(), server: defaultServer() },
    });
  });

  it('derives executorThreads and processPoolWorkers from the cores given', () => {
    const result = validateScenario({ ...validDoc(), server: { cores: 8 } });
    expect(result.ok && result.scenario.server).toMatchObject({ cores: 8, executorThreads: 12, processPoolWorkers: 8 });
  });

  it('keeps the description', () => {
    const result = validateScenario({ ...validDoc(), description: 'five requests at once' });
    expect(result.ok && result.scenario.description).toBe('five requests at once');
  });

  it('does not modify the value it is given', () => {
    const doc = validDoc();
    const before = JSON.stringify(doc);
    validateScenario(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('the document as a whole', () => {
  it('rejects a value that is not an object', () => {
    expect(errorLines([1, 2])).toEqual([expect.stringMatching(/^a scenario must be a JSON object .*got a list/)]);
    expect(errorLines(null)).toEqual([expect.stringMatching(/got null/)]);
    expect(errorLines('text')).toHaveLength(1);
  });

  it('rejects an unknown top-level key, suggesting the intended one', () => {
    expect(errorLines({ ...validDoc(), reqests: [] })).toEqual([
      'reqests: unknown key (did you mean "requests"? a scenario has name, description, server, routes, requests, fixes)',
    ]);
  });

  it('requires a name, routes and requests', () => {
    expect(errorLines({})).toEqual([
      'name: is required (a short title, e.g. "blocking call in an async route")',
      expect.stringMatching(/^routes: is required \(e\.g\./),
      expect.stringMatching(/^requests: is required \(list who sends what and when/),
    ]);
  });

  it('rejects an empty name and a name that is not text', () => {
    expect(errorLines({ ...validDoc(), name: '' })).toEqual([expect.stringMatching(/^name: must not be empty/)]);
    expect(errorLines({ ...validDoc(), name: 7 })).toEqual([expect.stringMatching(/^name: must be text in double quotes.*got 7/)]);
  });

  it('rejects a description that is not text or is too long', () => {
    expect(errorLines({ ...validDoc(), description: ['a'] })).toEqual([expect.stringMatching(/^description: must be text/)]);
    expect(errorLines({ ...validDoc(), description: 'x'.repeat(LIMITS.maxDescriptionChars + 1) })).toEqual([
      expect.stringMatching(/^description: is longer than 2,000 characters/),
    ]);
  });

  it('reports every problem in the file at once, in document order', () => {
    const doc = {
      name: '',
      server: { cores: 0, gil: 'yes' },
      routes: [
        { name: 'report', kind: 'sync', steps: [{ await_io: 5 }, { cpu: -1 }] },
        { name: 'report', kind: 'async', steps: [{ sleep: 3 }] },
      ],
      requests: [{ route: 'reprot', at: 0 }, { route: 'report', at: 0, count: 0 }],
      extra: true,
    };
    expect(errorLines(doc)).toEqual([
      'extra: unknown key (a scenario has name, description, server, routes, requests, fixes)',
      expect.stringMatching(/^name: must not be empty/),
      expect.stringMatching(/^server\.cores: must be a whole number from 1 to 256/),
      expect.stringMatching(/^server\.gil: must be true or false/),
      'routes[0].steps[0].await_io: not allowed in a sync route (await needs async def; use blocking_io, or make the route async)',
      expect.stringMatching(/^routes\[0\]\.steps\[1\]\.cpu: must not be negative/),
      expect.stringMatching(/^routes\[1\]\.name: duplicates the name of an earlier route/),
      expect.stringMatching(/^routes\[1\]\.steps\[0\]\.sleep: unknown step kind \(did you mean "blocking_io"\?/),
      'requests[0].route: no route is named "reprot" (did you mean "report"? routes: report)',
      expect.stringMatching(/^requests\[1\]\.count: must be a whole number from 1 to 1,000,000/),
    ]);
  });

  it('lists at most LIMITS.maxErrorsReported problems and summarises the rest', () => {
    const steps = Array.from({ length: 300 }, () => ({ cpu: -1 }));
    const lines = errorLines({ ...validDoc(), routes: [{ name: 'report', kind: 'async', steps }] });
    expect(lines).toHaveLength(LIMITS.maxErrorsReported + 1);
    expect(lines.at(-1)).toBe('… and 100 more problems not listed');
  });
});

describe('hostile and malformed input', () => {
  // These refusals' speed is bench/scenarioLimits.bench.ts's to print; here, that they do not look at the input.
  it('refuses text over the size limit before parsing it', () => {
    const huge = `{"name": "${'x'.repeat(LIMITS.maxTextChars)}"}`;
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(textErrorLines(huge)).toEqual([expect.stringMatching(/^the file is 5,242,[0-9]{3} characters, more than the limit of 5,242,880 \(5 MB\)/)]);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('refuses deeply nested text without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(textErrorLines(deep)).toEqual([`line 1, column ${LIMITS.maxJsonDepth + 1}: nested more than 64 levels deep (the limit for a scenario file)`]);
  });

  it('refuses a deeply nested or cyclic value passed directly', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(errorLines({ ...validDoc(), server: deep })).toEqual([expect.stringMatching(/^nested more than 64 levels deep, or contains a cycle/)]);
    const cyclic: Record<string, unknown> = validDoc();
    cyclic.self = cyclic;
    expect(errorLines(cyclic)).toEqual([expect.stringMatching(/contains a cycle/)]);
  });

  it('refuses 10^9 requests at once, without expanding them', () => {
    // Expanded, 10^9 requests would not fit in memory: the test would crash or hit vitest's time limit.
    const lines = errorLines({ ...validDoc(), requests: [{ route: 'report', users: 1_000_000, each: 1000 }, { route: 'report', at: 0, count: 1_000_000 }] });
    expect(lines).toEqual(['requests: add up to 1,001,000,000 requests, more than the limit of 1,000,000 (lower a count, or users × each)']);
  });

  it('refuses a single count above the limit', () => {
    expect(errorLines({ ...validDoc(), requests: [{ route: 'report', at: 0, count: 1e9 }] })).toEqual([
      'requests[0].count: is above the limit: must be a whole number from 1 to 1,000,000: how many requests the train sends (got 1000000000)',
    ]);
  });

  it('accepts exactly the request limit', () => {
    expect(errorLines({ ...validDoc(), requests: [{ route: 'report', users: 1000, each: 1000 }] })).toEqual([]);
  });

  it('gives line and column for truncated JSON', () => {
    const text = JSON.stringify(validDoc(), null, 2);
    const result = parseScenario(text.slice(0, 60));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: '', line: expect.any(Number), column: expect.any(Number) });
    expect(result.errors[0]!.message).toMatch(/^line \d+, column \d+: /);
  });

  it('never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const result = parseScenario(text);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws for any truncation of a valid file', () => {
    const text = JSON.stringify(validDoc(), null, 2);
    for (let n = 0; n < text.length; n++) {
      const result = parseScenario(text.slice(0, n));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]!.message).toMatch(/^line \d+, column \d+: /);
    }
  });

  it('never throws for any value, including ones JSON cannot express', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (value) => {
        validateScenario(value);
        validateScenario({ ...validDoc(), server: value });
        validateScenario({ ...validDoc(), routes: [{ name: 'r', kind: 'async', steps: [value] }] });
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a __proto__ key as unknown rather than letting it through', () => {
    const text = '{"name": "x", "__proto__": {"polluted": true}, "routes": [{"name": "r", "kind": "async", "steps": []}], "requests": [{"route": "r", "at": 0}]}';
    expect(textErrorLines(text)).toEqual([expect.stringMatching(/^__proto__: unknown key/)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a non-string passed as text', () => {
    expect(parseScenario(42 as unknown as string)).toEqual({ ok: false, errors: [{ path: '', message: 'expected the text of a scenario file (got 42)' }] });
  });
});
