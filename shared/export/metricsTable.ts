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
/** The narrowest the label column gets: a label then takes two lines. */
const MIN_LABEL_COLUMN = 150;

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
 * On a narrow diagram the value columns shrink to their widest entry and the labels wrap onto
 * a second line: at 480 px two fixed 220 px columns beside a 300 px label column drew one
 * column's throughput over the other's.
 */
export function metricsTableNodes(columns: readonly MetricsColumn[], x: number, y: number, width: number, theme: ChartTheme, chef = false): { nodes: SvgNode[]; height: number } {
  const colours = themeColours(theme);
  const n = Math.max(1, columns.length);
  const rows = ROWS.map(([plainLabel, chefLabel, plainValue, chefValue]) => ({ label: chef ? chefLabel : plainLabel, value: (chef && chefValue) || plainValue }));
  const widest = Math.max(...columns.flatMap((c) => [textWidth(c.heading, FONT, true), ...rows.map((row) => textWidth(row.value(c.metrics), FONT))]));
  const valueWidth = Math.min(VALUE_COLUMN, Math.max(widest + 16, (width - LABEL_COLUMN) / n));
  const labelColumn = Math.max(MIN_LABEL_COLUMN, Math.min(LABEL_COLUMN, width - valueWidth * n));
  const right = (i: number) => x + labelColumn + valueWidth * (i + 1) - 8;
  const nodes: SvgNode[] = [];
  nodes.push(textEl('metrics', { x, y: y + 20, 'font-size': FONT, 'font-weight': 700, fill: colours.mutedText }));
  columns.forEach((c, i) => nodes.push(textEl(fitText(c.heading, valueWidth - 12, FONT, true), {
    x: right(i), y: y + 20, 'text-anchor': 'end', 'font-size': FONT, 'font-weight': 700, fill: colours.text,
  })));
  const tableRight = x + labelColumn + valueWidth * columns.length;
  nodes.push(el('line', { x1: x, x2: tableRight, y1: y + ROW_HEIGHT + 0.5, y2: y + ROW_HEIGHT + 0.5, stroke: colours.groupRule }));
  let rowY = y + ROW_HEIGHT;
  rows.forEach(({ label, value }, r) => {
    const lines = wrapText(label, labelColumn - 8, FONT, false, 2);
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

/** Widest label, for tests: the label column must hold every label. */
export function widestMetricLabel(): number {
  return Math.max(...ROWS.flatMap(([label, chefLabel]) => [textWidth(label, FONT), textWidth(chefLabel, FONT)]));
}
