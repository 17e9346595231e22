import { describe, expect, it } from 'vitest';
import { lazyProperty } from './lazyProperty';

describe('a lazy property', () => {
  it('is built on first read only, once, and is still seen by a spread', () => {
    let builds = 0;
    const obj = { a: 1, list: [] as number[] };
    lazyProperty(obj, 'list', () => { builds++; return [1, 2]; });
    expect(builds).toBe(0);
    expect(obj.list).toEqual([1, 2]);
    expect(obj.list).toBe(obj.list);
    expect({ ...obj }).toEqual({ a: 1, list: [1, 2] });
    expect(builds).toBe(1);
  });
});
