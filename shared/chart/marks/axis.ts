/**
 * The time axis: tick labels in ms above the plot and faint vertical grid lines through it.
 * Labels are clamped inside the axis so the first and last are never cut off.
 */
import type { TimeScale } from '../timeScale';
import { themeColours, type ChartTheme } from '../states';
import { el, textEl, type SvgNode } from '../svgNodes';
import { textWidth } from '../textFit';

export const AXIS_HEIGHT = 36;
export const AXIS_FONT = 15;

/** Tick labels and tick marks, in axis coordinates (x: plot px, y: 0 at the axis top). */
export function axisNodes(scale: TimeScale, theme: ChartTheme): SvgNode[] {
  const colours = themeColours(theme);
  const width = scale.range[1];
  const nodes: SvgNode[] = [el('line', { x1: 0, x2: width, y1: AXIS_HEIGHT - 0.5, y2: AXIS_HEIGHT - 0.5, stroke: colours.groupRule }, undefined, 'baseline')];
  for (const tick of scale.ticks(Math.max(110, textWidth('10,000 ms', AXIS_FONT) + 30))) {
    const x = scale.x(tick.ms);
    const half = textWidth(tick.label, AXIS_FONT) / 2;
    const labelX = Math.min(Math.max(x, half + 2), width - half - 2);
    nodes.push(el('line', { x1: x, x2: x, y1: AXIS_HEIGHT - 7, y2: AXIS_HEIGHT, stroke: colours.groupRule }, undefined, `tick${tick.ms}`));
    nodes.push(textEl(tick.label, { x: labelX, y: AXIS_HEIGHT - 12, 'text-anchor': 'middle', 'font-size': AXIS_FONT, fill: colours.text }, `label${tick.ms}`));
  }
  return nodes;
}

/** Vertical grid lines through the plot, at the same ticks (drawn behind the bars). */
export function gridNodes(scale: TimeScale, plotHeight: number, theme: ChartTheme): SvgNode[] {
  const colours = themeColours(theme);
  return scale.ticks(Math.max(110, textWidth('10,000 ms', AXIS_FONT) + 30)).map((tick) =>
    el('line', { x1: scale.x(tick.ms), x2: scale.x(tick.ms), y1: 0, y2: plotHeight, stroke: colours.grid, 'stroke-width': 1 }));
}
