import { describe, expect, it } from 'vitest';
import { SegmentColumnsBuilder, segmentAt } from './segmentColumns';
import { NumberCache, segmentObjects } from './segmentObjects';
import type { Segment } from './timeline';

describe('segment objects', () => {
  it('hold each segment’s own times and share, when times met before share their numbers', () => {
    const b = new SegmentColumnsBuilder(16);
    const path = b.pathId([0]);
    // 1 ms and 5.096 ms fall in one slot of the cache (their microseconds differ by 4,096): a
    // segment's start must not be taken for its end, nor the next segment's start for either.
    b.push(0, 1, path, 0, 1, 5.096, 1);
    b.push(-1, 2, path, 5, 5.096, 1, 0);
    b.push(1, 3, path, 7, 1, 1, 2 / 3);
    b.push(1, 3, path, 7, 1, 2.5, 0.5);
    b.push(2, 4, path, 0, 2.5, 12.345, 2 / 3);
    b.push(0, 4, path, 3, 12.345, 12.345, 1);
    const c = b.columns();
    const out: Segment[] = new Array<Segment>(c.length);
    const laneMap = Int32Array.from([2, 0, 1]);
    expect(segmentObjects(c, c.length, laneMap, c.paths, new NumberCache(), out, 0)).toBe(c.length);
    const expected = Array.from({ length: c.length }, (_, i) => {
      const s = segmentAt(c, i);
      return { ...s, lane: s.lane === null ? null : laneMap[s.lane]! };
    });
    expect(out).toEqual(expected);
    expect(JSON.stringify(out)).toBe(JSON.stringify(expected));
  });
});
