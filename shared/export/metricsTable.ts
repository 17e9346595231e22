/**
 * The numbers under the chart(s): a small table a slide can show beside the picture.
 * One value column per chart, so def and async def read across like a comparison.
 */
import type { Metrics } from '../engine/timeline';
import { themeColours, type ChartTheme } from '../chart/states';
import { el, textEl, type SvgNode } from '../chart/svgNodes';
import { formatDuration } from '../chart/timeScale';
import { fitText, textWidth, wrapText } from '../chart/textFit';

const FONT = 16;
const ROW_HEIGHT = 28;
export const LABEL_COLUMN = 300;
const VALUE_COLUMN = 220;
/** Under this the label column makes the value headings take two lines. */
const MIN_LABEL_COLUMN = 150;
/** The narrowest it ever gets (two columns at 480 px): a label then takes up to three lines. */
const MIN_NARROW_LABEL_COLUMN = 110;

export interface MetricsColumn {
  heading: string;
  metrics: Metrics;
}

/** Label, the kitchen's word for it (chef mode retells everything, the table too), value. */
type MetricRow = [label: string, chefLabel: string, value: (m: Metrics) => string, chefValue?: (m: Metrics) => string];

const ms = (v: number) => formatDuration(v);

const ROWS: readonly MetricRow[] = [
  ['requests', 'order tickets', (m) => m.requests.toLocaleString('en-US')],
  ['total time (all requests done)', 'until the last dish is out', (m) => ms(m.makespan)],
  ['median latency (p50)', 'median ticket time (p50)', (m) => ms(m.latency.p50)],
  ['p95 latency', 'p95 ticket time', (m) => ms(m.latency.p95)],
  ['slowest request', 'slowest ticket', (m) => ms(m.latency.max)],
  ['throughput', 'tickets served', (m) => `${(Math.round(m.throughput * 10) / 10).toLocaleString('en-US')} req/s`, (m) => `${(Math.round(m.throughput * 10) / 10).toLocaleString('en-US')} tickets/s`],
  ['event loop blocked (all workers)', 'chef stuck (all kitchens)', (m) => ms(m.loopBlockedTotalMs)],
];

/** One more line under a label that wraps. */
const LINE = 20;

/**
 * Table nodes at (x, y), values right-aligned under each chart's heading, and the height taken.
 * On a narrow diagram the value columns shrink to their widest entry, their headings take two
 * lines if they must, and the labels wrap: at 480 px two fixed 220 px columns beside a 300 px
 * label column drew one column's throughput over the other's.
 */
export function metricsTableNodes(columns: readonly MetricsColumn[], x: number, y: number, width: number, theme: ChartTheme, chef = false): { nodes: SvgNode[]; height: number } {
  const colours = themeColours(theme);
  const n = Math.max(1, columns.length);
  const rows = ROWS.map(([plainLabel, chefLabel, plainValue, chefValue]) => ({ label: chef ? chefLabel : plainLabel, value: (chef && chefValue) || plainValue }));
  const widestValue = Math.max(...columns.flatMap((c) => rows.map((row) => textWidth(row.value(c.metrics), FONT)))) + 16;
  const oneLine = columns.map((c) => [c.heading]);
  const widestHeading = (headings: string[][]) => Math.max(...headings.flat().map((line) => textWidth(line, FONT, true))) + 16;
  const fit = (headings: string[][]) => {
    const valueWidth = Math.min(VALUE_COLUMN, Math.max(widestValue, widestHeading(headings), (width - LABEL_COLUMN) / n));
    return { headings, valueWidth, labelColumn: Math.min(LABEL_COLUMN, width - valueWidth * n) };
  };
  // Headings on two lines when on one they leave the labels too little room: at 480 px "def version"
  // and "async def version" took 370 px, and the second column ran past the diagram's right edge.
  // Likewise a heading wider than a whole value column: on one line chef mode's "cooked by helper
  // cooks" was cut to "cooked by helper co…" even at 1600 px.
  let layout = fit(oneLine);
  if (layout.labelColumn < MIN_LABEL_COLUMN || widestHeading(oneLine) > VALUE_COLUMN) layout = fit(columns.map((c) => balancedLines(c.heading)));
  const { headings, valueWidth } = layout;
  const labelColumn = Math.max(MIN_NARROW_LABEL_COLUMN, layout.labelColumn);
  const right = (i: number) => x + labelColumn + valueWidth * (i + 1) - 8;
  const nodes: SvgNode[] = [];
  const headingLines = Math.max(...headings.map((h) => h.length));
  const headHeight = ROW_HEIGHT + LINE * (headingLines - 1);
  nodes.push(textEl('metrics', { x, y: y + 20 + LINE * (headingLines - 1), 'font-size': FONT, 'font-weight': 700, fill: colours.mutedText }));
  headings.forEach((lines, i) => lines.forEach((line, k) => nodes.push(textEl(fitText(line, valueWidth - 12, FONT, true), {
    x: right(i), y: y + 20 + LINE * (k + headingLines - lines.length), 'text-anchor': 'end', 'font-size': FONT, 'font-weight': 700, fill: colours.text,
  }))));
  const tableRight = x + labelColumn + valueWidth * columns.length;
  nodes.push(el('line', { x1: x, x2: tableRight, y1: y + headHeight + 0.5, y2: y + headHeight + 0.5, stroke: colours.groupRule }));
  let rowY = y + headHeight;
  rows.forEach(({ label, value }, r) => {
    const lines = wrapText(label, labelColumn - 8, FONT, false, 3);
    const height = ROW_HEIGHT + LINE * (lines.length - 1);
    if (r % 2 === 1) nodes.push(el('rect', { x, y: rowY + 1, width: tableRight - x, height, fill: colours.rowStripe }));
    lines.forEach((line, k) => nodes.push(textEl(line, { x, y: rowY + 20 + LINE * k, 'font-size': FONT, fill: colours.text })));
    columns.forEach((c, i) => nodes.push(textEl(value(c.metrics), {
      x: right(i), y: rowY + 20, 'text-anchor': 'end', 'font-size': FONT, fill: colours.text,
    })));
    rowY += height;
  });
  return { nodes, height: rowY - y + 12 };
}

/** `text` on two lines split at the space that makes the longer one shortest (one line if it has no space). */
function balancedLines(text: string): string[] {
  const words = text.split(' ');
  let best = [text];
  let bestWidth = textWidth(text, FONT, true);
  for (let k = 1; k < words.length; k++) {
    const lines = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    const w = Math.max(...lines.map((line) => textWidth(line, FONT, true)));
    if (w < bestWidth) { best = lines; bestWidth = w; }
  }
  return best;
}

/** Widest label, for tests: the label column must hold every label. */
export function widestMetricLabel(): number {
  return Math.max(...ROWS.flatMap(([label, chefLabel]) => [textWidth(label, FONT), textWidth(chefLabel, FONT)]));
}
