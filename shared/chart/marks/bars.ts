/**
 * The bars mark: one rectangle per segment in its state's colour and pattern, drawn on a
 * canvas in the live chart (renderer/chart/paintBars.ts: thousands of bars, 60 fps) and as
 * SVG <rect>s in exports.
 * Only visible bars are emitted, and bars thinner than a pixel that land on an already
 * painted pixel are skipped, so the work per frame is bounded by the chart's width; such a
 * pixel is drawn in the state whose bars cover the most of it, as opaque as its bars fill it
 * (barAlpha): painted solid, a loop busy a quarter of the time looked busy all of it.
 * The scan reads the bar list's accessors, and a rect names its bar by index in that list:
 * a snapshot per rect (BarList.at) made a fit-zoom frame of 95,000 rects 5× slower, most
 * of it the garbage collector copying the snapshots.
 */
import type { BarList } from '../barList';
import type { ChartLayout } from '../layout';
import type { TimeScale } from '../timeScale';
import { firstBarFrom } from '../hitTest';
import { stateStyle, themeColours, type ChartTheme } from '../states';
import { SEGMENT_STATES } from '../../engine/timeline';
import { CENTRED_DY, el, textEl, type SvgNode } from '../svgNodes';
import { fitText, textWidth } from '../textFit';

export interface BarRect {
  /** The bar drawn is bars' bar `index` (read it with the list's accessors, or take bars.at(index)). */
  bars: BarList;
  index: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** A run of thin bars an export merged into one: no edge and no label (it is many bars). */
  merged?: boolean;
  /**
   * A bar thinner than a pixel, widened to it: how much of that pixel it and the bars drawn as
   * it cover (0–1). Absent: the bar is a pixel wide or more, and is drawn solid.
   */
  coverage?: number;
}

/**
 * How opaque a rect is drawn: 1 for a bar a pixel wide or more; for a pixel of thin bars, how
 * much of it they cover, to the nearest quarter (at least one: a lone sliver stays visible), so that at
 * 10,000 requests an event loop busy a quarter of the time reads as that, not as always busy.
 * Quarters, not the exact share: neighbouring pixels then mostly share a value, which keeps a
 * canvas's state changes and an export's merged runs few.
 */
export function barAlpha(rect: BarRect): number {
  if (rect.coverage === undefined) return 1;
  return Math.max(1, Math.round(Math.min(1, rect.coverage) * 4)) / 4;
}

export const BAR_LABEL_SIZE = 14;

/**
 * Bars of rows [from, to) inside the scale's domain, in plot pixels (y shifted by -scrollY).
 * `untilMs` (playback) cuts bars there: nothing after it has happened yet.
 */
export function visibleBarRects(layout: ChartLayout, scale: TimeScale, rows: { from: number; to: number }, scrollY: number, untilMs = Infinity): BarRect[] {
  const rects: BarRect[] = [];
  const d0 = scale.domain[0];
  const d1 = Math.min(scale.domain[1], untilMs);
  const width = Math.min(scale.range[1] + 2, scale.x(untilMs));
  const bars = layout.bars;
  for (let r = rows.from; r < rows.to; r++) {
    const row = layout.rows[r]!;
    const end = row.firstBar + row.barCount;
    const paintedUpTo = new Map<number, number>(); // per sub-lane y: rightmost painted pixel
    // Per sub-lane y: the last rect if it is a sub-pixel bar widened to its pixel (null: the last
    // was wide), and how much of that pixel the bars of each state cover.
    const widened = new Map<number, { rect: BarRect | null; byState: Float64Array; best: number }>();
    for (let i = firstBarFrom(layout, r, d0); i < end; i++) {
      const x0 = bars.x0(i);
      if (x0 > d1 || x0 >= untilMs) break;
      const x1 = bars.x1(i);
      if (x1 < d0) continue;
      const y = bars.y(i, r);
      const px0 = Math.max(-2, scale.x(x0));
      const px1 = Math.min(width, scale.x(x1));
      const painted = paintedUpTo.get(y) ?? -Infinity;
      if (px1 - px0 < 1 && px0 < painted) {
        // Sub-pixel, on a pixel already painted: that pixel shows the state whose bars cover the
        // most of it. The first bar to start there drew it: an async route's 200 ms blocking calls
        // at 10,000 requests (3 s a pixel) each came after a 0.2 ms read of a request, and the loop
        // blocked 99.8 % of the time was drawn as server work.
        const last = widened.get(y);
        const covers = Math.min(px1, painted) - Math.max(px0, painted - 1);
        if (last?.rect && covers > 0) {
          last.rect.coverage! += covers;
          const state = bars.stateIndex(i);
          const byState = (last.byState[state] = last.byState[state]! + covers);
          if (byState > last.best) { last.rect.index = i; last.best = byState; }
        }
        continue;
      }
      const w = Math.max(1, px1 - px0);
      paintedUpTo.set(y, Math.max(painted, px0 + w));
      const rect: BarRect = { bars, index: i, x: px0, y: y - scrollY, w, h: bars.height(i, r) };
      rects.push(rect);
      let entry = widened.get(y);
      if (px1 - px0 < 1) {
        rect.coverage = px1 - px0;
        if (!entry) widened.set(y, (entry = { rect, byState: new Float64Array(SEGMENT_STATES.length), best: 0 }));
        entry.byState.fill(0);
        entry.rect = rect;
        entry.best = entry.byState[bars.stateIndex(i)] = px1 - px0;
      } else if (entry) entry.rect = null;
    }
  }
  return rects;
}

