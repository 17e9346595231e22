/**
 * The blocked-loop annotation: a red hatched band over each stretch where an event loop
 * was not free, labelled "loop blocked 200 ms" when wide enough, and a red frame around
 * the loop's bars. It is the one thing a learner must not miss.
 */
import type { ChartLayout } from '../layout';
import type { TimeScale } from '../timeScale';
import { blockedLabel, themeColours, type ChartTheme } from '../states';
import { CENTRED_DY, el, textEl, type SvgNode } from '../svgNodes';
import { formatDuration } from '../timeScale';
import { textWidth } from '../textFit';
import type { PatternSpec } from '../patterns';
import { rowFont } from '../rowMetrics';

const FONT = 14;

/**
 * Red stripes in colour. In print there is no red: bold black stripes on white, where blocking
 * I/O's (the same diagonal) are thin on mid grey; on light grey the two legend swatches were
 * one grey hatch side by side.
 */
export function blockedPattern(theme: ChartTheme): PatternSpec {
  const colours = themeColours(theme);
  if (theme === 'print') return { id: 'll-blocked', kind: 'diagonal', fill: '#FFFFFF', ink: colours.blocked, weight: 2.5 };
  const fill = theme === 'light' ? '#FFD9D9' : '#4A0000';
  return { id: 'll-blocked', kind: 'diagonal', fill, ink: colours.blocked, weight: 2 };
}

/**
 * Annotation nodes in plot coordinates for the visible rows [from, to). Stretches closer than a
 * pixel merge. A stretch the time window cuts says how much of it is in view as well as its whole
 * length: a window from 300 to 600 ms over a loop blocked from 0 to 1,000 ms showed "loop blocked
 * 1,000 ms" over 300 ms of band, which a reader measures against the axis and finds wrong.
 */
export function blockedLoopNodes(layout: ChartLayout, scale: TimeScale, rows: { from: number; to: number }, scrollY: number, theme: ChartTheme, chef: boolean, textScale = 1, untilMs = Infinity): SvgNode[] {
  const font = rowFont(FONT, layout.metrics, textScale);
  const colours = themeColours(theme);
  const [d0, d1] = scale.domain;
  const width = scale.range[1];
  const merged: { row: number; x0: number; x1: number; ms: number; shownMs: number }[] = [];
  for (const stretch of layout.blocked) {
    if (stretch.row < rows.from || stretch.row >= rows.to || stretch.x1 < d0 || stretch.x0 > d1 || stretch.x0 >= untilMs) continue;
    const end = Math.min(stretch.x1, untilMs); // playback: blocked so far
    const x0 = Math.max(-2, scale.x(stretch.x0));
    const x1 = Math.min(width + 2, scale.x(end));
    const ms = end - stretch.x0;
    const shownMs = Math.max(0, Math.min(end, d1) - Math.max(stretch.x0, d0));
    const last = merged[merged.length - 1];
    if (last && last.row === stretch.row && x0 - last.x1 < 2) {
      last.x1 = Math.max(last.x1, x1);
      last.ms += ms;
      last.shownMs += shownMs;
    } else merged.push({ row: stretch.row, x0, x1, ms, shownMs });
  }
  const nodes: SvgNode[] = [];
  const { loopBand, pad } = layout.metrics;
  for (const m of merged) {
    const row = layout.rows[m.row]!;
    const top = row.y - scrollY;
    const w = Math.max(2, m.x1 - m.x0);
    nodes.push(el('rect', { x: m.x0, y: top + 3, width: w, height: loopBand - 5, fill: 'url(#ll-blocked)', stroke: colours.blocked, 'stroke-width': 1.5 }));
    nodes.push(el('rect', { x: m.x0, y: top + loopBand - 1, width: w, height: row.height - loopBand - pad + 2, fill: 'none', stroke: colours.blocked, 'stroke-width': 2 }));
    const short = blockedLabel(chef);
    if (textWidth(short, font, true) + 12 > w) continue; // most stretches: no room for words
    const label = blockedBandWords(short, m.ms, m.shownMs).find((text) => textWidth(text, font, true) + 12 <= w) ?? short;
    const labelWidth = textWidth(label, font, true) + 10;
    nodes.push(el('rect', { x: m.x0 + 1, y: top + 3, width: labelWidth, height: loopBand - 5, fill: colours.blocked }));
    nodes.push(textEl(label, {
      x: m.x0 + 6, y: top + 3 + (loopBand - 5) / 2, dy: CENTRED_DY, 'font-size': font, 'font-weight': 700, fill: colours.blockedText,
    }));
  }
  return nodes;
}

/**
 * The band's words, longest first; the first that fits is drawn. A stretch wholly in view gives
 * its length; one the window cuts gives both lengths, or only the part in view, said to be a part
 * (a shortened "loop blocked 1,000 ms" would be the false one). Under a microsecond of
 * difference is rounding, not a cut.
 */
export function blockedBandWords(short: string, ms: number, shownMs: number): string[] {
  if (ms - shownMs < 1e-3) return [`${short} ${formatDuration(ms)}`];
  return [`${short} ${formatDuration(ms)}, ${formatDuration(shownMs)} in view`, `${short} ${formatDuration(shownMs)} in view`];
}
