/**
 * The playhead: null shows the whole timeline; a number shows only what has happened up to
 * that time. Playing advances it on animation frames. The time lives in a store (see
 * renderer/chart/playhead.ts), not in React state: the charts and the playback bar's readout
 * follow it, and nothing else re-renders 60 times a second.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Timeline } from '../../../shared/engine/timeline';
import { createPlayhead } from '../seams/chart';
import { advance, eventTimes, lastBoundary, nextEvent, prevEvent } from './playback';

export function usePlayback(timelines: readonly (Timeline | null | undefined)[]) {
  const [a, b] = timelines;
  const playhead = useMemo(createPlayhead, []);
  const end = useMemo(() => lastBoundary([a, b]), [a, b]);
  // Every boundary, sorted: 240,000 numbers at 10,000 requests, so only worked out when a
  // teacher first steps, not on every edit.
  const events = useRef<{ a: typeof a; b: typeof b; times: Float64Array } | null>(null);
  const eventsNow = useCallback(() => {
    if (!events.current || events.current.a !== a || events.current.b !== b) events.current = { a, b, times: eventTimes([a, b]) };
    return events.current.times;
  }, [a, b]);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const clock = useRef({ speed, end, playing });
  clock.current = { speed, end, playing };

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const { speed: s, end: e } = clock.current;
      const next = advance(playhead.time ?? 0, (now - last) / 1000, s, e);
      last = now;
      playhead.set(next);
      if (next >= e) { setPlaying(false); return; }
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, playhead]);

  const toggle = useCallback(() => {
    const { end: e, playing: p } = clock.current;
    const t = playhead.time;
    if (!p && (t === null || t >= e)) playhead.set(0); // from the start when showing everything or finished
    setPlaying(!p);
  }, [playhead]);

  const step = useCallback((by: 1 | -1) => {
    setPlaying(false);
    const { end: e } = clock.current;
    const t = playhead.time;
    const from = t ?? (by > 0 ? 0 : e);
    const times = eventsNow();
    const to = by > 0 ? nextEvent(times, t === null ? -1 : from) : prevEvent(times, from);
    playhead.set(to ?? (by > 0 ? e : 0));
  }, [playhead, eventsNow]);

  const scrub = useCallback((t: number) => { setPlaying(false); playhead.set(Math.min(Math.max(0, t), clock.current.end)); }, [playhead]);
  const reset = useCallback(() => { setPlaying(false); playhead.set(null); }, [playhead]);

  return { playhead, playing, speed, end, setSpeed, toggle, step, scrub, reset };
}

export type Playback = ReturnType<typeof usePlayback>;