/** The label a bar can show inside itself, or '' when it is too narrow. */
export function barLabel(rect: BarRect, size = BAR_LABEL_SIZE): string {
  if (rect.merged) return '';
  if (rect.w < 40 || rect.h < size + 2) return '';
  const label = rect.bars.label(rect.index);
  const text = fitText(label, rect.w - 12, size);
  // "db.…" says nothing: show a label only when enough of it fits to be recognised. A leading
  // "await " does not count: "await …" and "await co…" said only that something was awaited.
  return named(text).length >= Math.min(7, named(label).length) ? text : '';
}

/** A step's label without the `await ` every awaited call starts with. */
const named = (label: string) => (label.startsWith('await ') ? label.slice(6) : label);

/**
 * The same bars as SVG nodes (exports). Fills refer to patterns defined once by `statePatternDefs`.
 * `labels` false leaves the labels out, for a caller that draws them above something else with barLabelNodes.
 */
export function barNodes(rects: readonly BarRect[], theme: ChartTheme, selectedRequest: number | null, labels = true): SvgNode[] {
  const colours = themeColours(theme);
  return rects.map((rect) => {
    const request = rect.bars.request(rect.index);
    const state = rect.bars.state(rect.index);
    const dim = selectedRequest !== null && request !== selectedRequest;
    const isSelected = selectedRequest !== null && request === selectedRequest;
    const edge = rect.w >= 4 && !rect.merged;
    const alpha = barAlpha(rect);
    const shape = el('rect', {
      x: rect.x, y: rect.y, width: rect.w, height: rect.h, fill: `url(#ll-${state})`, opacity: alpha < 1 ? alpha : undefined,
      stroke: isSelected ? colours.selection : edge ? colours.barEdge : undefined,
      'stroke-width': isSelected ? 2.5 : edge ? 1 : undefined,
    });
    return el('g', { opacity: dim ? 0.3 : undefined }, labels ? [shape, ...labelNodes(rect, theme)] : [shape]);
  });
}

/**
 * The bars' labels alone, each on a patch of its bar's colour, for drawing above a real run's
 * outlines: the outline's dashed edge and halo then pass behind a label instead of through its letters.
 */
export function barLabelNodes(rects: readonly BarRect[], theme: ChartTheme): SvgNode[] {
  return rects.flatMap((rect) => labelNodes(rect, theme));
}

/** A bar's label on a patch of the bar's own colour (over its pattern's stripes), or nothing when it has no room. */
function labelNodes(rect: BarRect, theme: ChartTheme): SvgNode[] {
  const text = barLabel(rect);
  if (!text) return [];
  const style = stateStyle(rect.bars.state(rect.index), theme);
  return [
    el('rect', { x: rect.x + 3, y: rect.y + 2, width: textWidth(text, BAR_LABEL_SIZE) + 4, height: rect.h - 4, fill: style.fill }),
    textEl(text, { x: rect.x + 5, y: rect.y + rect.h / 2, dy: CENTRED_DY, 'font-size': BAR_LABEL_SIZE, fill: style.text }),
  ];
}
