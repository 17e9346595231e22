import { describe, expect, it } from 'vitest';
import { grown } from './typedArrays';

describe('a grown typed array', () => {
  it('is a longer array of the same type with the old contents first and zeros after', () => {
    const old = new Float64Array([1.5, 2.5]);
    const big = grown(old, 4);
    expect(big).toBeInstanceOf(Float64Array);
    expect([...big]).toEqual([1.5, 2.5, 0, 0]);
    expect(big).not.toBe(old);
  });
});
