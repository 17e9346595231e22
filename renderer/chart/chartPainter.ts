/**
 * One redraw: works out the frame (header, axis, label column, plot), paints row bands,
 * grid and bars on the canvas, and applies the SVG marks with d3 joins. Only rows and
 * bars inside the visible window are touched, so the cost follows the screen, not the data.
 */
import type { SegmentState } from '../../shared/engine/timeline';
import { SEGMENT_STATES } from '../../shared/engine/timeline';
import type { ChartLayout } from '../../shared/chart/layout';
import { stateStyle, themeColours, type ChartTheme } from '../../shared/chart/states';
import { timeScale, type TimeScale } from '../../shared/chart/timeScale';
import { visibleRowRange } from '../../shared/chart/hitTest';
import { el, type SvgNode } from '../../shared/chart/svgNodes';
import { statePatternDefs } from '../../shared/chart/patternDefs';
import { BAR_LABEL_SIZE, visibleBarRects } from '../../shared/chart/marks/bars';
import { AXIS_FONT, axisNodes, gridNodes } from '../../shared/chart/marks/axis';
import { axisHeading, GROUP_FONT, groupHeadingNodes, labelWidth, rowBandNodes, rowLabelNodes } from '../../shared/chart/marks/rowLabels';
import { blockedLoopNodes, blockedPattern } from '../../shared/chart/marks/blockedLoop';
import { cursorNodes } from '../../shared/chart/marks/cursor';
import { idleWorkerNodes } from '../../shared/chart/marks/idleWorkers';
import type { IdleWorkerNote } from '../../shared/chart/idleWorkers';
import { resizePreviewNodes, type ResizePreview } from '../../shared/chart/marks/resizePreview';
import { measuredNodes, type MeasuredOverlay } from '../../shared/chart/marks/measured';
import { fitRowMetrics, rowFont, sameMetrics } from '../../shared/chart/rowMetrics';
import { placeRows } from '../../shared/chart/rowPlacement';
import { FONT_STACK, fitText } from '../../shared/chart/textFit';
import type { Viewport } from './viewport';
import type { ChartDom } from './chartDom';
import { applySvgNodes, setAttributeIfChanged } from './applySvgNodes';
import { canvasPattern } from './canvasPatterns';
import { paintBars, type LabelBox } from './paintBars';
import { paintPlainNodes } from './paintNodes';
import { headerNodes } from './chartHeader';

export interface ChartFrame {
  plotLeft: number;
  plotTop: number;
  plotWidth: number;
  plotHeight: number;
  scrollY: number;
  scale: TimeScale;
}

export interface PaintSettings {
  title: string;
  chef: boolean;
  theme: ChartTheme;
  selectedRequest: number | null;
  scrollY: number;
  cursorMs: number | null;
  /** All chart text (and rows, to hold it) is this many times its normal size. */
  textScale: number;
  /** Playback: draw only what happened up to this time, with the cursor there (null: everything). */
  playbackMs: number | null;
  /**
   * The chart's size as its ResizeObserver last reported it. Reading clientWidth instead
   * forces a synchronous layout of the page in the middle of an edit (after React has
   * changed the DOM); null measures (the first draw).
   */
  box: { width: number; height: number } | null;
  /** Bars to point out, by request and step path (null: none). */
  highlightBar?: ((request: number, path: readonly number[]) => boolean) | null;
  /** A step edge being dragged: its preview, over the bars (null: none). */
  resize?: ResizePreview | null;
  /** Why a worker's lane is empty, written in it (idleWorkers.ts). */
  idleNotes?: readonly IdleWorkerNote[];
  /** Said on the axis, left of the plot: this chart's time axis is its own (not shared). */
  axisNote?: string | null;
  /** A real run over the requests view's bars (null: none). */
  measured?: MeasuredOverlay | null;
}

/** The smallest text the chart draws at text scale 1 (bar labels, cursor chips, the blocked band's words). */
export const SMALLEST_CHART_FONT = BAR_LABEL_SIZE;
const SCROLLBAR = 14;
const AXIS_HEIGHT = 28;
/**
 * Under this height (× the text scale) a chart is short (two charts beside a lesson at
 * 1280×720 are 252 px): the title line and the axis band take 4 px less each, and at the
 * smallest rows 8 px is most of a request row. The 15 px axis labels still clear the title.
 */
const COMPACT_BELOW = 360;
const COMPACT_AXIS_HEIGHT = 24;

