import { describe, expect, it } from 'vitest';
import { createViewport } from './viewport';

describe('viewport', () => {
  it('zooms around the given instant, keeping it at the same screen fraction', () => {
    const v = createViewport({ extentEnd: 1000 });
    v.zoom(2, 250);
    expect([v.start, v.end]).toEqual([125, 625]);
  });

  it('clamps panning to the extent', () => {
    const v = createViewport({ extentEnd: 1000 });
    v.zoom(4, 500);
    v.pan(10_000);
    expect(v.end).toBe(1000);
    v.pan(-10_000);
    expect(v.start).toBe(0);
  });

  it('never zooms out past the extent nor in past the minimum span', () => {
    const v = createViewport({ extentEnd: 1000, minSpanMs: 1 });
    v.zoom(0.01);
    expect([v.start, v.end]).toEqual([0, 1000]);
    v.zoom(1e9, 10);
    expect(v.end - v.start).toBeCloseTo(1);
  });

  it('uses the longest of the charts sharing it as its extent, and stays fitted as it grows', () => {
    const v = createViewport({ extentEnd: 10 });
    const sync = {};
    const async = {};
    v.setExtentFor(sync, 300);
    v.setExtentFor(async, 800);
    expect(v.extent).toEqual([0, 800]);
    expect([v.start, v.end]).toEqual([0, 800]);
    v.setExtentFor(async, null);
    expect(v.extent).toEqual([0, 300]);
  });

  it('notifies subscribers until they unsubscribe', () => {
    const v = createViewport({ extentEnd: 1000 });
    const seen: number[] = [];
    const stop = v.subscribe((w) => seen.push(w.start));
    v.zoom(2, 0);
    v.pan(100);
    stop();
    v.fit();
    expect(seen).toEqual([0, 100]);
  });
});
