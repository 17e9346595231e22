/**
 * Row names in the left column ("event loop", "anyio thread 3", "#12 report"), group
 * headings ("worker 0"), and the row bands behind the bars. Lane labels are big: they are
 * read from the back of a classroom.
 */
import type { ChartLayout } from '../layout';
import { themeColours, type ChartTheme } from '../states';
import { CENTRED_DY, el, textEl, type SvgNode } from '../svgNodes';
import { fitText } from '../textFit';
import { ROW, rowFont, type RowMetrics } from '../rowMetrics';

export const LABEL_WIDTH = 214;
/** The label column grows with the text it holds. */
export const labelWidth = (textScale = 1) => Math.round(LABEL_WIDTH * textScale);
const LOOP_FONT = 18;
const ROW_FONT = 15;
export const GROUP_FONT = 15;

type Rows = { from: number; to: number };

/** A row label's size and weight: the loop's name is big and bold (it is the star), a selected request's bold. */
export function rowLabelFont(row: ChartLayout['rows'][number], selected: boolean, metrics: RowMetrics = ROW, textScale = 1): { size: number; bold: boolean } {
  return { size: rowFont(row.kind === 'loop' ? LOOP_FONT : ROW_FONT, metrics, textScale), bold: row.kind === 'loop' || selected };
}

/** A row's label as drawn: cut to the label column with an ellipsis (the chart shows the whole label on hover). */
export function shownRowLabel(row: ChartLayout['rows'][number], selected: boolean, textScale = 1, metrics: RowMetrics = ROW): string {
  const { size, bold } = rowLabelFont(row, selected, metrics, textScale);
  return fitText(row.label, labelWidth(textScale) - 24 * textScale, size, bold);
}

/** Labels for rows [from, to) in label-column coordinates (y shifted by -scrollY). */
export function rowLabelNodes(layout: ChartLayout, rows: Rows, scrollY: number, theme: ChartTheme, selectedRequest: number | null, textScale = 1): SvgNode[] {
  const colours = themeColours(theme);
  const nodes: SvgNode[] = [];
  for (let r = rows.from; r < rows.to; r++) {
    const row = layout.rows[r]!;
    const isLoop = row.kind === 'loop';
    const selected = row.request !== null && row.request === selectedRequest;
    const size = rowFont(isLoop ? LOOP_FONT : ROW_FONT, layout.metrics, textScale);
    const bold = isLoop || selected;
    nodes.push(textEl(shownRowLabel(row, selected, textScale, layout.metrics), {
      x: 14 * textScale, y: row.y - scrollY + row.height / 2, dy: CENTRED_DY, 'font-size': size,
      'font-weight': bold ? 700 : 400, fill: colours.text,
    }, row.key));
  }
  return nodes;
}

/** Group headings ("worker 0", "requests") visible in [scrollY, scrollY + height), with a rule across the chart. */
export function groupHeadingNodes(layout: ChartLayout, scrollY: number, height: number, totalWidth: number, theme: ChartTheme, textScale = 1): SvgNode[] {
  const colours = themeColours(theme);
  const nodes: SvgNode[] = [];
  const heading = layout.metrics.groupHeading;
  // Named on the time axis instead (axisHeading): no heading row.
  if (layout.metrics.headingOnAxis && layout.groups.length === 1) return nodes;
  for (const group of layout.groups) {
    const y = group.y - scrollY;
    if (y > height || y + heading < 0) continue;
    nodes.push(el('line', { x1: 0, x2: totalWidth, y1: y + heading - 0.5, y2: y + heading - 0.5, stroke: colours.groupRule }, undefined, `${group.key}:rule`));
    // The baseline sits two thirds down the heading, a few px above the rule.
    nodes.push(textEl(group.label.toUpperCase(), {
      x: 14 * textScale, y: y + Math.round((heading * 2) / 3), 'font-size': rowFont(GROUP_FONT, layout.metrics, textScale), 'font-weight': 700, 'letter-spacing': 0.5, fill: colours.mutedText,
    }, group.key));
  }
  return nodes;
}

/** The one group's name as the axis shows it when it has no heading row (metrics.headingOnAxis), else null. */
export function axisHeading(layout: ChartLayout): string | null {
  return layout.metrics.headingOnAxis && layout.groups.length === 1 ? layout.groups[0]!.label.toUpperCase() : null;
}

/** Row bands behind the bars: the loop row tinted, others striped, the selected request highlighted. */
export function rowBandNodes(layout: ChartLayout, rows: Rows, scrollY: number, width: number, theme: ChartTheme, selectedRequest: number | null): SvgNode[] {
  const colours = themeColours(theme);
  const nodes: SvgNode[] = [];
  for (let r = rows.from; r < rows.to; r++) {
    const row = layout.rows[r]!;
    const selected = row.request !== null && row.request === selectedRequest;
    const fill = selected ? colours.grid : row.kind === 'loop' ? colours.loopRow : r % 2 === 0 ? colours.rowStripe : undefined;
    if (fill) nodes.push(el('rect', { x: 0, y: row.y - scrollY, width, height: row.height, fill }));
  }
  return nodes;
}
