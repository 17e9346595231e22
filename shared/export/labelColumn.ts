/**
 * The export's label column (row names left of the plot). A wide export keeps the live chart's
 * 214 px column; a narrow one (a doc column, a phone: 480–1,000 px) sizes it to the labels it
 * holds, because at 480 px the fixed column left the plot 202 px, two ticks of time axis beside
 * "event loop" in a column half empty. A label the column cannot hold on one line wraps onto
 * two at a space, and only one that still does not fit is cut, with an ellipsis and its whole
 * name as the row's <title>: paper has no tooltip, so a cut must say it is one.
 */
import type { ChartLayout, ChartRow } from '../chart/layout';
import { LABEL_WIDTH, rowLabelFont } from '../chart/marks/rowLabels';
import { AXIS_FONT } from '../chart/marks/axis';
import { SMALLEST_ROW_FONT } from '../chart/rowMetrics';
import { themeColours, type ChartTheme } from '../chart/states';
import { CENTRED_DY, textEl, type SvgNode } from '../chart/svgNodes';
import { fitText, textWidth } from '../chart/textFit';

/** Where a label starts in its column, and what it keeps clear of the plot after it. */
const TEXT_X = 14;
const AFTER = 10;
/** A block this wide or wider keeps the fixed column: there it takes under a fifth of the block. */
export const FITTED_BELOW = 5 * LABEL_WIDTH;
/** A fitted column takes at most this share of its block: the rest is the chart. */
const MAX_SHARE = 0.4;
/** A wrapped label's two lines: the smallest chart text, 15 px apart (they fit a 34 px row). */
const WRAP_FONT = SMALLEST_ROW_FONT;
const WRAP_LINE = 15;

/** How a row's label is drawn in a column: one line, two, or cut (with the whole label kept as a title). */
export interface PlacedLabel {
  lines: string[];
  size: number;
  bold: boolean;
  cut: boolean;
}

const need = (text: string, size: number, bold: boolean) => TEXT_X + textWidth(text, size, bold) + AFTER;

/** The label on two lines, split at the space that makes the longer line shortest; null for one word or a row too short. */
function twoLines(row: ChartRow, bold: boolean): [string, string] | null {
  if (row.height < 2 * WRAP_LINE + 2) return null;
  const words = row.label.split(' ');
  let best: [string, string] | null = null;
  let bestWidth = Infinity;
  for (let k = 1; k < words.length; k++) {
    const pair: [string, string] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    const width = Math.max(...pair.map((line) => need(line, WRAP_FONT, bold)));
    if (width < bestWidth) { best = pair; bestWidth = width; }
  }
  return best;
}

/** What a row's label needs of the column: one line, or failing `cap`, its two wrapped lines. */
function rowNeed(row: ChartRow, layout: ChartLayout, cap: number): number {
  const { size, bold } = rowLabelFont(row, false, layout.metrics);
  const one = need(row.label, size, bold);
  if (one <= cap) return one;
  const two = twoLines(row, bold);
  return two ? Math.max(...two.map((line) => need(line, WRAP_FONT, bold))) : one;
}

/**
 * The column's width for charts drawn in blocks `blockWidth` wide. One width for every chart of
 * the export: stacked charts share a time axis, so their plots must start at the same x.
 */
export function labelColumnWidth(layouts: readonly ChartLayout[], blockWidth: number, atLeast = 0): number {
  if (blockWidth >= FITTED_BELOW) return LABEL_WIDTH;
  const cap = Math.min(LABEL_WIDTH, Math.round(MAX_SHARE * blockWidth));
  let widest = atLeast;
  for (const layout of layouts) for (const row of layout.rows) widest = Math.max(widest, rowNeed(row, layout, cap));
  return Math.min(cap, Math.ceil(widest));
}

/** What the column needs to hold a note on the time axis, left of its ticks (the axis's bold text). */
export function axisNoteWidth(note: string): number {
  return need(note, AXIS_FONT, true);
}

/** The note on the time axis, cut to the column when it must be (a narrow export's column is the labels' width). */
export function axisNoteText(note: string, width: number): string {
  return fitText(note, (width - TEXT_X - AFTER), AXIS_FONT, true);
}

/** Where the axis note starts, relative to the plot's left edge: under the labels' left edge. */
export const axisNoteX = (width: number) => TEXT_X - width;

/** How `row`'s label fits a column `width` px wide. */
export function placeLabel(row: ChartRow, layout: ChartLayout, width: number): PlacedLabel {
  const { size, bold } = rowLabelFont(row, false, layout.metrics);
  if (need(row.label, size, bold) <= width) return { lines: [row.label], size, bold, cut: false };
  const two = twoLines(row, bold);
  if (two && two.every((line) => need(line, WRAP_FONT, bold) <= width)) return { lines: two, size: WRAP_FONT, bold, cut: false };
  return { lines: [fitText(row.label, (width - TEXT_X - AFTER), size, bold)], size, bold, cut: true };
}

/** Every row's label in a column `width` px wide, in column coordinates. */
export function labelColumnNodes(layout: ChartLayout, width: number, theme: ChartTheme): SvgNode[] {
  const colours = themeColours(theme);
  return layout.rows.flatMap((row) => {
    const placed = placeLabel(row, layout, width);
    const mid = row.y + row.height / 2;
    const first = mid - ((placed.lines.length - 1) * WRAP_LINE) / 2;
    return placed.lines.map((line, i) => {
      const text = textEl(line, {
        x: TEXT_X, y: first + i * WRAP_LINE, dy: CENTRED_DY, 'font-size': placed.size, 'font-weight': placed.bold ? 700 : 400, fill: colours.text,
      });
      // A cut label keeps its whole name as its title: a tooltip where the SVG is viewed live, and read by a screen reader.
      if (placed.cut) text.children = [{ tag: 'title', text: row.label }];
      return text;
    });
  });
}
