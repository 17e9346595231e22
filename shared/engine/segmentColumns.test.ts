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

  it('hold the same segments simulate() returns when a GIL-sliced run outgrows its first block', () => {
    // 60 CPU-bound def requests at once: the GIL's 5 ms slices leave some 20 segments a request,
    // past the recorder's first block (1,024, its least); simulate() adds blocks, simulateColumns() grows one.
    const scenario = testScenario([{ name: 'a', kind: 'sync', steps: [{ cpu: 40 }] }], [{ route: 'a', at: 0, count: 60, every: 0 }]);
    const { columns } = simulateColumns(scenario);
    expect(columns.length).toBeGreaterThan(1024);
    expect(segmentsFromColumns(columns)).toEqual(simulate(scenario).segments);
  });

  it('grow past their first capacity, block after block, without losing or reordering a segment', () => {
    const b = new SegmentColumnsBuilder(2);
    const path = [0];
    const n = 5_000; // 16, grown once to 1,040, then blocks of 1,040, 2,080 and part of one of 4,160
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

  it('grow their first block once and hand it over without a copy when the guess holds', () => {
    const b = new SegmentColumnsBuilder(16, [], (n) => n * 4, [0, 1]);
    for (let i = 0; i < 40; i++) b.pushMicros(0, i, 0, 0, i * 1000, i * 1000 + 500, 1);
    const c = b.columns();
    expect(c.length).toBe(40);
    expect(c.start.length).toBe(1040); // the grown block itself (spare capacity past `length`)
    expect(c.start[39]).toBe(39);
    expect(c.end[39]).toBe(39.5);
  });

  it('kept in blocks, give the same segments and columns as grown ones', () => {
    const fill = (b: SegmentColumnsBuilder) => {
      for (let i = 0; i < 2_000; i++) {
        const at = b.pushMicros(i % 3 - 1, i, 0, i % 7, i * 10, i * 10 + 5, i % 2);
        if (i % 5 === 0) b.setEndMicros(at, i * 10 + 7); // in the block being filled, or one that is full by the end
      }
      b.extendIfTouching(10, 10, 0, 3, 0, 107, 108); // a segment in the first block, long since full
      return b;
    };
    const grown = fill(new SegmentColumnsBuilder(16, [[0]], (n) => n * 4, [0, 0.5]));
    const blocks = fill(new SegmentColumnsBuilder(16, [[0]], (n) => n * 4, [0, 0.5], true));
    const laneMap = Int32Array.from([1, 0]);
    expect(blocks.segments(laneMap)).toEqual(grown.segments(laneMap));
    expect(blocks.segments(laneMap)[10]!.end).toBe(0.108);
    expect(segmentsFromColumns(blocks.columns())).toEqual(segmentsFromColumns(grown.columns()));
  });

  it('kept in blocks, reach the first and last segment of every block, full or being filled', () => {
    // Blocks of 16, 1,024, 1,040 and 2,080, then part of one of 4,160 (each doubles the count so far).
    const b = new SegmentColumnsBuilder(16, [[0]], (n) => n * 2, [1], true);
    const n = 5_000;
    for (let i = 0; i < n; i++) b.pushMicros(0, i, 0, 0, i * 10, i * 10 + 5, 0);
    const edges = [0, 15, 16, 1039, 1040, 2079, 2080, 4159, 4160, n - 1];
    for (const i of edges) {
      expect(b.extendIfTouching(i, i, 0, 0, 0, i * 10 + 5, i * 10 + 7)).toBe(true);
      expect(b.extendIfTouching(i, i + 1, 0, 0, 0, i * 10 + 7, i * 10 + 8)).toBe(false); // another request's piece
    }
    for (const i of edges.filter((_, k) => k % 2 === 0)) b.setEndMicros(i, i * 10 + 9);
    const expected = Array.from({ length: n }, (_, i) => (i * 10 + (edges.indexOf(i) < 0 ? 5 : edges.indexOf(i) % 2 === 0 ? 9 : 7)) / 1e3);
    expect(b.segments(Int32Array.of(0)).map((s) => s.end)).toEqual(expected);
    expect(Array.from(b.columns().end)).toEqual(expected);
  });

  it('extend a segment that touches the next piece, in the block being filled or one already full', () => {
    const b = new SegmentColumnsBuilder(16, [], (n) => n * 4, [0, 0.5]);
    // 1,040 segments fill the grown block; the next starts a new one.
    for (let i = 0; i < 1040; i++) b.pushMicros(0, i, 0, 0, i * 10, i * 10 + 5, 1);
    const last = b.pushMicros(0, 1040, 0, 0, 10_400, 10_405, 1);
    expect(b.extendIfTouching(1039, 1039, 0, 0, 1, 10_395, 10_399)).toBe(true); // in a full block
    expect(b.extendIfTouching(last, 1040, 0, 0, 1, 10_405, 10_410)).toBe(true);
    expect(b.extendIfTouching(last, 1040, 0, 0, 0, 10_410, 10_420)).toBe(false); // another share
    expect(b.extendIfTouching(last, 1040, 0, 0, 1, 10_411, 10_420)).toBe(false); // a gap
    const c = b.columns();
    expect([c.start[1039], c.end[1039], c.end[1040], c.share[1040]]).toEqual([10.39, 10.399, 10.41, 0.5]);
  });

  it('are built once per timeline that came with objects', () => {
    const timeline = simulate(testScenario([{ name: 'a', kind: 'sync', steps: [{ cpu: 2 }] }], [{ route: 'a', at: 0, count: 3, every: 1 }]));
    expect(columnsOf(timeline)).toBe(columnsOf(timeline));
    expect(columnsOf(timeline).length).toBe(timeline.segments.length);
  });
});
