/**
 * Where toasts sit: just above the metrics bar, right-aligned with it. Over the metrics line
 * (bottom right of the window) the lesson's "scenario loaded" message hid the figures the
 * lesson turns on for seconds; above it a toast covers only the foot of the last chart.
 * Published as CSS properties on the root (--toast-bottom, --toast-right) that the status
 * toast and the update notice read; without a metrics bar in view they fall back to the
 * window's corner.
 */
import { useLayoutEffect } from 'react';

const GAP_PX = 6;

export function useToastAnchor(metrics: HTMLElement | null): void {
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    const clear = () => { root.removeProperty('--toast-bottom'); root.removeProperty('--toast-right'); };
    if (!metrics) return clear;
    const place = () => {
      const box = metrics.getBoundingClientRect();
      // Scrolled out of view (a short window scrolls the charts column): the corner is free.
      if (box.height === 0 || box.top >= window.innerHeight || box.bottom <= 0) { clear(); return; }
      root.setProperty('--toast-bottom', `${Math.round(window.innerHeight - box.top + GAP_PX)}px`);
      root.setProperty('--toast-right', `${Math.round(Math.max(0, window.innerWidth - box.right))}px`);
    };
    place();
    // Its height changes when it folds, unfolds or wraps; its place when the window or the column changes.
    const resized = new ResizeObserver(place);
    resized.observe(metrics);
    resized.observe(document.documentElement);
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      resized.disconnect();
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
      clear();
    };
  }, [metrics]);
}
