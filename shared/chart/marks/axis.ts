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

/**
 * The axis's ticks, every one labelled: round values, evenly spaced, never closer than five
 * and a half letters, and as many as fit with their labels apart (a letter at least; the
 * first and last labels are pulled inside the axis). A last tick whose pulled-in label would
 * touch its neighbour's is left out rather than making every step coarser. Skipping labels
 * that collided, as before, left an axis that read 0, 10, 20, 40 ms.
 */
export function axisTicks(scale: TimeScale, font: number): { ms: number; label: string; x: number; labelX: number }[] {
  const width = scale.range[1];
  const gap = 12 * (font / AXIS_FONT);
  const apart = (a: { labelX: number; half: number }, b: { labelX: number; half: number }) => b.labelX - b.half >= a.labelX + a.half + gap;
  for (let spacing = 5.5 * font; ; spacing *= 1.25) {
    const placed = scale.ticks(spacing).map((tick) => {
      const x = scale.x(tick.ms);
      const half = textWidth(tick.label, font) / 2;
      return { ...tick, x, labelX: Math.min(Math.max(x, half + 2), width - half - 2), half };
    });
    const n = placed.length;
    const clashAt = placed.findIndex((t, i) => i > 0 && !apart(placed[i - 1]!, t));
    const fitting = clashAt === -1 ? placed
      : clashAt === n - 1 && n > 2 && placed[n - 1]!.labelX < placed[n - 1]!.x ? placed.slice(0, -1) // the edge label, pulled in
        : null;
    // Past the width even the coarsest step cannot space two labels: a very narrow axis keeps its first.
    if (fitting || n <= 1 || spacing > width) return (fitting ?? placed.slice(0, 1)).map(({ half: _half, ...t }) => t);
  }
}

/**
 * Tick labels and tick marks, in axis coordinates (x: plot px, y: 0 at the axis top).
 * `note`: a word on the axis itself, left of the plot (x < 0), e.g. that it is this chart's own.
 * `heading`: there instead, the chart's one group ("WORKER 0") when it has no heading row.
 */
export function axisNodes(scale: TimeScale, theme: ChartTheme, size: AxisSize = EXPORT_AXIS, note?: { text: string; x: number },
  heading?: { text: string; x: number; font: number }): SvgNode[] {
  const { font, height } = size;
  const colours = themeColours(theme);
  const width = scale.range[1];
  const nodes: SvgNode[] = [el('line', { x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5, stroke: colours.groupRule }, undefined, 'baseline')];
  for (const tick of axisTicks(scale, font)) {
    nodes.push(el('line', { x1: tick.x, x2: tick.x, y1: height - 7, y2: height, stroke: colours.groupRule }, undefined, `tick${tick.ms}`));
    nodes.push(textEl(tick.label, { x: tick.labelX, y: height - 12 * (font / AXIS_FONT), 'text-anchor': 'middle', 'font-size': font, fill: colours.text }, `label${tick.ms}`));
  }
  if (heading) {
    nodes.push(textEl(heading.text, { x: heading.x, y: height - 12 * (font / AXIS_FONT), 'font-size': heading.font, 'font-weight': 700, 'letter-spacing': 0.5, fill: colours.mutedText }, 'heading'));
  }
  if (note?.text) nodes.push(textEl(note.text, { x: note.x, y: height - 12 * (font / AXIS_FONT), 'font-size': font, 'font-weight': 700, fill: colours.selection }, 'note'));
  return nodes;
}

/** Vertical grid lines through the plot, at the same ticks (drawn behind the bars). */
export function gridNodes(scale: TimeScale, plotHeight: number, theme: ChartTheme, font = AXIS_FONT): SvgNode[] {
  const colours = themeColours(theme);
  return axisTicks(scale, font).map((tick) =>
    el('line', { x1: tick.x, x2: tick.x, y1: 0, y2: plotHeight, stroke: colours.grid, 'stroke-width': 1 }));
}
