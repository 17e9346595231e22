/**
 * Navigation wiring: wheel (ctrl/pinch zooms, shift or sideways scroll pans, plain wheel
 * scrolls rows), drag to pan, keys when the chart has focus. It only moves the shared
 * viewport, the chart's own vertical scroll or its keyboard cursor (keyCursor.ts); redraws
 * follow from that.
 */
import type { Viewport } from './viewport';
import { CURSOR_KEYS } from './keyCursor';

export interface NavigationTarget {
  root: HTMLElement;
  viewport: Viewport;
  /** ms under a client x (inside the plot), or null when outside it. */
  msAt: (clientX: number) => number | null;
  /** ms per pixel of the plot now. */
  msPerPx: () => number;
  scrollRowsBy: (dyPx: number) => void;
  /** Another gesture's chance at a pointer-down (a step edge being grabbed): true means it took the pointer, so no pan. */
  grab?: (event: PointerEvent) => boolean;
  /** A click that was not a drag. */
  click: (event: PointerEvent) => void;
  /** ↑ ↓ Home End: move the keyboard cursor through the legend and the rows. */
  moveCursor: (key: string) => void;
  /** Enter: what a click on the cursor's item does (a request row: highlight it). */
  activateCursor: () => void;
  /** Escape: dismiss what the chart shows (its cursor, a highlighted request); false when there was nothing. */
  escape: () => boolean;
}

/** Attach the listeners; returns a function that removes them. */
export function attachNavigation(t: NavigationTarget): () => void {
  const { root, viewport } = t;
  let drag: { x: number; y: number; moved: boolean; id: number } | null = null;

  const onWheel = (event: WheelEvent) => {
    const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      viewport.zoom(Math.exp((-event.deltaY * scale) / 300), t.msAt(event.clientX) ?? undefined);
      return;
    }
    const dx = event.shiftKey ? event.deltaY : event.deltaX;
    if (dx !== 0) {
      event.preventDefault();
      viewport.pan(dx * scale * t.msPerPx());
    }
    if (!event.shiftKey && event.deltaY !== 0) {
      event.preventDefault();
      t.scrollRowsBy(event.deltaY * scale);
    }
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || t.grab?.(event)) return;
    drag = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!drag || drag.id !== event.pointerId) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) root.setPointerCapture(event.pointerId);
    drag.moved = true;
    viewport.pan(-dx * t.msPerPx());
    t.scrollRowsBy(-dy);
    drag.x = event.clientX;
    drag.y = event.clientY;
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!drag || drag.id !== event.pointerId) return;
    if (!drag.moved) t.click(event);
    else root.releasePointerCapture(event.pointerId);
    drag = null;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return; // Ctrl+0, Ctrl+Z… belong to the app
    const span = viewport.end - viewport.start;
    if (CURSOR_KEYS.has(event.key)) {
      event.preventDefault();
      t.moveCursor(event.key);
      return;
    }
    const handled = (() => {
      switch (event.key) {
        case '+': case '=': viewport.zoom(1.5); return true;
        case '-': case '_': viewport.zoom(1 / 1.5); return true;
        case '0': viewport.fit(); return true;
        case 'ArrowLeft': viewport.pan(-span * 0.1); return true;
        case 'ArrowRight': viewport.pan(span * 0.1); return true;
        // Not Space: in presentation it plays and pauses, a chart focused or not.
        case 'Enter': t.activateCursor(); return true;
        // With nothing to dismiss, Escape goes on to the app: it leaves a presentation whose chart was clicked.
        case 'Escape': return t.escape();
        default: return false;
      }
    })();
    if (handled) event.preventDefault();
  };

  root.addEventListener('wheel', onWheel, { passive: false });
  root.addEventListener('pointerdown', onPointerDown);
  root.addEventListener('pointermove', onPointerMove);
  root.addEventListener('pointerup', onPointerUp);
  root.addEventListener('keydown', onKeyDown);
  return () => {
    root.removeEventListener('wheel', onWheel);
    root.removeEventListener('pointerdown', onPointerDown);
    root.removeEventListener('pointermove', onPointerMove);
    root.removeEventListener('pointerup', onPointerUp);
    root.removeEventListener('keydown', onKeyDown);
  };
}
