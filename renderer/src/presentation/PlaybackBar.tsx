/** The presenter's controls: play/pause, step between events, speed, and the scrubber. */
import { useSyncExternalStore } from 'react';
import type { ActionManager } from '../actions/actionManager';
import { formatMs } from '../metrics/metricRows';
import { SPEEDS } from './playback';
import type { Playback } from './usePlayback';

export function PlaybackBar({ playback, actions }: { playback: Playback; actions: ActionManager }) {
  const { playhead, playing, speed, end } = playback;
  // Only this bar re-renders as the playhead moves (the charts redraw themselves).
  const time = useSyncExternalStore(playhead.subscribe, () => playhead.time);
  const shown = time ?? end;
  return (
    <div className="playback-bar" role="group" aria-label="Playback">
      <button type="button" onClick={() => actions.dispatch('playback.prev')} aria-keyshortcuts="ArrowLeft PageUp" title="Previous event (← or Page Up)">
        <span aria-hidden="true">‹ Event</span><span className="visually-hidden">Previous event</span>
      </button>
      <button type="button" className="primary play-button" onClick={() => actions.dispatch('playback.toggle')} aria-keyshortcuts="Space" title="Play or pause (Space)">
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={() => actions.dispatch('playback.next')} aria-keyshortcuts="ArrowRight PageDown" title="Next event (→ or Page Down)">
        <span aria-hidden="true">Event ›</span><span className="visually-hidden">Next event</span>
      </button>
      <label className="speed-picker">
        <span>Speed</span>
        <select value={speed} title="Playback speed" onChange={(e) => playback.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
        </select>
      </label>
      <input type="range" className="scrubber" aria-label="Playback time" min={0} max={end} step="any" value={shown}
        aria-valuetext={formatMs(shown)} onChange={(e) => playback.scrub(Number(e.target.value))} />
      <output className="playback-readout" aria-live="off">{formatMs(shown)} / {formatMs(end)}</output>
    </div>
  );
}
