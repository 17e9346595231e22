/**
 * The interactive Gantt chart: the public entry of renderer/chart.
 * D3 and this module own every node inside the container; React only provides the empty
 * container and calls update(). Pan and zoom go through the shared Viewport and redraw
 * this chart only (no React render). Each redraw is measured as 'looplab:render'.
 */
import type { Timeline } from '../../shared/engine/timeline';
import type { Scenario } from '../../shared/scenario/types';
import { layoutTimeline, type ChartLayout, type ChartView } from '../../shared/chart/layout';
import { requestTableOf } from '../../shared/chart/requestTable';
import type { Viewport } from './viewport';
import { themeColours, type ChartTheme } from '../../shared/chart/states';
import { createChartDom } from './chartDom';
import { attachNavigation } from './interaction';
import { barAt, rowAtY } from '../../shared/chart/hitTest';
import { legendMeaning, rowMeaning } from '../../shared/chart/meanings';
import { SEGMENT_STATES, type SegmentState } from '../../shared/engine/timeline';
import { blockedLabel, stateName } from '../../shared/chart/states';
import { idleWorkerNotes } from '../../shared/chart/idleWorkers';
import { hoverInfo, tooltipLines, type HoverInfo } from '../../shared/chart/marks/tooltip';
import { measuredAt, measuredEnd, measuredLines, measuredOnlyLines, type MeasuredOverlay } from '../../shared/chart/marks/measured';
import { ChartPainter, type ChartFrame } from './chartPainter';
import { setAttributeIfChanged } from './applySvgNodes';
import { attachEdgeDrag } from './edgeDrag';
import { attachChartCursor } from './chartCursor';
import { chartName } from './chartName';
import type { Playhead } from './playhead';

export { createViewport, type Viewport, type ViewportWindow } from './viewport';
export { createPlayhead, type Playhead } from './playhead';
export type { HoverInfo } from '../../shared/chart/marks/tooltip';
export type { ChartTheme } from '../../shared/chart/states';
export type { ChartView } from '../../shared/chart/layout';
export type { MeasuredOverlay } from '../../shared/chart/marks/measured';
export type { StepHighlight as BarHighlight };

export interface GanttOptions {
  viewport: Viewport;
  /** Shown above the chart and in its accessible name, e.g. "async def version". */
  title: string;
  /** A click on a request's bar or row (null: a click on nothing, or Escape). */
  onSelectRequest: (id: number | null) => void;
  onHover?: (info: HoverInfo | null) => void;
  /** Draw the legend in the chart's header (default true). */
  legend?: boolean;
  /**
   * Playback: while its time is set, draw only what has happened up to then, with the cursor
   * there. The chart subscribes and redraws itself, like for the viewport (no React render).
   */
  playhead?: Playhead;
  /**
   * Dragging the right edge of a step's bar (cpu, await_io, blocking_io) asks for this new
   * duration (ms) of that request's step. Absent: no edge can be dragged (a derived chart).
   */
  onResizeStep?: (request: number, path: number[], newMs: number) => void;
}

export interface GanttSettings {
  view: ChartView;
  chef: boolean;
  /** Draw the server's own work (the loop's thin `server` bars); default true. */
  serverWork?: boolean;
  selectedRequest: number | null;
  theme: ChartTheme;
  /**
   * Scales every chart text (axis, labels, bar labels, legend, blocked band, cursor,
   * tooltip) and the rows that hold it; presentation uses ~1.75 so nothing is under 24 px.
   * Default 1. Unlike CSS zoom, the canvas is drawn sharp and hit-testing stays exact.
   */
  textScale?: number;
  /**
   * Set when this chart's time axis is its own rather than shared with the other chart's
   * (shared/chart/timeAxes.ts): said on the axis and in the chart's accessible name.
   */
  axisNote?: string | null;
  /**
   * A real run of this scenario: the requests view outlines each request's measured span over
   * its simulated bar, and the tooltip gives both figures (null: none).
   */
  measured?: MeasuredOverlay | null;
  /**
   * Bars to point out (the steps of a line of Python the user points at): they keep their
   * colour and get an outline, the others fade (null: none).
   */
  highlight?: StepHighlight | null;
}

