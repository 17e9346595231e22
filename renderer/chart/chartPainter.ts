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
import { CENTRED_DY, el, textEl, type SvgNode } from '../../shared/chart/svgNodes';
import { statePatternDefs } from '../../shared/chart/patternDefs';
import { visibleBarRects } from '../../shared/chart/marks/bars';
import { AXIS_HEIGHT, axisNodes, gridNodes } from '../../shared/chart/marks/axis';
import { groupHeadingNodes, LABEL_WIDTH, rowBandNodes, rowLabelNodes } from '../../shared/chart/marks/rowLabels';
import { blockedLoopNodes, blockedPattern } from '../../shared/chart/marks/blockedLoop';
import { cursorNodes } from '../../shared/chart/marks/cursor';
import { legendNodes } from '../../shared/chart/marks/legend';
import { FONT_STACK } from '../../shared/chart/textFit';
import type { Viewport } from './viewport';
import type { ChartDom } from './chartDom';
import { applySvgNodes } from './applySvgNodes';
import { canvasPattern } from './canvasPatterns';
import { paintBars } from './paintBars';

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
}

const TITLE_FONT = 22;
const SCROLLBAR = 14;

export class ChartPainter {
  private fills = new Map<SegmentState, CanvasPattern | string>();
  private fillsFor = '';
  private blockedFill: CanvasPattern | string = '#C00000';
  private blockedFor = '';

  constructor(private readonly dom: ChartDom, private readonly legend: boolean) {}

  draw(layout: ChartLayout, viewport: Viewport, s: PaintSettings): ChartFrame {
    const { dom } = this;
    const colours = themeColours(s.theme);
    const width = Math.max(200, dom.root.clientWidth);
    const height = Math.max(150, dom.root.clientHeight);
    const dpr = window.devicePixelRatio || 1;

    // Header: title, then the legend wrapped to the width.
    const legend = this.legend ? legendNodes(layout.states, layout.blocked.length > 0, width - 28, s.theme, s.chef) : { nodes: [], height: 0 };
    const headerHeight = 40 + legend.height + 4;
    dom.header.setAttribute('width', String(width));
    dom.header.setAttribute('height', String(headerHeight));
    applySvgNodes(dom.header, [
      textEl(s.title, { x: 14, y: 28, 'font-size': TITLE_FONT, 'font-weight': 700, fill: colours.text }, 'title'),
      el('g', { transform: 'translate(14,40)' }, legend.nodes, 'legend'),
    ]);

    const plotLeft = LABEL_WIDTH;
    const plotTop = headerHeight + AXIS_HEIGHT;
    const plotWidth = Math.max(50, width - plotLeft - SCROLLBAR - 4);
    const plotHeight = Math.max(40, height - plotTop - 6);
    const scrollY = Math.min(Math.max(0, s.scrollY), Math.max(0, layout.height - plotHeight));
    const scale = timeScale([viewport.start, viewport.end], [0, plotWidth]);
    const rows = visibleRowRange(layout, scrollY, plotHeight);

    this.paintCanvas(layout, scale, rows, { plotLeft, plotTop, plotWidth, plotHeight, dpr, scrollY }, s);

    dom.overlay.setAttribute('width', String(width));
    dom.overlay.setAttribute('height', String(height));
    dom.plotClip.setAttribute('width', String(plotWidth + SCROLLBAR + 4));
    dom.plotClip.setAttribute('height', String(plotHeight));
    dom.labelClip.setAttribute('width', String(width));
    dom.labelClip.setAttribute('height', String(plotHeight));
    if (dom.defs.dataset.theme !== s.theme) {
      applySvgNodes(dom.defs, statePatternDefs(s.theme));
      dom.defs.dataset.theme = s.theme;
    }
    dom.axis.setAttribute('transform', `translate(${plotLeft},${headerHeight})`);
    applySvgNodes(dom.axis, axisNodes(scale, s.theme));
    dom.labels.setAttribute('transform', `translate(0,${plotTop})`);
    dom.labels.setAttribute('font-family', FONT_STACK);
    applySvgNodes(dom.labels, [
      ...groupHeadingNodes(layout, scrollY, plotHeight, width, s.theme),
      ...rowLabelNodes(layout, rows, scrollY, s.theme, s.selectedRequest),
    ]);
    dom.plot.setAttribute('transform', `translate(${plotLeft},${plotTop})`);
    applySvgNodes(dom.plot, [
      el('g', {}, s.cursorMs === null ? [] : cursorNodes(layout, scale, s.cursorMs, rows, scrollY, plotHeight, s.theme, s.chef), 'cursor'),
      el('g', {}, scrollbarNodes(layout.height, scrollY, plotWidth, plotHeight, colours.groupRule), 'scrollbar'),
    ]);
    dom.header.setAttribute('font-family', FONT_STACK);
    dom.overlay.setAttribute('font-family', FONT_STACK);
    return { plotLeft, plotTop, plotWidth, plotHeight, scrollY, scale };
  }

