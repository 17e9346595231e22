import { describe, expect, it } from 'vitest';
import type { Route } from '../../../shared/scenario/types';
import { pathAfterDelete, stepOrder } from './stepPaths';

const route: Route = {
  name: 'r', kind: 'async',
  steps: [{ cpu: 1 }, { to_thread: [{ cpu: 2 }, { blocking_io: 3 }], pool: 'executor' }, { await_io: 4 }],
};

describe('step paths', () => {
  it('lists steps in reading order, the steps inside a wrapper right after it', () => {
    expect(stepOrder(route)).toEqual([[0], [1], [1, 0], [1, 1], [2]]);
  });
  it('after a delete, picks the step that takes its place, else the one before, else the wrapper', () => {
    expect(pathAfterDelete(route, [0])).toEqual([0]);
    expect(pathAfterDelete(route, [2])).toEqual([1]);
    expect(pathAfterDelete(route, [1, 1])).toEqual([1, 0]);
    expect(pathAfterDelete({ ...route, steps: [{ cpu: 1 }] }, [0])).toBeNull();
  });
});