export class ChartPainter {
  private fills = new Map<SegmentState, CanvasPattern | string>();
  private fillsFor = '';
  private blockedFill: CanvasPattern | string = '#C00000';
  private blockedFor = '';
  /**
   * What each SVG part was last drawn from. A part whose inputs are all the same (===) is
   * left as it is: its nodes would come out identical, and building and joining them cost
   * about a third of a draw (an axis-only redraw after the other chart's edit keeps the
   * header and the labels; a pan keeps the header).
   */
  private drawnFrom = new Map<string, readonly unknown[]>();
  private header: ReturnType<typeof headerNodes> | null = null;

  constructor(private readonly dom: ChartDom, private readonly legend: boolean) {}

  /** Whether `part` must be drawn again for these inputs (and remember them). */
  private changed(part: string, inputs: readonly unknown[]): boolean {
    const last = this.drawnFrom.get(part);
    if (last && last.length === inputs.length && last.every((v, i) => v === inputs[i])) return false;
    this.drawnFrom.set(part, inputs);
    return true;
  }

  draw(layout: ChartLayout, viewport: Viewport, s: PaintSettings): ChartFrame {
    const { dom } = this;
    const t = s.textScale;
    const colours = themeColours(s.theme);
    const width = Math.max(200, s.box?.width ?? dom.root.clientWidth);
    const height = Math.max(150, s.box?.height ?? dom.root.clientHeight);
    const dpr = window.devicePixelRatio || 1;

    const blocked = layout.blocked.length > 0;
    const measured = layout.view === 'requests' && s.measured ? s.measured : null;
    const compact = height < COMPACT_BELOW * t;
    if (this.changed('header', [s.title, width, s.theme, s.chef, t, this.legend && layout.states.join(), blocked, measured !== null, compact]) || !this.header) {
      this.header = headerNodes({ title: s.title, width, theme: s.theme, chef: s.chef, textScale: t, compact,
        legend: this.legend ? { states: layout.states, blocked, measured: measured !== null } : null });
      applySvgNodes(dom.header, this.header.nodes);
    }
    const header = this.header;
    // Only changed values are written (see setAttributeIfChanged): a rewritten SVG attribute relays the SVG out.
    setAttributeIfChanged(dom.header, 'width', String(width));
    setAttributeIfChanged(dom.header, 'height', String(header.height));

    const axis = { font: AXIS_FONT * t, height: Math.round((compact ? COMPACT_AXIS_HEIGHT : AXIS_HEIGHT) * t) };
    const plotLeft = labelWidth(t);
    const plotTop = header.height + axis.height;
    const plotWidth = Math.max(50, width - plotLeft - SCROLLBAR - 4);
    const plotHeight = Math.max(40, height - plotTop - 2);
    // Rows take the height there is: shrunk to a readable minimum before anything scrolls. At
    // text scale 1 their text may shrink with them down to 14 px; presentation's down to 16 px.
    // A chart of one worker may name it on the axis, left of the ticks, unless a note is there.
    const fitted = fitRowMetrics(layout.census, plotHeight, t, true, !s.axisNote);
    if (!sameMetrics(fitted, layout.metrics)) placeRows(layout, fitted);
    const scrollY = Math.min(Math.max(0, s.scrollY), Math.max(0, layout.height - plotHeight));
    const scale = timeScale([viewport.start, viewport.end], [0, plotWidth]);
    const rows = visibleRowRange(layout, scrollY, plotHeight);

    const labelBoxes = this.paintCanvas(layout, scale, rows, { plotLeft, plotTop, plotWidth, plotHeight, dpr, scrollY }, s);
    if (measured) this.maskBarLabels(labelBoxes, plotWidth, plotHeight);

    setAttributeIfChanged(dom.overlay, 'width', String(width));
    setAttributeIfChanged(dom.overlay, 'height', String(height));
    setAttributeIfChanged(dom.plotClip, 'width', String(plotWidth + SCROLLBAR + 4));
    setAttributeIfChanged(dom.plotClip, 'height', String(plotHeight));
    setAttributeIfChanged(dom.labelClip, 'width', String(width));
    setAttributeIfChanged(dom.labelClip, 'height', String(plotHeight));
    if (dom.defs.dataset.theme !== s.theme) {
      applySvgNodes(dom.defs, statePatternDefs(s.theme));
      dom.defs.dataset.theme = s.theme;
    }
    setAttributeIfChanged(dom.axis, 'transform', `translate(${plotLeft},${header.height})`);
    const heading = axisHeading(layout);
    if (this.changed('axis', [scale.domain[0], scale.domain[1], plotWidth, s.theme, axis.font, axis.height, s.axisNote, plotLeft, heading, layout.metrics.textShrink])) {
      const note = s.axisNote ? { text: fitText(s.axisNote, plotLeft - 22 * t, axis.font, true), x: 14 * t - plotLeft } : undefined;
      const onAxis = heading ? { text: heading, x: 14 * t - plotLeft, font: rowFont(GROUP_FONT, layout.metrics, t) } : undefined;
      applySvgNodes(dom.axis, axisNodes(scale, s.theme, axis, note, onAxis));
    }
    setAttributeIfChanged(dom.labels, 'transform', `translate(0,${plotTop})`);
    setAttributeIfChanged(dom.labels, 'font-family', FONT_STACK);
    // Row positions change only with the layout or its metrics (placeRows replaces them).
    if (this.changed('labels', [layout, layout.metrics, rows.from, rows.to, scrollY, plotHeight, width, s.theme, s.selectedRequest, t])) {
      applySvgNodes(dom.labels, [
        ...groupHeadingNodes(layout, scrollY, plotHeight, width, s.theme, t),
        ...rowLabelNodes(layout, rows, scrollY, s.theme, s.selectedRequest, t),
      ]);
    }
    // During playback the cursor is the playhead: it says what everyone is doing "now".
    const cursorMs = s.playbackMs ?? s.cursorMs;
    setAttributeIfChanged(dom.plot, 'transform', `translate(${plotLeft},${plotTop})`);
    if (this.changed('plot', [cursorMs, s.playbackMs, s.resize, measured, layout, layout.metrics, layout.height, rows.from, rows.to, scrollY,
      plotWidth, plotHeight, scale.domain[0], scale.domain[1], s.theme, s.chef, t, s.idleNotes])) {
      applySvgNodes(dom.plot, [
        el('g', {}, idleWorkerNodes(layout, s.idleNotes ?? [], scrollY, plotWidth, s.theme, t), 'idle'),
        // The canvas draws the bars' labels under this SVG: a real run's outlines and whiskers are
        // masked where a label is (they crossed its letters where a measured end fell on it), the
        // chips that say by how much a request differs stay over everything.
        el('g', { mask: `url(#${dom.barLabelMask.id})` }, measured ? measuredNodes(layout, scale, rows, scrollY, measured, s.theme, t, s.playbackMs ?? Infinity, 'outlines') : [], 'measured'),
        el('g', {}, measured ? measuredNodes(layout, scale, rows, scrollY, measured, s.theme, t, s.playbackMs ?? Infinity, 'chips') : [], 'measured-chips'),
        el('g', {}, cursorMs === null ? [] : cursorNodes(layout, scale, cursorMs, rows, scrollY, plotHeight, s.theme, s.chef, t, s.playbackMs !== null), 'cursor'),
        el('g', {}, s.resize ? resizePreviewNodes(s.resize, scale, scrollY, plotHeight, s.theme, t) : [], 'resize'),
        el('g', {}, scrollbarNodes(layout.height, scrollY, plotWidth, plotHeight, colours.groupRule), 'scrollbar'),
      ]);
    }
    setAttributeIfChanged(dom.header, 'font-family', FONT_STACK);
    setAttributeIfChanged(dom.overlay, 'font-family', FONT_STACK);
    // Canvas text cannot be measured from the DOM: say how small it gets (the e2e test reads this).
    setAttributeIfChanged(dom.root, 'data-smallest-text-px', String(Math.min(SMALLEST_CHART_FONT * t, rowFont(SMALLEST_CHART_FONT, layout.metrics, t))));
    setAttributeIfChanged(dom.root, 'data-rows-shown', String(rows.to - rows.from));
    // Where the drawing stops during playback ('' = everything), so a test can see the chart follow the playhead.
    setAttributeIfChanged(dom.root, 'data-drawn-until-ms', s.playbackMs === null ? '' : String(s.playbackMs));
    return { plotLeft, plotTop, plotWidth, plotHeight, scrollY, scale };
  }

