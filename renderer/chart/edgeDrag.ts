/**
 * Resizing a step by dragging its bar's right edge: the DOM half (pointer, cursor, Escape).
 * Which edge and what duration are pure (shared/chart/edgeDrag.ts). Near a step's edge the
 * cursor becomes ew-resize; pressing there takes the pointer away from pan-by-drag
 * (interaction.ts asks `grab` first); moving shows a preview the chart draws; Escape cancels;
 * releasing reports one new duration, which the shell turns into one undoable edit.
 */
import type { Scenario } from '../../shared/scenario/types';
import type { Timeline } from '../../shared/engine/timeline';
import type { ChartLayout } from '../../shared/chart/layout';
import { EDGE_GRAB_PX, dragPrecision, draggedDuration, edgeAt, resizeText, type EdgeHandle } from '../../shared/chart/edgeDrag';
import type { ResizePreview } from '../../shared/chart/marks/resizePreview';

export interface EdgeDragHost {
  root: HTMLElement;
  /** The point under the pointer in layout terms, or null when the chart has not drawn. */
  locate: (clientX: number, clientY: number) => { inPlot: boolean; layoutY: number; ms: number } | null;
  /** What is drawn now; null while there is nothing to resize (no data, or playback). */
  drawn: () => { layout: ChartLayout; scenario: Scenario; timeline: Timeline; msPerPx: number; chef: boolean } | null;
  /** A drag started: the hover tooltip and time cursor make way for the preview. */
  started: () => void;
  redraw: () => void;
  commit: (request: number, path: number[], ms: number) => void;
}

export interface EdgeDrag {
  /** Pointer-down: true when it landed on a step's edge and the drag has begun (nothing else should act on it). */
  grab: (event: PointerEvent) => boolean;
  /** The preview to draw, or null when no drag is under way. */
  preview: () => ResizePreview | null;
  /**
   * Abandon a drag under way (nothing is committed). The chart calls it when it lays out
   * a new timeline: the grabbed step path belongs to the old scenario, and committing it
   * could set the duration of whichever step now sits at that path.
   */
  cancel: () => void;
  detach: () => void;
}

export function attachEdgeDrag(host: EdgeDragHost): EdgeDrag {
  const { root } = host;
  let drag: { handle: EdgeHandle; pointerId: number; startX: number; msPerPx: number; ms: number } | null = null;

  const edgeUnder = (event: PointerEvent): EdgeHandle | null => {
    const drawn = host.drawn();
    const at = host.locate(event.clientX, event.clientY);
    if (!drawn || !at?.inPlot) return null;
    return edgeAt(drawn.layout, drawn.scenario, drawn.timeline, at, EDGE_GRAB_PX * drawn.msPerPx);
  };
  const setCursor = (on: boolean) => { root.style.cursor = on ? 'ew-resize' : ''; };

  const end = () => {
    if (!drag) return;
    const { pointerId } = drag;
    drag = null;
    window.removeEventListener('keydown', onKeyDown, true);
    if (root.hasPointerCapture(pointerId)) root.releasePointerCapture(pointerId);
    setCursor(false);
    host.redraw();
  };

  const onPointerMove = (event: PointerEvent) => {
    if (!drag) {
      if (!event.buttons) setCursor(edgeUnder(event) !== null);
      return;
    }
    if (event.pointerId !== drag.pointerId) return;
    const precision = dragPrecision(drag.msPerPx);
    const ms = draggedDuration(drag.handle.ms, (event.clientX - drag.startX) * drag.msPerPx, precision);
    if (ms !== drag.ms) { drag.ms = ms; host.redraw(); }
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const { handle, ms } = drag;
    end();
    if (ms !== handle.ms) host.commit(handle.request, handle.path, ms);
  };
  const onCancel = (event: PointerEvent) => { if (drag && event.pointerId === drag.pointerId) end(); };
  // Capture phase on the window: Escape ends the drag wherever focus is, and goes no further
  // (the chart's own Escape would also clear the selection).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    end();
  };

  root.addEventListener('pointermove', onPointerMove);
  root.addEventListener('pointerup', onPointerUp);
  root.addEventListener('pointercancel', onCancel);
  root.addEventListener('lostpointercapture', onCancel);

  return {
    grab(event) {
      if (drag || event.button !== 0) return false;
      const handle = edgeUnder(event);
      const drawn = host.drawn();
      if (!handle || !drawn) return false;
      drag = { handle, pointerId: event.pointerId, startX: event.clientX, msPerPx: drawn.msPerPx, ms: handle.ms };
      root.setPointerCapture(event.pointerId);
      window.addEventListener('keydown', onKeyDown, true);
      setCursor(true);
      host.started();
      host.redraw();
      return true;
    },
    preview() {
      if (!drag) return null;
      const { handle, ms } = drag;
      const { bar } = handle;
      return { bar, fromEndMs: bar.x1, toEndMs: bar.x1 + (ms - handle.ms), text: resizeText(handle.state, handle.ms, ms, host.drawn()?.chef ?? false) };
    },
    cancel: () => end(),
    detach() {
      end();
      root.removeEventListener('pointermove', onPointerMove);
      root.removeEventListener('pointerup', onPointerUp);
      root.removeEventListener('pointercancel', onCancel);
      root.removeEventListener('lostpointercapture', onCancel);
    },
  };
}
