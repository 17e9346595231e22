import { describe, expect, it } from 'vitest';
import { didYouMean, formatError, formatPath } from './errors';

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['routes', 0, 'steps', 2, 'await_io'])).toBe('routes[0].steps[2].await_io');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['server', 'my key'])).toBe('server["my key"]');
    expect(formatPath(['a.b'])).toBe('["a.b"]');
  });

  it('is empty for the root', () => {
    expect(formatPath([])).toBe('');
  });
});

describe('didYouMean', () => {
  it('finds a typo, a swap of two letters and a case slip', () => {
    expect(didYouMean('cors', ['cores', 'workers'])).toBe('cores');
    expect(didYouMean('lable', ['label'])).toBe('label');
    expect(didYouMean('ThreadPoolTokens', ['threadpoolTokens'])).toBe('threadpoolTokens');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(didYouMean('frobnicate', ['cpu', 'gather'])).toBeUndefined();
  });
});

describe('formatError', () => {
  it('prefixes the path, or prints the message alone for the root', () => {
    expect(formatError({ path: 'name', message: 'is required' })).toBe('name: is required');
    expect(formatError({ path: '', message: 'line 1, column 1: the file is empty' })).toBe('line 1, column 1: the file is empty');
  });
});
