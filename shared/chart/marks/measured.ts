/**
 * A real run drawn over the simulation (requests view): each measured request as a dashed
 * outline from its measured arrival to its measured end (the median of its runs, or, among
 * requests of one route sent together, of its rank's: see compareRun.ts), over the filled bars
 * of its simulated life, and a whisker along its foot from the fastest to the slowest run's end. An
 * outline and a whisker, not a colour: they read in greyscale, on a projector and over any
 * bar's fill (a background-coloured halo under the dashes keeps them visible on dark fills).
 * A request outside the agreement band says by how much, in words, at its end.
 */
import type { RunComparison, RequestComparison } from '../../run/compareRun';
import type { RunFile } from '../../run/runFile';
import { agreementText, environmentSummary } from '../../run/runSummary';
import type { ChartLayout } from '../layout';
import { SMALLEST_ROW_FONT } from '../rowMetrics';
import { rowAtY } from '../hitTest';
import { requestNoun, themeColours, type ChartTheme } from '../states';
import { CENTRED_DY, el, textEl, type SvgNode } from '../svgNodes';
import { textWidth } from '../textFit';
import { formatDuration, type TimeScale } from '../timeScale';

export interface MeasuredOverlay {
  /** By request id; undefined where the run has no such request. */
  spans: readonly (RequestComparison | undefined)[];
  repeats: number;
  /** "5 of 5 requests agree within max(15 ms, 15 %)". */
  agreement: string;
  /** What it ran on: "5 runs · Python 3.11.2, FastAPI 0.92.0, uvicorn 0.17.6 · 2 cores". */
  about: string;
  /** Measured by LoopLab, or a real app's spans (one "run"). */
  source: RunFile['source'];
}

export function measuredOverlay(comparison: RunComparison, run: RunFile): MeasuredOverlay {
  const spans: RequestComparison[] = [];
  for (const r of comparison.requests) spans[r.id] = r;
  return { spans, repeats: run.repeats, agreement: agreementText(comparison), about: environmentSummary(run), source: run.source };
}

/** Where the last measured run ends (ms): the time axis reaches at least this far. */
export function measuredEnd(overlay: MeasuredOverlay): number {
  let end = 0;
  for (const span of overlay.spans) if (span) end = Math.max(end, span.measuredAt + Math.max(span.measuredMs, span.maxMs));
  return end;
}

/** The sentence an export writes under a chart with a real run drawn over it: what it is; how it compares. */
export function measuredNote(overlay: MeasuredOverlay): string {
  if (overlay.source === 'otlp') return `Dashed outlines: the latencies of a real app's server spans, ${overlay.about}; ${overlay.agreement}`;
  return `Dashed outlines: a real run (${overlay.about}), median and range of its runs; ${overlay.agreement}`;
}

/** The chip's words: the smallest chart text (rowMetrics.ts), read from the back of a room. */
const FONT = SMALLEST_ROW_FONT;
export const MEASURED_DASH = '7 4';

/** The legend's sample of the mark: a dashed outline with a whisker at its end. */
export function measuredSwatch(width: number, height: number, y: number, theme: ChartTheme): SvgNode[] {
  const c = themeColours(theme);
  const mid = y + height / 2;
  return [
    el('rect', { x: 1, y: y + 1, width: width - 6, height: height - 2, fill: 'none', stroke: c.text, 'stroke-width': 2, 'stroke-dasharray': '5 3' }),
    el('line', { x1: width - 9, x2: width - 1, y1: mid, y2: mid, stroke: c.text, 'stroke-width': 1.5 }),
    el('line', { x1: width - 1, x2: width - 1, y1: mid - 4, y2: mid + 4, stroke: c.text, 'stroke-width': 1.5 }),
  ];
}