  /** The outlines' mask: everything but the pills the canvas just painted the bars' labels on. */
  private maskBarLabels(boxes: readonly LabelBox[], plotWidth: number, plotHeight: number) {
    const mask = this.dom.barLabelMask;
    const area = { x: -10, y: -10, width: plotWidth + SCROLLBAR + 24, height: plotHeight + 20 };
    for (const [name, value] of Object.entries(area)) setAttributeIfChanged(mask, name, String(value));
    applySvgNodes(mask, [el('rect', { ...area, fill: '#fff' }), ...boxes.map((b) => el('rect', { x: b.x, y: b.y, width: b.w, height: b.h, fill: '#000' }))]);
  }

  private paintCanvas(layout: ChartLayout, scale: TimeScale, rows: { from: number; to: number },
    f: { plotLeft: number; plotTop: number; plotWidth: number; plotHeight: number; dpr: number; scrollY: number }, s: PaintSettings): LabelBox[] {
    const { canvas } = this.dom;
    const deviceWidth = Math.round(f.plotWidth * f.dpr);
    const deviceHeight = Math.round(f.plotHeight * f.dpr);
    if (canvas.width !== deviceWidth || canvas.height !== deviceHeight) {
      canvas.width = deviceWidth;
      canvas.height = deviceHeight;
    }
    Object.assign(canvas.style, { left: `${f.plotLeft}px`, top: `${f.plotTop}px`, width: `${f.plotWidth}px`, height: `${f.plotHeight}px` });
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(f.dpr, 0, 0, f.dpr, 0, 0);
    ctx.clearRect(0, 0, f.plotWidth, f.plotHeight);
    paintPlainNodes(ctx, rowBandNodes(layout, rows, f.scrollY, f.plotWidth, s.theme, s.selectedRequest));
    paintPlainNodes(ctx, gridNodes(scale, f.plotHeight, s.theme, AXIS_FONT * s.textScale));
    const key = `${s.theme}@${f.dpr}`;
    if (this.fillsFor !== key) {
      this.fills = new Map(SEGMENT_STATES.map((state) => {
        const style = stateStyle(state, s.theme);
        return [state, canvasPattern(ctx, { id: state, kind: style.pattern, fill: style.fill, ink: style.ink }, f.dpr)];
      }));
      this.fillsFor = key;
    }
    const untilMs = s.playbackMs ?? Infinity;
    const rects = visibleBarRects(layout, scale, rows, f.scrollY, untilMs);
    const labelSize = rowFont(BAR_LABEL_SIZE, layout.metrics, s.textScale);
    const labelBoxes = paintBars(ctx, rects, { fills: this.fills, theme: s.theme, selectedRequest: s.selectedRequest, highlight: s.highlightBar ?? null, labelSize, font: `${labelSize}px ${FONT_STACK}` });
    // The blocked-loop band can be thousands of hatched rects at 10,000 requests: SVG would choke, canvas does not.
    if (this.blockedFor !== key) {
      this.blockedFill = canvasPattern(ctx, blockedPattern(s.theme), f.dpr);
      this.blockedFor = key;
    }
    paintPlainNodes(ctx, blockedLoopNodes(layout, scale, rows, f.scrollY, s.theme, s.chef, s.textScale, untilMs), { 'url(#ll-blocked)': this.blockedFill });
    return labelBoxes;
  }

