/**
 * The live chart's header: the title, and the legend on the title's line when it fits
 * (else wrapped below it). Every pixel of header is a pixel less for rows, so it takes
 * one line whenever it can.
 */
import type { SegmentState } from '../../shared/engine/timeline';
import { themeColours, type ChartTheme } from '../../shared/chart/states';
import { el, textEl, type SvgNode } from '../../shared/chart/svgNodes';
import { legendNodes } from '../../shared/chart/marks/legend';
import { fitText, textWidth } from '../../shared/chart/textFit';

export const TITLE_FONT = 20;
const LINE = 32;
/** A short chart's title line, 8 px more for rows: an 18 px title, still clear of the axis labels. */
const COMPACT_LINE = 24;
const COMPACT_TITLE_FONT = 18;
const LEGEND_LINE = 28; // legend.ts's line height at text scale 1

export interface HeaderSpec {
  title: string;
  width: number;
  theme: ChartTheme;
  chef: boolean;
  textScale: number;
  /** A short chart (see the painter): a tighter title line. */
  compact?: boolean;
  /** null: no legend (the shell shows one shared legend). */
  legend: { states: readonly SegmentState[]; blocked: boolean; measured?: boolean } | null;
}

/** Each legend item says what it is (`data-legend`: its state, or "blocked"), so the chart can explain it on hover. */
function named(items: SvgNode[]): SvgNode[] {
  return items.map((item) => ({ ...item, attrs: { ...item.attrs, 'data-legend': item.key } }));
}

export function headerNodes(h: HeaderSpec): { nodes: SvgNode[]; height: number } {
  const t = h.textScale;
  const colours = themeColours(h.theme);
  const left = 14 * t;
  const line = Math.round((h.compact ? COMPACT_LINE : LINE) * t);
  const font = (h.compact ? COMPACT_TITLE_FONT : TITLE_FONT) * t;
  const title = fitText(h.title, h.width - 2 * left, font, true) || h.title;
  const titleText = textEl(title, { x: left, y: Math.round(line * 0.72), 'font-size': font, 'font-weight': 700, fill: colours.text });
  // Cut with an ellipsis: the whole title is the tooltip (and the chart's accessible name has it).
  const nodes: SvgNode[] = [title === h.title ? { ...titleText, key: 'title' } : el('g', {}, [{ tag: 'title', text: h.title }, titleText], 'title')];
  if (!h.legend) return { nodes, height: line };
  const { states, blocked } = h.legend;
  const measured = h.legend.measured === true;
  const besideX = left + textWidth(title, font, true) + 28 * t;
  const beside = legendNodes(states, blocked, h.width - besideX - left, h.theme, h.chef, t, measured);
  const legendTop = (line - LEGEND_LINE * t) / 2;
  // Beside the title only when every item fits there whole (one item wider than the space was drawn past the chart's edge).
  if (beside.nodes.length > 0 && beside.fits && beside.height <= LEGEND_LINE * t + 0.5) {
    nodes.push(el('g', { transform: `translate(${besideX},${legendTop})` }, named(beside.nodes), 'legend'));
    return { nodes, height: line };
  }
  const below = legendNodes(states, blocked, h.width - 2 * left, h.theme, h.chef, t, measured);
  nodes.push(el('g', { transform: `translate(${left},${line})` }, named(below.nodes), 'legend'));
  return { nodes, height: line + below.height };
}
