import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkJsonText, lineColumn } from './jsonText';

const problem = (text: string) => {
  const result = checkJsonText(text, 64);
  return result.ok ? 'ok' : result.error.message;
};

describe('checkJsonText', () => {
  it('accepts every valid JSON document JSON.stringify can write', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 10 }), fc.boolean(), (value, pretty) => {
      expect(checkJsonText(JSON.stringify(value, null, pretty ? 2 : undefined), 64)).toEqual({ ok: true });
    }));
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1)))), (text) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(checkJsonText(text, 1000).ok).toBe(valid);
    }), { numRuns: 1000 });
  });

  it('says where a truncated file ends and how many brackets are open', () => {
    expect(problem('{\n  "routes": [\n    {"name": "r"')).toBe('line 3, column 17: unexpected end of the file: the JSON looks truncated (3 brackets still open)');
  });

  it('points at a missing comma', () => {
    expect(problem('{"a": 1\n "b": 2}')).toBe('line 2, column 2: expected \',\' or \'}\' but found "\\"b\\": 2}" (is a comma missing after the previous property?)');
  });

  it('explains trailing commas, comments, single quotes, NaN and an empty file', () => {
    expect(problem('[1, 2,]')).toMatch(/^line 1, column 7: trailing comma before '\]'/);
    expect(problem('{"a": 1,}')).toMatch(/^line 1, column 9: trailing comma before '}'/);
    expect(problem('// hi\n{}')).toMatch(/comments are not allowed in JSON/);
    expect(problem("{'a': 1}")).toMatch(/expected a property name in double quotes/);
    expect(problem('["a", \'b\']')).toMatch(/strings need double quotes/);
    expect(problem('{"cpu": NaN}')).toBe('line 1, column 9: NaN is not valid JSON (write a number, or leave the field out)');
    expect(problem('{"cpu": -Infinity}')).toMatch(/-Infinity is not valid JSON/);
    expect(problem('   ')).toMatch(/^line 1, column 4: the file is empty/);
  });

  it('explains malformed numbers and strings', () => {
    expect(problem('[01]')).toMatch(/a malformed number/);
    expect(problem('[1.]')).toMatch(/a malformed number/);
    expect(problem('["a\nb"]')).toMatch(/line break or control character inside a string/);
    expect(problem('["\\x"]')).toMatch(/invalid escape \\x/);
    expect(problem('["abc')).toBe('line 1, column 2: a string is never closed (a " is missing, or the file is truncated)');
  });

  it('rejects text after the value', () => {
    expect(problem('{} {}')).toMatch(/^line 1, column 4: unexpected "{}" after the end of the JSON value/);
  });

  it('refuses nesting deeper than the limit at the bracket that crosses it', () => {
    expect(checkJsonText('[[[]]]', 3)).toEqual({ ok: true });
    expect(problem('['.repeat(65) + ']'.repeat(65))).toBe('line 1, column 65: nested more than 64 levels deep (the limit for a scenario file)');
  });

  // How fast is bench/scenarioLimits.bench.ts's to print; here a scan that went quadratic would
  // run into vitest's time limit.
  it('scans 8 MB of valid JSON to its end and accepts it', () => {
    const text = JSON.stringify({ steps: Array.from({ length: 200_000 }, (_, i) => ({ cpu: i, label: 'time.sleep(0.2)' })) });
    expect(text.length).toBeGreaterThan(8_000_000);
    expect(checkJsonText(text, 64)).toEqual({ ok: true });
    // …and to its end when the one fault is there: the comma before the last brace.
    expect(problem(`${text.slice(0, -1)},}`)).toMatch(new RegExp(`^line 1, column ${text.length + 1}: trailing comma`));
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
