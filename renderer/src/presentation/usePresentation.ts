/** Presentation mode: fullscreen when allowed, and the playback that only it shows. */
import { useCallback, useEffect, useState } from 'react';
import type { Timeline } from '../../../shared/engine/timeline';
import { enterFullscreen, exitFullscreen, onFullscreenExit } from './fullscreen';
import { usePlayback } from './usePlayback';

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
