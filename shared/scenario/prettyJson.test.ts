import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prettyJson } from './prettyJson';

describe('prettyJson', () => {
  it('keeps short objects and lists on one line', () => {
    expect(prettyJson({ a: [1, 2], b: { c: 'd' } })).toBe('{ "a": [1, 2], "b": { "c": "d" } }');
  });

  it('breaks a value that would pass the width, counting its key', () => {
    expect(prettyJson({ key: ['aaaa', 'bbbb'] }, 20)).toBe('{\n  "key": [\n    "aaaa",\n    "bbbb"\n  ]\n}');
  });

  it('leaves out undefined properties, like JSON.stringify', () => {
    expect(prettyJson({ a: 1, b: undefined })).toBe('{ "a": 1 }');
  });

  it('always parses back to the same value', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 120 }), (value, width) => {
      expect(JSON.parse(prettyJson(value, width))).toEqual(JSON.parse(JSON.stringify(value)));
    }));
  });
});
