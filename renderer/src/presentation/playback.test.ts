import { describe, expect, it } from 'vitest';
import type { Segment, Timeline } from '../../../shared/engine/timeline';
import { advance, eventTimes, lastBoundary, nextEvent, prevEvent, stepSpeed } from './playback';

const seg = (start: number, end: number): Segment => ({ lane: 0, request: 0, path: [0], state: 'cpu', start, end, share: 1 });
const timeline = (...segments: Segment[]) => ({ segments }) as unknown as Timeline;

describe('playback events', () => {
  it('are every segment boundary of both charts, once each, from zero', () => {
    const times = eventTimes([timeline(seg(0, 100), seg(100, 250)), timeline(seg(50, 100.0001)), null]);
    expect([...times]).toEqual([0, 50, 100, 250]);
  });

  it('step forward to the next boundary and back to the previous one', () => {
    const times = eventTimes([timeline(seg(10, 20), seg(20, 35))]);
    expect(nextEvent(times, 0)).toBe(10);
    expect(nextEvent(times, 10)).toBe(20);
    expect(nextEvent(times, 12.5)).toBe(20);
    expect(prevEvent(times, 20)).toBe(10);
    expect(prevEvent(times, 25)).toBe(20);
  });

  it('end at the last boundary of either chart, the same as the last event', () => {
    const timelines = [timeline(seg(0, 100), seg(100, 250)), timeline(seg(50, 300.5)), null];
    expect(lastBoundary(timelines)).toBe(300.5);
    const times = eventTimes(timelines);
    expect(times[times.length - 1]).toBe(lastBoundary(timelines));
    expect(lastBoundary([null])).toBe(0);
  });

  it('stop at the ends instead of wrapping', () => {
    const times = eventTimes([timeline(seg(10, 20))]);
    expect(nextEvent(times, 20)).toBeNull();
    expect(prevEvent(times, 0)).toBeNull();
    expect(prevEvent(times, 10)).toBe(0);
  });
});

describe('playback clock', () => {
  it('plays 100 ms of simulated time per second at 1× and never runs past the end', () => {
    expect(advance(0, 1, 1, 1000)).toBe(100);
    expect(advance(0, 1, 0.25, 1000)).toBe(25);
    expect(advance(950, 1, 4, 1000)).toBe(1000);
  });

  it('steps through the offered speeds, clamped at 0.25× and 4×', () => {
    expect(stepSpeed(1, 1)).toBe(2);
    expect(stepSpeed(4, 1)).toBe(4);
    expect(stepSpeed(0.25, -1)).toBe(0.25);
  });
});