  private paintCanvas(layout: ChartLayout, scale: TimeScale, rows: { from: number; to: number },
    f: { plotLeft: number; plotTop: number; plotWidth: number; plotHeight: number; dpr: number; scrollY: number }, s: PaintSettings) {
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
    paintPlainNodes(ctx, gridNodes(scale, f.plotHeight, s.theme));
    const key = `${s.theme}@${f.dpr}`;
    if (this.fillsFor !== key) {
      this.fills = new Map(SEGMENT_STATES.map((state) => {
        const style = stateStyle(state, s.theme);
        return [state, canvasPattern(ctx, { id: state, kind: style.pattern, fill: style.fill, ink: style.ink }, f.dpr)];
      }));
      this.fillsFor = key;
    }
    const rects = visibleBarRects(layout, scale, rows, f.scrollY);
    paintBars(ctx, rects, { fills: this.fills, theme: s.theme, selectedRequest: s.selectedRequest, font: `14px ${FONT_STACK}` });
    // The blocked-loop band can be thousands of hatched rects at 10,000 requests: SVG would choke, canvas does not.
    if (this.blockedFor !== key) {
      this.blockedFill = canvasPattern(ctx, blockedPattern(s.theme), f.dpr);
      this.blockedFor = key;
    }
    paintPlainNodes(ctx, blockedLoopNodes(layout, scale, rows, f.scrollY, s.theme, s.chef), { 'url(#ll-blocked)': this.blockedFill });
  }

  showTooltip(lines: string[], clientX: number, clientY: number, theme: ChartTheme): void {
    const { tooltip, root } = this.dom;
    const colours = themeColours(theme);
    tooltip.replaceChildren(...lines.map((line, i) => {
      const div = document.createElement('div');
      div.textContent = line;
      if (i === 0) div.style.fontWeight = '700';
      return div;
    }));
    Object.assign(tooltip.style, { display: 'block', background: colours.chipBackground, color: colours.text, border: `1px solid ${colours.groupRule}` });
    const box = root.getBoundingClientRect();
    const x = clientX - box.left + 16;
    const y = clientY - box.top + 18;
    const w = tooltip.offsetWidth;
    const h = tooltip.offsetHeight;
    tooltip.style.left = `${x + w > box.width ? Math.max(0, x - w - 32) : x}px`;
    tooltip.style.top = `${y + h > box.height ? Math.max(0, y - h - 36) : y}px`;
  }
}

/**
 * Canvas painting of simple nodes (rect, line, text; groups flattened), so marks that can be
 * numerous are drawn on canvas live while exports write the very same nodes as SVG.
 * `fills` maps pattern references ("url(#ll-blocked)") to canvas patterns.
 */
function paintPlainNodes(ctx: CanvasRenderingContext2D, nodes: readonly SvgNode[], fills: Record<string, CanvasPattern | string> = {}): void {
  for (const node of nodes) {
    const a = node.attrs ?? {};
    const num = (name: string, fallback = 0) => Number(a[name] ?? fallback);
    if (node.tag === 'rect') {
      const [x, y, w, h] = [num('x'), num('y'), num('width'), num('height')];
      const fill = a.fill === undefined ? '#000' : String(a.fill);
      if (fill !== 'none') {
        ctx.fillStyle = fills[fill] ?? fill;
        ctx.fillRect(x, y, w, h);
      }
      if (a.stroke !== undefined) {
        ctx.strokeStyle = String(a.stroke);
        ctx.lineWidth = num('stroke-width', 1);
        ctx.strokeRect(x, y, w, h);
      }
    } else if (node.tag === 'line') {
      ctx.strokeStyle = String(a.stroke);
      ctx.lineWidth = num('stroke-width', 1);
      ctx.beginPath();
      ctx.moveTo(Math.round(num('x1')) + 0.5, num('y1'));
      ctx.lineTo(Math.round(num('x2')) + 0.5, num('y2'));
      ctx.stroke();
    } else if (node.tag === 'text' && node.text) {
      ctx.font = `${a['font-weight'] ?? 400} ${num('font-size', 14)}px ${FONT_STACK}`;
      ctx.fillStyle = String(a.fill ?? '#000');
      ctx.textBaseline = a.dy === CENTRED_DY ? 'middle' : 'alphabetic';
      ctx.fillText(node.text, num('x'), num('y'));
    } else if (node.tag === 'g' && node.children) {
      paintPlainNodes(ctx, node.children, fills);
    }
  }
}

/** A thin thumb on the right when the rows do not fit: tells the viewer there is more below. */
function scrollbarNodes(contentHeight: number, scrollY: number, plotWidth: number, plotHeight: number, colour: string): SvgNode[] {
  if (contentHeight <= plotHeight) return [];
  const thumb = Math.max(24, (plotHeight * plotHeight) / contentHeight);
  const y = (scrollY / (contentHeight - plotHeight)) * (plotHeight - thumb);
  return [el('rect', { x: plotWidth + 5, y, width: SCROLLBAR - 6, height: thumb, rx: 4, fill: colour, opacity: 0.7 })];
}
