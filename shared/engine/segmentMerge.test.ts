/**
 * Segments are maximal runs (recorder.ts): merging the pieces the engine closes must change no
 * time, no metric and no request result, only how many segments tell the same intervals.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from './simulate';
import type { Segment, Timeline } from './timeline';
import { arbitraryScenario } from './arbitraryScenario';
import { benchScenario } from '../../bench/benchScenario';

const RUNS = 300;

const keyOf = (s: Segment) => `${s.lane}|${s.request}|${s.path.join(',')}|${s.state}|${s.share}`;

/** Each key's segments as [start, end] pairs, sorted by start. */
function byKey(segments: readonly Segment[]): Map<string, [number, number][]> {
  const m = new Map<string, [number, number][]>();
  for (const s of segments) {
    const k = keyOf(s);
    (m.get(k) ?? m.set(k, []).get(k)!).push([s.start, s.end]);
  }
  for (const list of m.values()) list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return m;
}

/** The union of intervals: longest runs, touching and overlapping ones joined, empty ones dropped. */
function union(list: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of list) {
    if (b <= a) continue;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function expectSameTimeAsUnmerged(merged: Timeline, raw: Timeline): void {
  expect(JSON.stringify(merged.metrics)).toBe(JSON.stringify(raw.metrics));
  expect(JSON.stringify(merged.requests)).toBe(JSON.stringify(raw.requests));
  expect(JSON.stringify(merged.lanes)).toBe(JSON.stringify(raw.lanes));
  expect(merged.events).toBe(raw.events);
  const want = byKey(raw.segments);
  const got = byKey(merged.segments);
  for (const [k, list] of want) {
    const u = union(list);
    if (u.length === 0) expect(got.has(k)).toBe(false);
    else expect(got.get(k), k).toEqual(u);
  }
  for (const k of got.keys()) expect(want.has(k), k).toBe(true);
}

function expectMaximalRuns(t: Timeline): void {
  for (const [k, list] of byKey(t.segments)) {
    for (let i = 0; i < list.length; i++) {
      expect(list[i]![1], `${k} is empty at ${list[i]![0]}`).toBeGreaterThan(list[i]![0]);
      if (i > 0) expect(list[i]![0], `${k} touches or overlaps at ${list[i]![0]}`).toBeGreaterThan(list[i - 1]![1]);
    }
  }
}

describe('segments are maximal runs of one state at one share', () => {
  it('keeps every time, metric and request result of the unmerged pieces on generated scenarios', () => {
    fc.assert(
      fc.property(arbitraryScenario, (sc) => expectSameTimeAsUnmerged(simulate(sc), simulate(sc, { mergeSegments: false }))),
      { numRuns: RUNS, seed: 20261203 },
    );
  });

  it('never leaves two segments of one lane, request, step, state and share touching, nor an empty one', () => {
    fc.assert(fc.property(arbitraryScenario, (sc) => expectMaximalRuns(simulate(sc))), { numRuns: RUNS, seed: 20261204 });
  });

  it('merges the benchmark load, four workers on two cores, into far fewer segments with the same intervals', () => {
    const sc = benchScenario(2_000);
    const merged = simulate(sc);
    const raw = simulate(sc, { mergeSegments: false });
    expectSameTimeAsUnmerged(merged, raw);
    expectMaximalRuns(merged);
    expect(merged.segments.length).toBeLessThan(raw.segments.length * 0.9);
  });
});