/** The settings a layout depends on (the rest only changes how it is drawn). */
export type LayoutSettings = Pick<GanttSettings, 'view' | 'chef' | 'serverWork'>;

const sameLayoutSettings = (a: LayoutSettings, b: LayoutSettings): boolean =>
  a.view === b.view && a.chef === b.chef && (a.serverWork !== false) === (b.serverWork !== false);

/** Which steps to point out, by route name and step path. */
export type StepHighlight = (route: string, path: readonly number[]) => boolean;

export interface Gantt {
  /** Lay out (when the data or the view changed) and draw before the task ends: see whenChartsDrawn. */
  update: (scenario: Scenario, timeline: Timeline, settings: GanttSettings) => void;
  /**
   * Lay out a timeline that update() will soon be given, while the page has nothing else to
   * do (it waits for the other chart's result: see the shell's revealGate); update() then
   * only draws. A prepared layout that update() is not given (other settings) is dropped.
   */
  prepare: (scenario: Scenario, timeline: Timeline, settings: LayoutSettings) => void;
  destroy: () => void;
}

/**
 * Charts updated in this task draw together, once every one of them has told the shared
 * viewport how far its timeline goes. Drawing inside update() drew the first chart on an
 * axis the second then changed, and that chart drew again at the next frame: three draws
 * for an edit of two charts. The draws run in a microtask, so still in the same task and
 * before the browser paints.
 */
const updatedCharts = new Set<() => void>();
const afterDraws: (() => void)[] = [];
let flushQueued = false;

function queueFlush(): void {
  if (flushQueued) return;
  flushQueued = true;
  queueMicrotask(() => {
    flushQueued = false;
    for (const draw of [...updatedCharts]) { updatedCharts.delete(draw); draw(); }
    for (const done of afterDraws.splice(0)) done();
  });
}

/** Run `done` once the charts updated in this task have drawn (in a microtask even if none was). */
export function whenChartsDrawn(done: () => void): void {
  afterDraws.push(done);
  queueFlush();
}

/**
 * Create a chart in `container` (which should have a size; the chart fills it).
 * @example
 *   const viewport = createViewport();
 *   const chart = createGantt(el, { viewport, title: 'async def version', onSelectRequest: setSelected });
 *   chart.update(scenario, simulate(scenario), { view: 'resources', chef: false, selectedRequest: null, theme: 'light' });
 */