/** One measured request's marks: its outline and whisker, and the chip saying by how much it differs (when it does). */
interface MeasuredMarks {
  request: number;
  outline: SvgNode[];
  chip: SvgNode[];
  /** The chip's words ("#4 simulated +152 ms") when it had no room beyond the request's ends and was not to be pulled back over them. */
  unplaced: string | null;
}

/**
 * The overlay's nodes for the request rows [from, to) in plot pixels (y shifted by -scrollY), a
 * group per request. `untilMs` (playback): nothing after it is drawn, as for the bars. `part`
 * picks the outlines and whiskers or the chips alone, for a chart that keeps the outlines off
 * its bars' labels and the chips over everything.
 */
export function measuredNodes(layout: ChartLayout, scale: TimeScale, rows: { from: number; to: number }, scrollY: number,
  overlay: MeasuredOverlay, theme: ChartTheme, textScale = 1, untilMs = Infinity, part: 'both' | 'outlines' | 'chips' = 'both'): SvgNode[] {
  return measuredMarks(layout, scale, rows, scrollY, overlay, theme, textScale, untilMs, true)
    .map((m) => el('g', {}, [...(part === 'chips' ? [] : m.outline), ...(part === 'outlines' ? [] : m.chip)], `measured${m.request}`));
}

/**
 * The overlay in two layers, for a drawing that puts the bars' labels between them (the export):
 * the outlines and whiskers under the labels, the chips over them. A chip with no room beyond its
 * request's ends is not pulled back over the row, as the live chart's is (there a tooltip gives
 * the figures): on paper it hid the bars' ends, the outline's end and the whisker it speaks of.
 * Its words come back in `unplaced`, for a note under the chart.
 */
export function measuredLayers(layout: ChartLayout, scale: TimeScale, overlay: MeasuredOverlay, theme: ChartTheme):
  { outlines: SvgNode[]; chips: SvgNode[]; unplaced: string[] } {
  const marks = measuredMarks(layout, scale, { from: 0, to: layout.rows.length }, 0, overlay, theme, 1, Infinity, false);
  return {
    outlines: marks.map((m) => el('g', {}, m.outline, `measured${m.request}`)),
    chips: marks.flatMap((m) => m.chip),
    unplaced: marks.flatMap((m) => (m.unplaced ? [m.unplaced] : [])),
  };
}

