/**
 * Covers what has not happened yet: everything right of the playhead, over one chart's plot,
 * plus the playhead line and its time. It reads where the chart put its plot (the canvas's
 * box) and never writes into the chart's nodes; pan and zoom move it through the viewport.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { Viewport } from '../seams/chart';
import { formatMs } from '../metrics/metricRows';

interface Props {
  viewport: Viewport;
  /** The chart's container: its canvas is the plot area. */
  host: RefObject<HTMLDivElement | null>;
  time: number | null;
}

interface Box { left: number; top: number; width: number; height: number }

function plotBox(host: HTMLDivElement | null): Box | null {
  const canvas = host?.querySelector('canvas');
  if (!canvas || !canvas.offsetWidth) return null;
  return { left: canvas.offsetLeft, top: canvas.offsetTop, width: canvas.offsetWidth, height: canvas.offsetHeight };
}

export function PlaybackMask({ viewport, host, time }: Props) {
  const [, redraw] = useState(0);
  useEffect(() => {
    if (time === null) return;
    // After the chart's own redraw (it paints on the next frame after a pan, zoom or resize).
    const later = () => requestAnimationFrame(() => redraw((n) => n + 1));
    const unsubscribe = viewport.subscribe(later);
    const resize = new ResizeObserver(later);
    if (host.current) resize.observe(host.current);
    later();
    return () => { unsubscribe(); resize.disconnect(); };
  }, [viewport, host, time === null]); // eslint-disable-line react-hooks/exhaustive-deps

  const box = time === null ? null : plotBox(host.current);
  if (time === null || !box) return null;
  const span = viewport.end - viewport.start;
  const x = span > 0 ? ((time - viewport.start) / span) * box.width : 0;
  const clamped = Math.min(Math.max(x, 0), box.width);
  return (
    <div className="playback-mask" aria-hidden="true">
      <div className="playback-future" style={{ left: box.left + clamped, top: box.top, width: box.width - clamped + 16, height: box.height }} />
      {x >= 0 && x <= box.width && (
        <>
          <div className="playback-line" style={{ left: box.left + x, top: box.top - 8, height: box.height + 8 }} />
          <div className="playback-time" style={{ left: box.left + x, top: Math.max(0, box.top - 40) }}>{formatMs(time)}</div>
        </>
      )}
    </div>
  );
}