  showTooltip(lines: string[], clientX: number, clientY: number, theme: ChartTheme, textScale = 1): void {
    const { tooltip, root } = this.dom;
    const colours = themeColours(theme);
    tooltip.replaceChildren(...lines.map((line, i) => {
      const div = document.createElement('div');
      div.textContent = line;
      if (i === 0) div.style.fontWeight = '700';
      return div;
    }));
    Object.assign(tooltip.style, { fontSize: `${15 * textScale}px`, padding: `${8 * textScale}px ${12 * textScale}px`, maxWidth: `${420 * textScale}px`, display: 'block', background: colours.chipBackground, color: colours.text, border: `1px solid ${colours.groupRule}` });
    const box = root.getBoundingClientRect();
    const x = clientX - box.left + 16;
    const y = clientY - box.top + 18;
    const w = tooltip.offsetWidth;
    const h = tooltip.offsetHeight;
    tooltip.style.left = `${x + w > box.width ? Math.max(0, x - w - 32) : x}px`;
    tooltip.style.top = `${y + h > box.height ? Math.max(0, y - h - 36) : y}px`;
  }
}

/** A thin thumb on the right when the rows do not fit: tells the viewer there is more below. */
function scrollbarNodes(contentHeight: number, scrollY: number, plotWidth: number, plotHeight: number, colour: string): SvgNode[] {
  if (contentHeight <= plotHeight) return [];
  const thumb = Math.max(24, (plotHeight * plotHeight) / contentHeight);
  const y = (scrollY / (contentHeight - plotHeight)) * (plotHeight - thumb);
  return [el('rect', { x: plotWidth + 5, y, width: SCROLLBAR - 6, height: thumb, rx: 4, fill: colour, opacity: 0.7 })];
}
