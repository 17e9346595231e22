/**
 * The live preview of a step being resized by its bar's edge (shared/chart/edgeDrag.ts):
 * a dashed outline of the bar as it will end, a solid ghost edge at the new end, the time
 * added (or taken away) tinted, and a chip "cpu 120 → 150 ms". Drawn over the bars in the
 * plot's coordinates; nothing is edited until the pointer is released.
 */
import type { TimeScale } from '../timeScale';
import { themeColours, type ChartTheme } from '../states';
import { CENTRED_DY, el, textEl, type SvgNode } from '../svgNodes';
import { textWidth } from '../textFit';

export interface ResizePreview {
  /** The bar being stretched (layout px along y, ms along x): the step's last segment. */
  bar: { x0: number; y: number; height: number };
  /** Where the step ends now and where it would end (ms). */
  fromEndMs: number;
  toEndMs: number;
  /** The chip's words, e.g. "cpu 120 → 150 ms". */
  text: string;
}

const BASE_FONT = 15;
const BASE_CHIP_H = 24;

export function resizePreviewNodes(p: ResizePreview, scale: TimeScale, scrollY: number, plotHeight: number, theme: ChartTheme, textScale = 1): SvgNode[] {
  const colours = themeColours(theme);
  const width = scale.range[1];
  const font = BASE_FONT * textScale;
  const chipH = BASE_CHIP_H * textScale;
  const y = p.bar.y - scrollY;
  const h = p.bar.height;
  const x0 = scale.x(p.bar.x0);
  const oldX = scale.x(p.fromEndMs);
  const newX = scale.x(p.toEndMs);
  const left = Math.min(x0, newX);
  const nodes: SvgNode[] = [
    // Added time is tinted in the cursor's colour; time taken away is washed out with the background.
    el('rect', {
      x: Math.min(oldX, newX), y, width: Math.abs(newX - oldX), height: h,
      fill: newX >= oldX ? colours.cursor : colours.background, opacity: newX >= oldX ? 0.2 : 0.65,
    }, undefined, 'change'),
    el('rect', {
      x: left, y: y - 1, width: Math.max(1, Math.abs(newX - x0)), height: h + 2, fill: 'none',
      stroke: colours.cursor, 'stroke-width': 2, 'stroke-dasharray': '6 3',
    }, undefined, 'outline'),
    el('line', { x1: newX, x2: newX, y1: y - 5, y2: y + h + 5, stroke: colours.cursor, 'stroke-width': 3 }, undefined, 'edge'),
  ];
  const chipW = textWidth(p.text, font, true) + 16 * textScale;
  const chipX = Math.max(0, newX + 8 + chipW <= width ? newX + 8 : newX - 8 - chipW);
  // Above the bar when it fits, else below it: never over the bar being resized.
  const above = y - 6 - chipH;
  const chipY = above >= 0 ? above : Math.min(y + h + 6, Math.max(0, plotHeight - chipH));
  nodes.push(el('g', {}, [
    el('rect', { x: chipX, y: chipY, width: chipW, height: chipH, rx: 4, fill: colours.chipBackground, stroke: colours.cursor, 'stroke-width': 1.5 }),
    textEl(p.text, { x: chipX + 8 * textScale, y: chipY + chipH / 2, dy: CENTRED_DY, 'font-size': font, 'font-weight': 700, fill: colours.text }),
  ], 'chip'));
  return nodes;
}
