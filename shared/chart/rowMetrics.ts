/**
 * Row geometry, px. The export draws at the fixed `ROW` sizes (paper has no height limit);
 * the live chart asks `fitRowMetrics` for sizes that fit its box: rows shrink down to a
 * readable minimum before the chart scrolls, and everything grows with the text scale
 * (presentation draws text 1.75× larger, so rows must hold it). A row shorter than its
 * label and an eighth shrinks its text with it, never under 14 px (`rowFont`).
 */

export interface RowMetrics {
  /** Loop row with its blocked-loop band on top. */
  loop: number;
  loopBand: number;
  thread: number;
  request: number;
  subLane: number;
  pad: number;
  groupHeading: number;
  /** A loop that is never blocked has no band to show: its row drops the band's height. */
  compactLoop: boolean;
  /** The row text's size over its designed size (1, or less in rows under 17 px at text scale 1): see rowFont. */
  textShrink: number;
  /**
   * The chart's one group (a server of one worker) is named on its time axis, left of the
   * ticks, instead of in a heading row of its own: a chart short of room gets that row back.
   */
  headingOnAxis: boolean;
}

/** The export's sizes (and the layout's default): changing them changes the golden SVGs. */
export const ROW: RowMetrics = { loop: 68, loopBand: 24, thread: 34, request: 34, subLane: 16, pad: 5, groupHeading: 30, compactLoop: false, textShrink: 1, headingOnAxis: false };

/** What the rows of a layout are made of: enough to total their height for any metrics. */
export interface RowCensus {
  groups: number;
  blockedLoops: number;
  idleLoops: number;
  /** Thread, process and single-lane request rows. */
  plainRows: number;
  /** Request rows whose gather branches overlap, and their sub-lanes in all. */
  stackedRows: number;
  subLanes: number;
}

// Sizes at text scale 1: a row is 34 px as designed, 22 px at least while the text keeps its
// size (15 px labels, 14 px bar labels inside a 16 px bar), 16 px at least when the text may
// shrink (14.2 px labels; bar labels then leave, their words are in the tooltip).
const PREFERRED_ROW = 34;
const MIN_ROW = 22;
const LABEL_FONT = 15;
const BAND_FONT = 14;
/**
 * A shrunk row is its label and an eighth: 2-3 px between one label's descenders and the next
 * one's capitals, read from the back of a room (a 16 px row holds a 14.2 px label). It was the
 * label and 3 px at text scale 1, which left the GIL convoy's lanes 12-13 px at 1024×640.
 */
const ROW_PER_LABEL = 1.125;
/**
 * No chart text under 14 px: read on a projector from the back of a room, from a 1024×640
 * window too. It was 12 px, and at 1024×640 lessons drew their lane names at 13.3 px in 15 px
 * rows and the blocked band's words at 12.4 px.
 */
export const SMALLEST_ROW_FONT = 14;
/**
 * Presentation's rows may shrink too (a revealed lesson's two charts at 1280×720), their text
 * never under 24 px at its full 1.75 scale (a 1080-line screen): 16 px at 720 lines.
 */
const SMALLEST_PRESENTED_ROW_FONT_PER_SCALE = 24 / 1.75;

/** The smallest row text at this text scale: 14 px, or in presentation (scale above 1) see above. */
export function smallestRowFont(textScale: number): number {
  if (textScale <= 1) return SMALLEST_ROW_FONT;
  // Rounded up to 0.01 px: 16 px at 720 lines, not 15.999….
  return Math.max(SMALLEST_ROW_FONT, Math.ceil(SMALLEST_PRESENTED_ROW_FONT_PER_SCALE * textScale * 100) / 100);
}

/**
 * A row's text at this size: `base` px (at text scale 1) scaled, shrunk with rows under
 * 17 px (times the scale), never under `smallestRowFont`. Labels, group headings, the blocked band and bar labels use it.
 */
export function rowFont(base: number, m: RowMetrics, textScale = 1): number {
  return Math.max(smallestRowFont(textScale), base * textScale * m.textShrink);
}

