import { describe, expect, it } from 'vitest';
import { requestAt, type RequestColumns } from './requestColumns';
import { SEGMENT_STATES } from './timeline';

describe('request columns', () => {
  it("give a request's time per state under every state's name, in SEGMENT_STATES order, to the microsecond", () => {
    const n = SEGMENT_STATES.length;
    const stateTime = new Float64Array(2 * n);
    for (let k = 0; k < n; k++) stateTime[n + k] = k + 0.0004 + 1 / 3;
    const c: RequestColumns = {
      length: 2, routes: ['a'], route: new Int32Array(2), worker: new Int32Array(2),
      arrival: new Float64Array([0, 1]), start: new Float64Array([0, 1]), end: new Float64Array([2, 9]), stateTime,
    };
    const { time } = requestAt(c, 1);
    expect(Object.keys(time)).toEqual(SEGMENT_STATES);
    expect(Object.values(time)).toEqual(SEGMENT_STATES.map((_, k) => Math.round((k + 0.0004 + 1 / 3) * 1e3) / 1e3));
  });

  it('give zeros for a run that kept no time per state', () => {
    const c: RequestColumns = {
      length: 1, routes: ['a'], route: new Int32Array(1), worker: new Int32Array(1),
      arrival: new Float64Array(1), start: new Float64Array(1), end: new Float64Array([1]), stateTime: new Float64Array(0),
    };
    expect(Object.values(requestAt(c, 0).time)).toEqual(SEGMENT_STATES.map(() => 0));
  });
});
