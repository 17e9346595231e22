/**
 * One chart: React owns this panel and an empty container; the chart (D3) owns every
 * node inside the container. Pan and zoom go through the shared viewport and never
 * re-render React.
 */
import { useLayoutEffect, useRef, useState, type MutableRefObject } from 'react';
import type { Scenario } from '../../../shared/scenario/types';
import type { Timeline } from '../../../shared/engine/timeline';
import { columnsOf } from '../../../shared/engine/segmentColumns';
import { createGantt, type BarHighlight, type ChartView, type Gantt, type HoverInfo, type MeasuredOverlay, type Playhead, type Viewport } from '../seams/chart';
import type { ShellTheme } from '../persist/prefs';
import { useLatest } from '../app/useLatest';
import type { ChartResize } from '../app/resizeStep';

export type { ChartView };

export type GanttResult = { scenario: Scenario; timeline: Timeline };
export type Preparer = MutableRefObject<((result: GanttResult) => void) | null>;

export interface GanttPanelProps {
  id: string;
  title: string;
  caption: string;
  viewport: Viewport;
  result: { scenario: Scenario; timeline: Timeline } | null;
  view: ChartView;
  chef: boolean;
  /** Draw the server's own work (the loop's thin bars for reading requests and sending responses). */
  serverWork: boolean;
  /** Draw the legend in this chart's header (one legend is enough for two charts). */
  legend: boolean;
  selectedRequest: number | null;
  onSelectRequest: (id: number | null) => void;
  error: string | null;
  pending: boolean;
  theme: ShellTheme;
  /** Presentation playback: while its time is set, the chart shows only what happened up to then (it follows the playhead itself). */
  playhead?: Playhead;
  /** Chart text size multiplier (presentation: large type drawn sharp, not CSS-zoomed). */
  textScale: number;
  /** Dragging a step's bar edge asks for a new duration; only the chart of the document itself gets this (the variant is derived). */
  onResizeStep?: (resize: ChartResize) => void;
  /** Set to lay out a result before it is shown (the shell's revealGate, while the other chart's is on its way). */
  preparer?: Preparer;
  /** Set while this chart's time axis is its own, not the other chart's (useTimeAxes). */
  axisNote?: string | null;
  /** A real run of this chart's scenario, outlined over the requests view's bars. */
  measured?: MeasuredOverlay | null;
  /** Bars to point out (a line of Python the user points at); null: none. */
  highlight?: BarHighlight | null;
  /** The bar under the pointer (null when it leaves): the Python panel lights its line. */
  onHover?: (info: HoverInfo | null) => void;
  /**
   * This chart's part of the column's height, against the other chart's (the height its rows
   * need); absent: an equal part.
   */
  share?: number;
}

/**
 * About a short chart's title line and time axis at text scale 1 (chartPainter.ts): what each
 * chart keeps before the rest of the height is shared. An estimate is enough: a few px off
 * moves a part by a few per cent of them.
 */
const CHART_CHROME_PX = 50;

/**
 * The title and caption of what the chart draws. While a new result is on its way (a big
 * scenario simulated in a worker) or failed, the chart keeps the last timeline: it keeps that
 * timeline's own title too, so a new document's name never stands over the old timeline.
 */
function useDrawnLabel(title: string, caption: string, settled: boolean): { title: string; caption: string } {
  const [drawn, setDrawn] = useState({ title, caption });
  if (!settled) return drawn;
  // Adjusted during render (React's pattern for state derived from props): no frame shows the old label.
  if (drawn.title !== title || drawn.caption !== caption) setDrawn({ title, caption });
  return { title, caption };
}

export function GanttPanel(p: GanttPanelProps) {
  const host = useRef<HTMLDivElement>(null);
  const gantt = useRef<Gantt | null>(null);
  const onSelect = useLatest(p.onSelectRequest);
  const onResize = useLatest(p.onResizeStep);
  const onHover = useLatest(p.onHover);
  const shown = useLatest(p.result); // what the chart drew: the resize names its request and step in it
  const resizable = p.onResizeStep !== undefined;
  const { title, caption } = useDrawnLabel(p.title, p.caption, !p.pending && p.error === null);

  useLayoutEffect(() => {
    // The chart draws its own title; a new title means a new chart (rare: a route switched kind).
    const onResizeStep = resizable
      ? (request: number, path: number[], ms: number) => { if (shown.current) onResize.current?.({ request, path, ms, drawn: shown.current }); }
      : undefined;
    const chart = createGantt(host.current!, { viewport: p.viewport, title: `${title}: ${caption}`, legend: p.legend, playhead: p.playhead, onSelectRequest: (id) => onSelect.current(id), onResizeStep, onHover: (info) => onHover.current?.(info) });
    gantt.current = chart;
    return () => { chart.destroy(); gantt.current = null; };
  }, [p.viewport, p.playhead, title, caption, p.legend, resizable, shown, onResize, onSelect, onHover]);

  // Draw before the browser paints, so a new timeline never shows a frame late.
  useLayoutEffect(() => {
    const chart = gantt.current;
    if (!chart || !p.result) return;
    const { scenario, timeline } = p.result;
    // The chart measures its own drawing as 'looplab:render'.
    chart.update(scenario, timeline, {
      view: p.view, chef: p.chef, serverWork: p.serverWork, selectedRequest: p.selectedRequest, theme: p.theme, textScale: p.textScale, axisNote: p.axisNote ?? null, measured: p.measured ?? null, highlight: p.highlight ?? null,
    });
  }, [p.result, p.view, p.chef, p.serverWork, p.selectedRequest, p.viewport, title, caption, p.legend, p.theme, p.textScale, p.axisNote, p.measured, p.highlight, resizable]);

  const { preparer, view, chef, serverWork } = p;
  useLayoutEffect(() => {
    if (!preparer) return;
    preparer.current = (r) => gantt.current?.prepare(r.scenario, r.timeline, { view, chef, serverWork });
    return () => { preparer.current = null; };
  }, [preparer, view, chef, serverWork]);

  const drawn = p.result ? columnsOf(p.result.timeline).length : 0;
  const metricsOnly = p.result !== null && drawn === 0 && p.result.timeline.metrics.requests > 0;
  return (
    <section className="chart-panel" aria-labelledby={`${p.id}-title`} aria-busy={p.pending}
      style={p.share === undefined ? undefined : { flex: `${p.share} 1 ${Math.round(CHART_CHROME_PX * p.textScale)}px` }}>
      <h2 id={`${p.id}-title`} className="visually-hidden">{title}: {caption}</h2>
      {p.error && <p className="chart-error" role="alert">{p.error}</p>}
      {metricsOnly && <p className="chart-note">Too many requests to draw: the metrics below are exact, the chart is left out.</p>}
      {/* Over the last timeline, dimmed, while the next one is simulated: shown after a moment (panels.css), so a quick result never flashes it. */}
      <div className={p.pending && p.result ? 'chart-stage is-stale' : 'chart-stage'}>
        <div ref={host} className="chart-host" data-testid={`${p.id}-chart`} />
        {p.pending && <p className="chart-busy">Simulating…</p>}
      </div>
    </section>
  );
}
