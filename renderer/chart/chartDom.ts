/**
 * The nodes the chart creates inside its container (and owns: React never touches them):
 * a focusable root, a header SVG (title, legend), the bars canvas, an overlay SVG for the
 * axis, labels and annotations, and a tooltip box.
 */
import { SVG_NS } from '../../shared/chart/svgNodes';
import { FONT_STACK } from '../../shared/chart/textFit';

export interface ChartDom {
  root: HTMLDivElement;
  header: SVGSVGElement;
  canvas: HTMLCanvasElement;
  overlay: SVGSVGElement;
  defs: SVGDefsElement;
  axis: SVGGElement;
  labels: SVGGElement;
  plot: SVGGElement;
  plotClip: SVGRectElement;
  labelClip: SVGRectElement;
  /** Hides what it masks where the canvas drew a bar's label (chartPainter: a real run's outlines). */
  barLabelMask: SVGMaskElement;
  tooltip: HTMLDivElement;
}

let instances = 0;

function svgChild<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attrs: Record<string, string> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  parent.appendChild(node);
  return node;
}

export function createChartDom(container: HTMLElement): ChartDom {
  const id = `ll-chart-${++instances}`;
  const root = document.createElement('div');
  root.className = 'looplab-gantt';
  root.tabIndex = 0;
  root.setAttribute('role', 'application');
  root.setAttribute('aria-roledescription', 'Gantt chart');
  root.style.cssText = `position:relative;width:100%;height:100%;overflow:hidden;font-family:${FONT_STACK};touch-action:none;user-select:none;outline-offset:-3px;`;
  const header = svgChild(root, 'svg', { 'aria-hidden': 'true' });
  header.style.cssText = 'position:absolute;left:0;top:0;';
  const canvas = document.createElement('canvas');
  canvas.style.cssText = 'position:absolute;';
  canvas.setAttribute('aria-hidden', 'true');
  root.appendChild(canvas);
  const overlay = svgChild(root, 'svg', { 'aria-hidden': 'true' });
  overlay.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;';
  const defs = svgChild(overlay, 'defs');
  const clips = svgChild(overlay, 'defs');
  const plotClip = svgChild(svgChild(clips, 'clipPath', { id: `${id}-plot` }), 'rect');
  const labelClip = svgChild(svgChild(clips, 'clipPath', { id: `${id}-labels` }), 'rect');
  const barLabelMask = svgChild(clips, 'mask', { id: `${id}-bar-labels`, maskUnits: 'userSpaceOnUse' });
  const labels = svgChild(overlay, 'g', { 'clip-path': `url(#${id}-labels)` });
  const axis = svgChild(overlay, 'g');
  const plot = svgChild(overlay, 'g', { 'clip-path': `url(#${id}-plot)` });
  const tooltip = document.createElement('div');
  tooltip.setAttribute('role', 'tooltip');
  tooltip.style.cssText = 'position:absolute;display:none;pointer-events:none;padding:8px 12px;border-radius:6px;font-size:15px;line-height:1.4;max-width:420px;box-shadow:0 2px 10px rgba(0,0,0,.3);z-index:1;';
  root.appendChild(tooltip);
  container.appendChild(root);
  return { root, header, canvas, overlay, defs, axis, labels, plot, plotClip, labelClip, barLabelMask, tooltip };
}
