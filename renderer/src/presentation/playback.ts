/**
 * Playback for narrating a timeline: the time it plays at, and the "events" a teacher steps
 * through. An event is any segment boundary (a start or an end) in either chart, so each
 * step shows one more thing happening: a request arriving, the loop freeing, a thread waking.
 */
import type { Timeline } from '../../../shared/engine/timeline';
import { columnsOf } from '../../../shared/engine/segmentColumns';

/** Speeds offered; 1× plays 100 ms of simulated time per second, slow enough to talk over. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
export const SIM_MS_PER_SECOND = 100;

/** Boundaries closer than this (1 µs, the engine's resolution) are one event. */
const SAME_INSTANT = 0.0005;

/** Where playback ends: the last segment boundary of the given timelines (0 when there is none). */
export function lastBoundary(timelines: readonly (Timeline | null | undefined)[]): number {
  let end = 0;
  for (const t of timelines) {
    if (!t) continue;
    const c = columnsOf(t);
    for (let i = 0; i < c.length; i++) if (c.end[i]! > end) end = c.end[i]!;
  }
  return end;
}

/** Every segment boundary of the given timelines, ascending and without duplicates, from 0. */
export function eventTimes(timelines: readonly (Timeline | null | undefined)[]): Float64Array {
  let n = 1;
  for (const t of timelines) n += t ? columnsOf(t).length * 2 : 0;
  const all = new Float64Array(n);
  let i = 1; // all[0] = 0: the start is always an event
  for (const t of timelines) {
    if (!t) continue;
    const c = columnsOf(t);
    for (let k = 0; k < c.length; k++) { all[i++] = c.start[k]!; all[i++] = c.end[k]!; }
  }
  all.sort();
  let kept = 0;
  for (let j = 0; j < all.length; j++) {
    if (kept === 0 || all[j]! - all[kept - 1]! > SAME_INSTANT) all[kept++] = all[j]!;
  }
  return all.slice(0, kept);
}

/** The first event after `t`, or null when `t` is at or past the last one. */
export function nextEvent(times: Float64Array, t: number): number | null {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! > t + SAME_INSTANT) hi = mid; else lo = mid + 1;
  }
  return lo < times.length ? times[lo]! : null;
}

/** The last event before `t`, or null when `t` is at or before the first one. */
export function prevEvent(times: Float64Array, t: number): number | null {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < t - SAME_INSTANT) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? times[lo - 1]! : null;
}

/** Where the playhead is after `seconds` of wall time at `speed`, stopping at `end`. */
export function advance(t: number, seconds: number, speed: number, end: number): number {
  return Math.min(end, t + seconds * speed * SIM_MS_PER_SECOND);
}

/** The next or previous speed in SPEEDS (clamped at the ends). */
export function stepSpeed(speed: number, by: 1 | -1): number {
  const i = SPEEDS.findIndex((s) => s >= speed);
  const at = i < 0 ? SPEEDS.length - 1 : i;
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, at + by))]!;
}
