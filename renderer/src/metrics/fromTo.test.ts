import { describe, expect, it } from 'vitest';
import { fromTo } from './fromTo';

describe('a metric from one version to the other', () => {
  it('says a shared unit once', () => {
    expect(fromTo('200 ms', '1,000 ms')).toBe('200 → 1,000 ms');
    expect(fromTo('10.9 req/s', '11.9 req/s')).toBe('10.9 → 11.9 req/s');
    expect(fromTo('38%', '50%')).toBe('38% → 50%'); // no space before the unit: kept as written
  });
  it('keeps both units when they differ', () => {
    expect(fromTo('900 ms', '1.2 s')).toBe('900 ms → 1.2 s');
  });
  it('keeps plain numbers as they are', () => {
    expect(fromTo('2', '8')).toBe('2 → 8');
  });
});
