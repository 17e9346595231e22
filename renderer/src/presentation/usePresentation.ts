/** Presentation mode: fullscreen when allowed, and the playback that only it shows. */
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { Timeline } from '../../../shared/engine/timeline';
import { enterFullscreen, exitFullscreen, onFullscreenExit } from './fullscreen';
import { usePlayback } from './usePlayback';

/**
 * Chart text scale while presenting: the chart's smallest text (14 px bar labels) becomes
 * 24.5 px, the floor for the back of a classroom at 1920×1080. The chart draws it itself,
 * so the canvas stays sharp and clicks land where they look (CSS zoom gave neither).
 */
export const PRESENTATION_TEXT_SCALE = 1.75;

/**
 * The scale for a screen `height` px tall: 1.75 from 1080 lines up, in proportion below (a
 * 720-line projector gets 1.17, the same picture smaller), never under 1.
 */
export function presentationTextScale(height: number): number {
  return Math.max(1, PRESENTATION_TEXT_SCALE * Math.min(1, height / 1080));
}

/** What playback sees while not presenting: no timeline to scan. */
const NOT_PLAYING: readonly (Timeline | null)[] = [null, null];

export function usePresentation(timelines: readonly (Timeline | null | undefined)[]) {
  const [presenting, setPresenting] = useState(false);
  // Playback exists only while presenting (its bar, keys and playhead): working out its end
  // scanned every segment of both timelines on each worker reply (~1 ms at 10,000 requests).
  const playback = usePlayback(presenting ? timelines : NOT_PLAYING);
  const { reset } = playback;

  const enter = useCallback(() => { setPresenting(true); void enterFullscreen(); }, []);
  const leave = useCallback(() => { setPresenting(false); reset(); exitFullscreen(); }, [reset]);
  const toggle = useCallback(() => (presenting ? leave() : enter()), [presenting, enter, leave]);

  // The page's root type grows while presenting (presentation.css). A class on the root, set
  // before paint, rather than `:root:has(.is-presenting)`: that selector made Chromium recheck
  // the root's style on every class change and insertion anywhere in the page (~7 ms of
  // main-thread work per 10,000-request edit).
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
    return () => document.documentElement.classList.remove('presenting');
  }, [presenting]);

  // The browser eats Esc in fullscreen and leaves it itself: follow it out of presentation too.
  useEffect(() => onFullscreenExit(() => { setPresenting(false); reset(); }), [reset]);

  return { presenting, enter, leave, toggle, playback };
}

export type Presentation = ReturnType<typeof usePresentation>;
