/**
 * The legend: a swatch with each state's colour and pattern, and its name, flowing onto
 * as many lines as the width needs (sized without a DOM so exports can use it).
 */
import type { SegmentState } from '../../engine/timeline';
import { blockedLabel, stateName, themeColours, type ChartTheme } from '../states';
import { CENTRED_DY, el, textEl, type SvgNode } from '../svgNodes';
import { fitText, textWidth } from '../textFit';
import { measuredSwatch } from './measured';

export const LEGEND_FONT = 15;
const BASE = { swatchW: 26, swatchH: 18, lineHeight: 28, gap: 20 };

export interface LegendMark {
  nodes: SvgNode[];
  height: number;
  /** Every item within `width` (an item wider than the whole width is cut to fit, with an ellipsis and a <title>). */
  fits: boolean;
}

export const MEASURED_LABEL = 'measured (real run)';

/** Legend for `states` (plus the blocked-loop band when `blocked`, a real run's outline when `measured`), wrapped to `width`. */
export function legendNodes(states: readonly SegmentState[], blocked: boolean, width: number, theme: ChartTheme, chef: boolean, textScale = 1, measured = false): LegendMark {
  const colours = themeColours(theme);
  const [SWATCH_W, SWATCH_H, LINE_HEIGHT, GAP, FONT] = [BASE.swatchW, BASE.swatchH, BASE.lineHeight, BASE.gap, LEGEND_FONT].map((n) => n * textScale) as [number, number, number, number, number];
  const items: { key: string; fill: string; label: string }[] = states.map((s) => ({ key: s, fill: `url(#ll-${s})`, label: stateName(s, chef) }));
  if (blocked) items.push({ key: 'blocked', fill: 'url(#ll-blocked)', label: blockedLabel(chef) });
  if (measured) items.push({ key: 'measured', fill: 'none', label: MEASURED_LABEL });
  const nodes: SvgNode[] = [];
  let x = 0;
  let y = 0;
  let fits = true;
  for (const item of items) {
    const textX = SWATCH_W + 8 * textScale;
    let itemWidth = textX + textWidth(item.label, FONT);
    if (x > 0 && x + itemWidth > width) { x = 0; y += LINE_HEIGHT; }
    // Alone on its line and still too wide: cut with an ellipsis, the full name as its tooltip.
    const label = itemWidth > width ? fitText(item.label, width - textX, FONT) : item.label;
    if (label !== item.label) { fits = false; itemWidth = width; }
    const swatch = item.key === 'measured'
      ? measuredSwatch(SWATCH_W, SWATCH_H, 3 * textScale, theme)
      : [el('rect', { width: SWATCH_W, height: SWATCH_H, y: 3 * textScale, fill: item.fill, stroke: item.key === 'blocked' ? colours.blocked : colours.groupRule, 'stroke-width': 1 })];
    nodes.push(el('g', { transform: `translate(${x},${y})` }, [
      ...(label === item.label ? [] : [{ tag: 'title', text: item.label }]), // the item's tooltip
      ...swatch,
      textEl(label, { x: textX, y: 3 * textScale + SWATCH_H / 2, dy: CENTRED_DY, 'font-size': FONT, fill: colours.text }),
    ], item.key));
    x += itemWidth + GAP;
  }
  return { nodes, height: items.length ? y + LINE_HEIGHT : 0, fits };
}
