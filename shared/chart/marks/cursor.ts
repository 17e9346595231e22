/**
 * The time cursor: a vertical line at one instant, and beside each visible row a chip
 * saying what that lane or request is doing then ("#3 blocking I/O"). It answers
 * "what is everyone doing while the loop is blocked?" at a glance.
 */
import type { ChartLayout } from '../layout';
import type { TimeScale } from '../timeScale';
import { barIndicesAt } from '../hitTest';
import { stateName, themeColours, type ChartTheme } from '../states';
import { CENTRED_DY, el, textEl, type SvgNode } from '../svgNodes';
import { fitText, textWidth } from '../textFit';
import { formatDuration } from '../timeScale';

const BASE_FONT = 14;
const BASE_CHIP_H = 20;

/** What row `r` is doing at `ms`, in words, or '' when idle. `startedOnly` (playback): ignore bars that start exactly then, they are not drawn yet. */
export function rowActivity(layout: ChartLayout, r: number, ms: number, chef: boolean, startedOnly = false): string {
  const bars = layout.bars;
  const found = barIndicesAt(layout, r, ms).filter((i) => !startedOnly || bars.x0(i) < ms);
  if (found.length === 0) return '';
  const row = layout.rows[r]!;
  const words = found.map((i) => {
    const request = bars.request(i);
    return (row.kind === 'request' || request < 0 ? '' : `#${request} `) + stateName(bars.state(i), chef);
  });
  return [...new Set(words)].join(' + ');
}

export function cursorNodes(layout: ChartLayout, scale: TimeScale, ms: number, rows: { from: number; to: number }, scrollY: number, plotHeight: number, theme: ChartTheme, chef: boolean, textScale = 1, startedOnly = false): SvgNode[] {
  const colours = themeColours(theme);
  const FONT = BASE_FONT * textScale;
  const CHIP_H = BASE_CHIP_H * textScale;
  const x = scale.x(ms);
  const width = scale.range[1];
  const nodes: SvgNode[] = [el('line', { x1: x, x2: x, y1: 0, y2: plotHeight, stroke: colours.cursor, 'stroke-width': 1.5, 'stroke-dasharray': '5 3' }, undefined, 'line')];
  const timeText = formatDuration(ms);
  const timeW = textWidth(timeText, FONT, true) + 12 * textScale;
  nodes.push(el('rect', { x: Math.min(x + 4, width - timeW), y: 2, width: timeW, height: CHIP_H, rx: 3, fill: colours.cursor }, undefined, 'timebg'));
  nodes.push(textEl(timeText, { x: Math.min(x + 4, width - timeW) + 6 * textScale, y: 2 + CHIP_H / 2, dy: CENTRED_DY, 'font-size': FONT, 'font-weight': 700, fill: colours.background }, 'time'));
  for (let r = rows.from; r < rows.to; r++) {
    const text = fitText(rowActivity(layout, r, ms, chef, startedOnly), Math.max(60, width / 2 - 20), FONT);
    if (!text) continue;
    const row = layout.rows[r]!;
    const chipW = textWidth(text, FONT) + 12 * textScale;
    const chipX = x + 8 + chipW <= width ? x + 8 : x - 8 - chipW;
    // On a loop row, centre on its bars (below the blocked band when there is one).
    const first = row.firstBar;
    const cy = row.kind === 'loop' && row.barCount > 0
      ? layout.bars.y(first, r) - scrollY + layout.bars.height(first, r) / 2
      : row.y - scrollY + row.height / 2;
    if (cy < CHIP_H + 6) continue; // keep clear of the time readout at the top
    nodes.push(el('g', {}, [
      el('rect', { x: chipX, y: cy - CHIP_H / 2, width: chipW, height: CHIP_H, rx: 3, fill: colours.chipBackground, stroke: colours.cursor, 'stroke-width': 1, opacity: 0.95 }),
      textEl(text, { x: chipX + 6 * textScale, y: cy, dy: CENTRED_DY, 'font-size': FONT, fill: colours.text }),
    ], `chip${row.key}`));
  }
  return nodes;
}