/** Metrics for a thread row `rowPx` tall, at `textScale`. The loop keeps ~1.2× a thread row's height: it is the star. */
export function rowMetricsAt(rowPx: number, textScale = 1): RowMetrics {
  // A 15 px label needs a 17 px row; a shorter row has a smaller label (see ROW_PER_LABEL).
  const textShrink = Math.min(1, Math.max(smallestRowFont(textScale), rowPx / ROW_PER_LABEL) / (LABEL_FONT * textScale));
  const font = (base: number) => Math.max(smallestRowFont(textScale), base * textScale * textShrink);
  const pad = Math.max(2, Math.round(rowPx * 0.15));
  // The band's hatched rect (loopBand − 5) holds its words with a pixel to spare: with a 2 px
  // spare, 14 px words made the GIL convoy's twelve lanes a pixel too tall for 1024×640.
  const loopBand = Math.round(Math.max(rowPx * 0.6, font(BAND_FONT) + 6));
  const loopBars = Math.round(rowPx * 1.2) - 2 * pad;
  return {
    loop: loopBand + loopBars + pad, loopBand, thread: rowPx, request: rowPx,
    subLane: Math.max(8, Math.round(rowPx * 0.47)), pad,
    groupHeading: Math.round(Math.max(font(LABEL_FONT) * 1.4, rowPx * 0.85)), compactLoop: true, textShrink, headingOnAxis: false,
  };
}

/** Height of a loop row: the band only when this loop was ever blocked (or always, outside compact mode). */
export function loopRowHeight(m: RowMetrics, blocked: boolean): number {
  return blocked || !m.compactLoop ? m.loop : m.loop - m.loopBand + m.pad;
}

export function totalHeight(c: RowCensus, m: RowMetrics): number {
  const headings = m.headingOnAxis ? Math.max(0, c.groups - 1) : c.groups;
  return headings * m.groupHeading + c.blockedLoops * loopRowHeight(m, true) + c.idleLoops * loopRowHeight(m, false) +
    c.plainRows * m.thread + c.stackedRows * 2 * m.pad + c.subLanes * m.subLane;
}

/**
 * The largest rows (up to the preferred size) whose total fits `plotHeight`; the minimum
 * when even that does not fit (the chart then scrolls). With `shrinkText` the rows may go
 * under 22 px with their text (down to 14.2 px; in presentation 16 px at 720 lines, 24 px at 1080): a revealed lesson's two
 * charts fit a 1280×720 window whole that way, in the lesson view and when presented.
 * Presented rows may be as thin as their text allows (an eighth more than the text): the GIL
 * convoy's twelve lanes a chart fit a presented lesson that way. With `headingOnAxis` (the
 * chart's axis has room left of its ticks) a chart of one group names it there rather than
 * shrink its rows: the heading row goes before any row gets smaller.
 * @example fitRowMetrics({ groups: 1, blockedLoops: 0, idleLoops: 1, plainRows: 5, stackedRows: 0, subLanes: 0 }, 160).thread // 23
 */
export function fitRowMetrics(census: RowCensus, plotHeight: number, textScale = 1, shrinkText = false, headingOnAxis = false): RowMetrics {
  const preferred = Math.round(PREFERRED_ROW * textScale);
  const min = shrinkText ? smallestShrunkRow(textScale) : Math.round(MIN_ROW * textScale);
  const lift = headingOnAxis && census.groups === 1;
  for (let rowPx = preferred; rowPx > min; rowPx--) {
    const m = rowMetricsAt(rowPx, textScale);
    if (totalHeight(census, m) <= plotHeight) return m;
    if (lift && totalHeight(census, { ...m, headingOnAxis: true }) <= plotHeight) return { ...m, headingOnAxis: true };
  }
  return { ...rowMetricsAt(min, textScale), headingOnAxis: lift };
}

/**
 * The thinnest row whose text may shrink: its smallest label and an eighth, 16 px at scale 1
 * (its label 14.2 px), presented 18 px at 720 lines, 27 px at 1080.
 */
export function smallestShrunkRow(textScale: number): number {
  return Math.ceil(smallestRowFont(textScale) * ROW_PER_LABEL);
}

export function sameMetrics(a: RowMetrics, b: RowMetrics): boolean {
  return a.loop === b.loop && a.loopBand === b.loopBand && a.thread === b.thread && a.request === b.request &&
    a.subLane === b.subLane && a.pad === b.pad && a.groupHeading === b.groupHeading && a.compactLoop === b.compactLoop && a.textShrink === b.textShrink &&
    a.headingOnAxis === b.headingOnAxis;
}
