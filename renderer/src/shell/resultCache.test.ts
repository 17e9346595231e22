import { describe, expect, it } from 'vitest';
import { createResultCache } from './resultCache';

describe('result cache', () => {
  it('finds a result by the very same key object, not by an equal one', () => {
    const cache = createResultCache<object, string>({ capacity: 4 });
    const a = { n: 1 };
    cache.set(a, 'A');
    expect(cache.get(a)).toBe('A');
    expect(cache.get({ n: 1 })).toBeUndefined();
  });

  it('forgets the least recently used result past its capacity', () => {
    const cache = createResultCache<object, string>({ capacity: 2 });
    const [a, b, c] = [{}, {}, {}];
    cache.set(a, 'A');
    cache.set(b, 'B');
    cache.get(a); // a is now more recent than b
    cache.set(c, 'C');
    expect(cache.get(b)).toBeUndefined();
    expect(cache.get(a)).toBe('A');
    expect(cache.get(c)).toBe('C');
  });

  it('forgets the oldest results past a total weight, but always keeps the newest', () => {
    const cache = createResultCache<object, number>({ capacity: 8, maxWeight: 100, weightOf: (mb) => mb });
    const [a, b, c] = [{}, {}, {}];
    cache.set(a, 60);
    cache.set(b, 30);
    expect(cache.get(a)).toBe(60);
    cache.set(c, 50); // 60 + 30 + 50 > 100: the least recently used (b) goes, then a
    expect(cache.get(b)).toBeUndefined();
    expect(cache.get(a)).toBeUndefined();
    expect(cache.get(c)).toBe(50);
    const huge = {};
    cache.set(huge, 500);
    expect(cache.get(huge)).toBe(500);
    expect(cache.get(c)).toBeUndefined();
  });
});