function measuredMarks(layout: ChartLayout, scale: TimeScale, rows: { from: number; to: number }, scrollY: number,
  overlay: MeasuredOverlay, theme: ChartTheme, textScale: number, untilMs: number, pullIn: boolean): MeasuredMarks[] {
  const c = themeColours(theme);
  const width = scale.range[1];
  const out: MeasuredMarks[] = [];
  for (let r = rows.from; r < rows.to; r++) {
    const row = layout.rows[r]!;
    if (row.kind !== 'request' || row.request === null) continue;
    const span = overlay.spans[row.request];
    if (!span || span.measuredAt >= untilMs) continue;
    const end = Math.min(span.measuredAt + span.measuredMs, untilMs);
    const x0 = scale.x(span.measuredAt);
    const x1 = scale.x(end);
    if (x1 < -4 || x0 > width + 4) continue;
    const left = Math.max(-3, x0);
    const right = Math.min(width + 3, x1);
    const top = row.y - scrollY + 1.5;
    const h = Math.max(4, row.height - 3);
    const mid = top + h / 2;
    const outline: SvgNode[] = [
      el('rect', { x: left, y: top, width: Math.max(1, right - left), height: h, fill: 'none', stroke: c.background, 'stroke-width': 4, opacity: 0.85 }),
      el('rect', { x: left, y: top, width: Math.max(1, right - left), height: h, fill: 'none', stroke: c.text, 'stroke-width': 2, 'stroke-dasharray': MEASURED_DASH }),
    ];
    const marks: MeasuredMarks = { request: row.request, outline, chip: [], unplaced: null };
    out.push(marks);
    if (span.measuredAt + span.measuredMs > untilMs) continue;
    // The spread of the runs: a whisker from the fastest to the slowest run's end, along the
    // outline's foot, below the bars' labels: through the row's middle it struck out the words
    // of any bar the measured end fell in ("time.sleep(0.2)" crossed out, caps and all).
    const foot = top + h;
    const w0 = scale.x(span.measuredAt + span.minMs);
    const w1 = scale.x(span.measuredAt + span.maxMs);
    const cap = Math.min(4, h * 0.3);
    if (w1 - w0 >= 2) outline.push(el('line', { x1: w0, x2: w1, y1: foot, y2: foot, stroke: c.text, 'stroke-width': 2 }));
    for (const x of w1 - w0 >= 2 ? [w0, w1] : [x1]) outline.push(el('line', { x1: x, x2: x, y1: foot - cap, y2: foot + 1.5, stroke: c.text, 'stroke-width': 2 }));
    if (span.agrees) continue;
    const text = `${span.diffMs > 0 ? 'simulated +' : 'measured +'}${formatDuration(Math.abs(span.diffMs))}`;
    const font = FONT * textScale;
    const tw = textWidth(text, font, true) + 10 * textScale;
    // Beyond both ends, or (pullIn) inside the plot's right edge when that is nearer.
    const beyond = Math.max(x1, scale.x(span.simulatedAt + span.simulatedMs)) + 6;
    if (!pullIn && beyond + tw > width) { marks.unplaced = `#${row.request} ${text}`; continue; }
    const tx = Math.min(beyond, width - tw);
    if (tx < 0) continue;
    marks.chip.push(el('rect', { x: tx, y: mid - font * 0.75, width: tw, height: font * 1.5, rx: 3, fill: c.chipBackground, stroke: c.text, 'stroke-width': 1 }));
    marks.chip.push(textEl(text, { x: tx + 5 * textScale, y: mid, dy: CENTRED_DY, 'font-size': font, 'font-weight': 700, fill: c.text }));
  }
  return out;
}

/** The measured request whose outline covers (layout y, ms), within `slackMs` of its ends. */
export function measuredAt(layout: ChartLayout, overlay: MeasuredOverlay, layoutY: number, ms: number, slackMs = 0): RequestComparison | null {
  const row = layout.rows[rowAtY(layout, layoutY)];
  if (!row || row.kind !== 'request' || row.request === null) return null;
  const span = overlay.spans[row.request];
  if (!span) return null;
  const end = span.measuredAt + Math.max(span.measuredMs, span.maxMs);
  return ms >= span.measuredAt - slackMs && ms <= end + slackMs ? span : null;
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** The tooltip's lines about a measured request: both figures and the difference, in words. */
export function measuredLines(span: RequestComparison, repeats: number): string[] {
  const spread = repeats === 1 ? 'one run' : `median of ${repeats} runs, ${formatDuration(span.minMs)}–${formatDuration(span.maxMs)}`;
  // Among requests sent together the figures are a place's, not this request's own (compareRun.ts).
  const runs = span.sentTogether > 1 ? `${ordinal(span.place + 1)} to end of ${span.sentTogether} sent together: ${spread}` : spread;
  const diff = span.diffMs === 0 ? 'no difference' : `difference ${span.diffMs > 0 ? '+' : '−'}${formatDuration(Math.abs(span.diffMs))}`;
  const verdict = span.agrees ? `agrees (within ${formatDuration(span.toleranceMs)})` : `outside the ${formatDuration(span.toleranceMs)} band`;
  return [`measured ${formatDuration(span.measuredMs)} (${runs})`, `simulated ${formatDuration(span.simulatedMs)}`, `${diff}: ${verdict}`];
}

/** The tooltip of a measured outline where no simulated bar is (the real request took longer). */
export function measuredOnlyLines(span: RequestComparison, repeats: number, chef: boolean): string[] {
  return [`${requestNoun(chef)} #${span.id} · ${span.route}`, ...measuredLines(span, repeats)];
}