export function createGantt(container: HTMLElement, options: GanttOptions): Gantt {
  const { viewport } = options;
  const dom = createChartDom(container);
  const painter = new ChartPainter(dom, options.legend !== false);
  let scenario: Scenario | null = null;
  let timeline: Timeline | null = null;
  let settings: GanttSettings = { view: 'resources', chef: false, selectedRequest: null, theme: 'light' };
  let layout: ChartLayout | null = null;
  let scrollY = 0;
  let cursorMs: number | null = null;
  let frame: ChartFrame | null = null;
  let pending = 0;
  let box: { width: number; height: number } | null = null;
  /** The layout time of an update whose draw is still to come: that draw's measure includes it. */
  let layoutMs = 0;
  const playbackMs = () => options.playhead?.time ?? null;
  const idleNotes = () => (scenario && timeline ? idleWorkerNotes(scenario, timeline, settings.chef) : []);
  const cursor = attachChartCursor({
    dom,
    drawn: () => (layout && frame ? { layout, frame } : null),
    settings: () => settings,
    showTooltip: (lines, x, y, theme, textScale) => painter.showTooltip(lines, x, y, theme, textScale),
    scrollTo: (y) => { scrollY = y; drawNow(); },
    selectRequest: (id) => options.onSelectRequest(id),
  });

  const draw = () => {
    pending = 0;
    if (!layout) return;
    const start = performance.now();
    frame = painter.draw(layout, viewport, {
      ...settings, title: options.title, scrollY, cursorMs, textScale: settings.textScale ?? 1, playbackMs: playbackMs(), box, resize: edgeDrag?.preview() ?? null,
      highlightBar: settings.highlight && timeline ? barsOfSteps(timeline, settings.highlight) : null,
      idleNotes: idleNotes(),
    });
    scrollY = frame.scrollY;
    // The draw and the layout before it (done in update(), maybe with other work between):
    // a span of their total length, ending now.
    const end = performance.now();
    const ms = end - start + layoutMs;
    layoutMs = 0;
    performance.measure('looplab:render', { start: end - ms, duration: ms });
    if (cursor.shown) cursor.place(); // the rows under it may have moved
  };
  const schedule = () => { if (!pending) pending = requestAnimationFrame(() => draw()); };
  /**
   * Draw now rather than at the next frame (a draw already scheduled is dropped): for changes
   * made inside a frame (see below), and for an update, drawn with the other charts of its task.
   */
  const drawNow = () => { if (pending) cancelAnimationFrame(pending); draw(); };

  const unsubscribe = viewport.subscribe(schedule);
  // Playing moves the playhead inside an animation frame: drawing at once shows it in that
  // frame, with the bar's readout, instead of one frame behind.
  const unsubscribePlayhead = options.playhead?.subscribe(drawNow);
  const resizeObserver = new ResizeObserver((entries) => {
    const r = entries[entries.length - 1]!.contentRect; // the root has no padding or border
    box = { width: Math.round(r.width), height: Math.round(r.height) };
    // Observers report after layout and before paint: drawing here, not at the next frame,
    // means no frame is painted at the old size (entering presentation, folding the panel).
    drawNow();
  });
  resizeObserver.observe(dom.root);

  /** Plot-relative point → (layout y, ms), or null outside the plot. */
  const locate = (clientX: number, clientY: number) => {
    if (!frame || !layout) return null;
    const box = dom.root.getBoundingClientRect();
    const x = clientX - box.left - frame.plotLeft;
    const y = clientY - box.top - frame.plotTop;
    return { x, y, inPlot: x >= 0 && x <= frame.plotWidth && y >= 0 && y <= frame.plotHeight, layoutY: y + frame.scrollY, ms: frame.scale.ms(x) };
  };
  /** The bar under a located point; during playback, only bars that have started by the playhead exist. */
  const hitBar = (at: { layoutY: number; ms: number }) => {
    if (!layout || !frame) return null;
    const until = playbackMs() ?? Infinity;
    if (at.ms > until + 4 / frame.scale.k) return null;
    const bar = barAt(layout, at.layoutY, Math.min(at.ms, until), 4 / frame.scale.k);
    return bar && bar.x0 < until ? bar : null;
  };

  const hideTooltip = () => {
    dom.tooltip.style.display = 'none';
    options.onHover?.(null);
  };

  // Only a chart that edits its document has handles on its steps' edges (edgeDrag.ts); none during playback.
  const { onResizeStep } = options;
  const edgeDrag = onResizeStep && attachEdgeDrag({
    root: dom.root,
    locate,
    drawn: () => (layout && frame && scenario && timeline && playbackMs() === null ? { layout, scenario, timeline, msPerPx: 1 / frame.scale.k, chef: settings.chef } : null),
    started: () => { cursorMs = null; hideTooltip(); },
    redraw: schedule,
    commit: onResizeStep,
  });

  /** The legend item under the pointer (chartHeader.ts names each), or null. */
  const legendItemAt = (target: EventTarget | null): SegmentState | 'blocked' | null => {
    const key = target instanceof Element ? target.closest('[data-legend]')?.getAttribute('data-legend') : null;
    return key === 'blocked' || SEGMENT_STATES.includes(key as SegmentState) ? (key as SegmentState | 'blocked') : null;
  };

  const onPointerMove = (event: PointerEvent) => {
    // The pointer takes the tooltip over from the keyboard's cursor (which the next cursor key shows again).
    if (cursor.shown) cursor.hide();
    // Over a legend item: what that colour stands for, in a sentence (a student may never have met "the GIL").
    const item = event.buttons ? null : legendItemAt(event.target);
    if (item) {
      const name = item === 'blocked' ? blockedLabel(settings.chef) : stateName(item, settings.chef);
      painter.showTooltip([name, legendMeaning(item, settings.chef)], event.clientX, event.clientY, settings.theme, settings.textScale ?? 1);
      return;
    }
    const at = locate(event.clientX, event.clientY);
    if (!at || !layout || !frame || !scenario || !timeline || event.buttons) return;
    const nextCursor = at.inPlot ? at.ms : null;
    if (nextCursor !== cursorMs) { cursorMs = nextCursor; schedule(); }
    const bar = at.inPlot ? hitBar(at) : null;
    const measured = settings.measured && layout.view === 'requests' && playbackMs() === null ? settings.measured : null;
    // A request row's outline: the measured figures join the bar's; past the bar (the real
    // request took longer), the outline alone has a tooltip.
    const span = measured && at.inPlot ? measuredAt(layout, measured, at.layoutY, at.ms, 4 / frame.scale.k) : null;
    if (!bar) {
      // Over a row label: its whole text (a long route name is cut with an ellipsis) and what such
      // a row is ("anyio thread 3" means nothing yet to a student); over an empty worker's loop row: why it is empty.
      const row = at.y >= 0 && at.y <= frame.plotHeight ? layout.rows[rowAtY(layout, at.layoutY)] : undefined;
      const label = row && at.x < 0 ? row : undefined;
      const idle = row && at.inPlot && row.kind === 'loop' ? idleNotes().find((n) => n.worker === row.worker) : undefined;
      if (span && measured) painter.showTooltip(measuredOnlyLines(span, measured.repeats, settings.chef), event.clientX, event.clientY, settings.theme, settings.textScale ?? 1);
      else if (label) painter.showTooltip([label.label, rowMeaning(label.kind, settings.chef)], event.clientX, event.clientY, settings.theme, settings.textScale ?? 1);
      else if (idle) painter.showTooltip([idle.text], event.clientX, event.clientY, settings.theme, settings.textScale ?? 1);
      else hideTooltip();
      return;
    }
    const info = hoverInfo(scenario, timeline, bar, settings.chef);
    const lines = tooltipLines(info, settings.chef, 1 / frame.scale.k);
    const own = measured && bar.request >= 0 ? measured.spans[bar.request] : undefined;
    painter.showTooltip(own && measured ? [...lines, ...measuredLines(own, measured.repeats)] : lines, event.clientX, event.clientY, settings.theme, settings.textScale ?? 1);
    options.onHover?.(info);
  };
  const onPointerLeave = () => {
    cursorMs = null;
    hideTooltip();
    schedule();
  };

  dom.root.addEventListener('pointermove', onPointerMove);
  dom.root.addEventListener('pointerleave', onPointerLeave);

  const detachNavigation = attachNavigation({
    root: dom.root,
    viewport,
    msAt: (clientX) => locate(clientX, 0)?.ms ?? null,
    msPerPx: () => (frame ? 1 / frame.scale.k : 1),
    scrollRowsBy: (dy) => { scrollY += dy; schedule(); },
    grab: (event) => edgeDrag?.grab(event) ?? false,
    click: (event) => {
      const at = locate(event.clientX, event.clientY);
      if (!at || !layout || !frame) return;
      let request: number | null = null;
      if (at.inPlot) {
        const bar = hitBar(at);
        if (bar && bar.request >= 0) request = bar.request;
      } else if (at.x < 0 && at.y >= 0) {
        request = layout.rows[rowAtY(layout, at.layoutY)]?.request ?? null; // a click on a request's name
      }
      options.onSelectRequest(request !== null && request === settings.selectedRequest ? null : request);
    },
    moveCursor: cursor.move,
    activateCursor: cursor.activate,
    escape: () => {
      const shown = cursor.shown || settings.selectedRequest !== null;
      cursor.hide();
      if (settings.selectedRequest !== null) options.onSelectRequest(null);
      return shown;
    },
  });

  let prepared: { scenario: Scenario; timeline: Timeline; shape: LayoutSettings; layout: ChartLayout } | null = null;
  const layoutFor = (s: Scenario, t: Timeline, shape: LayoutSettings): ChartLayout => {
    const ready = prepared;
    prepared = null;
    if (ready && ready.scenario === s && ready.timeline === t && sameLayoutSettings(ready.shape, shape)) return ready.layout;
    // Placed at the last fitted sizes: the draw then re-places rows only if the height needs others.
    return layoutTimeline(s, t, { view: shape.view, chef: shape.chef, serverWork: shape.serverWork !== false, ...(layout ? { metrics: layout.metrics } : {}) });
  };

  return {
    prepare(nextScenario, nextTimeline, shape) {
      // Not counted in 'looplab:render': it is done before the edit's redraw, off its path.
      prepared = { scenario: nextScenario, timeline: nextTimeline, shape, layout: layoutFor(nextScenario, nextTimeline, shape) };
    },
    update(nextScenario, nextTimeline, nextSettings) {
      const start = performance.now();
      const relayout = !layout || nextScenario !== scenario || nextTimeline !== timeline || !sameLayoutSettings(nextSettings, settings);
      if (nextSettings.view !== settings.view) scrollY = 0;
      scenario = nextScenario;
      timeline = nextTimeline;
      settings = nextSettings;
      if (relayout) edgeDrag?.cancel(); // its step path and bar belong to the old layout
      if (relayout) layout = layoutFor(nextScenario, nextTimeline, settings);
      const outlined = settings.highlight ? countBars(layout!, barsOfSteps(nextTimeline, settings.highlight)) : null;
      setAttributeIfChanged(dom.root, 'aria-label', chartName(options.title, nextTimeline, settings.view, settings.selectedRequest, settings.measured != null, settings.axisNote ?? null, idleNotes(), outlined));
      dom.root.style.background = themeColours(settings.theme).background;
      // A real run that took longer than the simulation still fits when the view is fitted.
      const measuredUntil = settings.measured && settings.view === 'requests' ? measuredEnd(settings.measured) : 0;
      viewport.setExtentFor(dom.root, Math.max(layout!.endMs, measuredUntil));
      layoutMs += performance.now() - start;
      // Drawn with the other charts of this task, on the axis they all make (see whenChartsDrawn).
      updatedCharts.add(drawNow);
      queueFlush();
    },
    destroy() {
      updatedCharts.delete(drawNow);
      if (pending) cancelAnimationFrame(pending);
      unsubscribe();
      unsubscribePlayhead?.();
      resizeObserver.disconnect();
      detachNavigation();
      edgeDrag?.detach();
      dom.root.removeEventListener('pointermove', onPointerMove);
      dom.root.removeEventListener('pointerleave', onPointerLeave);
      cursor.detach();
      viewport.setExtentFor(dom.root, null);
      dom.root.remove();
    },
  };
}

/** A request's bar is pointed out when its route and step path are: asked once per distinct step. */
function barsOfSteps(timeline: Timeline, highlight: StepHighlight): (request: number, path: readonly number[]) => boolean {
  const table = requestTableOf(timeline);
  const known = new Map<string, boolean>();
  return (request, path) => {
    const route = table.route(request);
    const key = `${route}\u0000${path.join(',')}`;
    let on = known.get(key);
    if (on === undefined) known.set(key, (on = highlight(route, path)));
    return on;
  };
}

/** How many of the layout's bars a highlight points out (only set for code the user opened: small timelines). */
function countBars(layout: ChartLayout, pointed: (request: number, path: readonly number[]) => boolean): number {
  let n = 0;
  for (let k = 0; k < layout.bars.length; k++) if (pointed(layout.bars.request(k), layout.bars.path(k))) n++;
  return n;
}
