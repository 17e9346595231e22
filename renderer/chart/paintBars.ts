/** The bars mark painted on the live chart's canvas (the SVG side is barNodes in shared/chart/marks/bars.ts). */
import { barAlpha, barLabel, type BarRect } from '../../shared/chart/marks/bars';
import { SEGMENT_STATES } from '../../shared/engine/timeline';
import { stateStyle, themeColours, type ChartTheme } from '../../shared/chart/states';
import { textWidth } from '../../shared/chart/textFit';

export interface BarPaint {
  fills: Map<string, CanvasPattern | string>;
  theme: ChartTheme;
  selectedRequest: number | null;
  /** Bars pointed out (a line of the Python source): outlined, the others faded; it wins over the selection. */
  highlight?: ((request: number, path: readonly number[]) => boolean) | null;
  /** Bar label size, px (the font below is that size). */
  labelSize: number;
  font: string;
}

/** Where a bar's label was painted: the pill under its text, in plot px. */
export interface LabelBox { x: number; y: number; w: number; h: number }

/**
 * Paint the rects on a canvas whose transform already maps plot px to device px. Canvas
 * state (alpha, fill, stroke) is set only when it changes: a setter costs about as much as
 * the fill itself, and neighbouring bars mostly share it. The pixels are the same.
 * Returns the labels' pills, for marks drawn over the canvas to keep off them.
 */
export function paintBars(ctx: CanvasRenderingContext2D, rects: readonly BarRect[], paint: BarPaint): LabelBox[] {
  const colours = themeColours(paint.theme);
  const selected = paint.highlight ? null : paint.selectedRequest;
  const pointed = paint.highlight ?? null;
  const faded = (rect: BarRect) => (pointed ? !pointed(rect.bars.request(rect.index), rect.bars.path(rect.index)) : selected !== null && rect.bars.request(rect.index) !== selected);
  const fillOf = SEGMENT_STATES.map((state) => paint.fills.get(state) ?? '#888');
  // A thin edge in the background colour separates neighbouring bars of the same state
  // (nothing below changes the stroke until the selection pass).
  ctx.strokeStyle = colours.barEdge;
  ctx.lineWidth = 1;
  let alpha = NaN;
  let fill: CanvasPattern | string | null = null;
  for (const rect of rects) {
    const a = (faded(rect) ? 0.3 : 1) * barAlpha(rect);
    if (a !== alpha) ctx.globalAlpha = alpha = a;
    const f = fillOf[rect.bars.stateIndex(rect.index)]!;
    if (f !== fill) ctx.fillStyle = fill = f;
    ctx.fillRect(rect.x, rect.y, rect.w, rect.h);
    if (rect.w >= 4) ctx.strokeRect(rect.x + 0.5, rect.y + 0.5, rect.w - 1, rect.h - 1);
  }
  ctx.globalAlpha = 1;
  if (selected !== null || pointed) {
    ctx.strokeStyle = colours.selection;
    ctx.lineWidth = 2.5;
    for (const rect of rects) if (!faded(rect)) ctx.strokeRect(rect.x + 1, rect.y + 1, rect.w - 2, rect.h - 2);
  }
  ctx.font = paint.font;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const boxes: LabelBox[] = [];
  for (const rect of rects) {
    const text = barLabel(rect, paint.labelSize);
    if (!text) continue;
    const style = stateStyle(rect.bars.state(rect.index), paint.theme);
    ctx.globalAlpha = faded(rect) ? 0.45 : 1;
    // A solid pill in the bar's colour keeps the label readable over the pattern.
    ctx.fillStyle = style.fill;
    const box = { x: rect.x + 3, y: rect.y + 2, w: textWidth(text, paint.labelSize) + 4, h: rect.h - 4 };
    ctx.fillRect(box.x, box.y, box.w, box.h);
    boxes.push(box);
    ctx.fillStyle = style.text;
    ctx.fillText(text, rect.x + 5, rect.y + rect.h / 2);
  }
  ctx.globalAlpha = 1;
  return boxes;
}
