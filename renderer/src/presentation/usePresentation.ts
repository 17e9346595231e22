/** Presentation mode: fullscreen when allowed, and the playback that only it shows. */
import { useCallback, useEffect, useState } from 'react';
import type { Timeline } from '../../../shared/engine/timeline';
import { enterFullscreen, exitFullscreen, onFullscreenExit } from './fullscreen';
import { usePlayback } from './usePlayback';

/**
 * Chart text scale while presenting: the chart's smallest text (14 px bar labels) becomes
 * 24.5 px, the floor for the back of a classroom at 1920×1080. The chart draws it itself,
 * so the canvas stays sharp and clicks land where they look (CSS zoom gave neither).
 */
export const PRESENTATION_TEXT_SCALE = 1.75;

export function usePresentation(timelines: readonly (Timeline | null | undefined)[]) {
  const [presenting, setPresenting] = useState(false);
  const playback = usePlayback(timelines);
  const { reset } = playback;

  const enter = useCallback(() => { setPresenting(true); void enterFullscreen(); }, []);
  const leave = useCallback(() => { setPresenting(false); reset(); exitFullscreen(); }, [reset]);
  const toggle = useCallback(() => (presenting ? leave() : enter()), [presenting, enter, leave]);

  // The browser eats Esc in fullscreen and leaves it itself: follow it out of presentation too.
  useEffect(() => onFullscreenExit(() => { setPresenting(false); reset(); }), [reset]);

  return { presenting, enter, leave, toggle, playback };
}

export type Presentation = ReturnType<typeof usePresentation>;
