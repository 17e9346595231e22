import { describe, expect, it } from 'vitest';
import { simulate, simulateColumns } from './simulate';
import { columnsFromSegments, columnsOf, SegmentColumnsBuilder, segmentsFromColumns } from './segmentColumns';
import { scenario as testScenario } from './testScenario';

describe('segment columns', () => {
  it('hold the same segments simulate() returns, in the same order', () => {
    const scenario = testScenario(
      [{ name: 'a', kind: 'async', steps: [{ cpu: 2 }, { await_io: 5 }, { to_thread: [{ cpu: 3 }], pool: 'anyio' }] }],
      [{ route: 'a', at: 0, count: 20, every: 1 }],
    );
    const { columns } = simulateColumns(scenario);
    expect(segmentsFromColumns(columns)).toEqual(simulate(scenario).segments);
  });

  it('grow past their first capacity, block after block, without losing or reordering a segment', () => {
    const b = new SegmentColumnsBuilder(2);
    const path = [0];
    const n = 5_000; // blocks of 16, 1,024, 1,040, 2,080 and part of a fifth
    for (let i = 0; i < n; i++) b.push(i % 3 - 1, i, b.pathId(path), i % 7, i, i + 0.5, 1);
    const c = b.columns();
    expect(c.length).toBe(n);
    expect(c.start.length).toBe(n); // joined once, to the exact length
    expect(c.paths).toEqual([[0]]);
    expect(Array.from(c.request)).toEqual(Array.from({ length: n }, (_, i) => i));
    const segments = segmentsFromColumns(c);
    expect(segments[98]).toEqual({ lane: 1, request: 98, path: [0], state: 'cpu', start: 98, end: 98.5, share: 1 });
    expect(segments[99]!.lane).toBeNull(); // -1: on no thread
    expect(segmentsFromColumns(columnsFromSegments(segments))).toEqual(segments);
  });

  it('are built once per timeline that came with objects', () => {
    const timeline = simulate(testScenario([{ name: 'a', kind: 'sync', steps: [{ cpu: 2 }] }], [{ route: 'a', at: 0, count: 3, every: 1 }]));
    expect(columnsOf(timeline)).toBe(columnsOf(timeline));
    expect(columnsOf(timeline).length).toBe(timeline.segments.length);
  });
});
