/**
 * The playhead: null shows the whole timeline; a number shows only what has happened up to
 * that time. Playing advances it on animation frames; each chart then redraws itself cut at
 * the playhead (a redraw, not a relayout: a couple of ms).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Timeline } from '../../../shared/engine/timeline';
import { advance, eventTimes, nextEvent, prevEvent } from './playback';

export function usePlayback(timelines: readonly (Timeline | null | undefined)[]) {
  const [a, b] = timelines;
  const events = useMemo(() => eventTimes([a, b]), [a, b]);
  const end = events.length ? events[events.length - 1]! : 0;
  const [time, setTime] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const clock = useRef({ time, speed, end, playing });
  clock.current = { time, speed, end, playing };

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const { time: t, speed: s, end: e } = clock.current;
      const next = advance(t ?? 0, (now - last) / 1000, s, e);
      last = now;
      setTime(next);
      if (next >= e) { setPlaying(false); return; }
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing]);

  const toggle = useCallback(() => {
    const { time: t, end: e, playing: p } = clock.current;
    if (!p && (t === null || t >= e)) setTime(0); // from the start when showing everything or finished
    setPlaying(!p);
  }, []);

  const step = useCallback((by: 1 | -1) => {
    setPlaying(false);
    const { time: t, end: e } = clock.current;
    const from = t ?? (by > 0 ? 0 : e);
    const to = by > 0 ? nextEvent(events, t === null ? -1 : from) : prevEvent(events, from);
    setTime(to ?? (by > 0 ? e : 0));
  }, [events]);

  const scrub = useCallback((t: number) => { setPlaying(false); setTime(Math.min(Math.max(0, t), clock.current.end)); }, []);
  const reset = useCallback(() => { setPlaying(false); setTime(null); }, []);

  return { time, playing, speed, end, eventCount: events.length, setSpeed, toggle, step, scrub, reset };
}

export type Playback = ReturnType<typeof usePlayback>;
