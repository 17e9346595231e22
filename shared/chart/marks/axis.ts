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

/** The axis's font and height: the export's by default; the live chart scales both with its text. */
export interface AxisSize { font: number; height: number }
export const EXPORT_AXIS: AxisSize = { font: AXIS_FONT, height: AXIS_HEIGHT };

const tickSpacing = (font: number) => Math.max(110, textWidth('10,000 ms', font) + 30);

/** Tick labels and tick marks, in axis coordinates (x: plot px, y: 0 at the axis top). */
export function axisNodes(scale: TimeScale, theme: ChartTheme, size: AxisSize = EXPORT_AXIS): SvgNode[] {
  const { font, height } = size;
  const colours = themeColours(theme);
  const width = scale.range[1];
  const nodes: SvgNode[] = [el('line', { x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5, stroke: colours.groupRule }, undefined, 'baseline')];
  let labelledUpTo = -Infinity;
  for (const tick of scale.ticks(tickSpacing(font))) {
    const x = scale.x(tick.ms);
    const half = textWidth(tick.label, font) / 2;
    const labelX = Math.min(Math.max(x, half + 2), width - half - 2);
    nodes.push(el('line', { x1: x, x2: x, y1: height - 7, y2: height, stroke: colours.groupRule }, undefined, `tick${tick.ms}`));
    // d3 may give a tick more than asked for, and the last label is pushed inside the edge: never let two overlap.
    if (labelX - half < labelledUpTo + 8) continue;
    labelledUpTo = labelX + half;
    nodes.push(textEl(tick.label, { x: labelX, y: height - 12 * (font / AXIS_FONT), 'text-anchor': 'middle', 'font-size': font, fill: colours.text }, `label${tick.ms}`));
  }
  return nodes;
}

/** Vertical grid lines through the plot, at the same ticks (drawn behind the bars). */
export function gridNodes(scale: TimeScale, plotHeight: number, theme: ChartTheme, font = AXIS_FONT): SvgNode[] {
  const colours = themeColours(theme);
  return scale.ticks(tickSpacing(font)).map((tick) =>
    el('line', { x1: scale.x(tick.ms), x2: scale.x(tick.ms), y1: 0, y2: plotHeight, stroke: colours.grid, 'stroke-width': 1 }));
}
