import { describe, expect, it } from 'vitest';
import { createResultCache } from './resultCache';

describe('result cache', () => {
  it('finds a result by the very same key object, not by an equal one', () => {
    const cache = createResultCache<object, string>(4);
    const a = { n: 1 };
    cache.set(a, 'A');
    expect(cache.get(a)).toBe('A');
    expect(cache.get({ n: 1 })).toBeUndefined();
  });

  it('forgets the least recently used result past its capacity', () => {
    const cache = createResultCache<object, string>(2);
    const [a, b, c] = [{}, {}, {}];
    cache.set(a, 'A');
    cache.set(b, 'B');
    cache.get(a); // a is now more recent than b
    cache.set(c, 'C');
    expect(cache.get(b)).toBeUndefined();
    expect(cache.get(a)).toBe('A');
    expect(cache.get(c)).toBe('C');
  });
});
