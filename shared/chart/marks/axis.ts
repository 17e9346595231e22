/**
 * The time axis: tick labels above the plot and faint vertical grid lines through it.
 * Labels are clamped inside the axis so the first and last are never cut off.
 */
import { formatTime, type TimeScale, type TimeTick, type TimeUnit } from '../timeScale';
import { themeColours, type ChartTheme } from '../states';
import { el, textEl, type SvgNode } from '../svgNodes';
import { textWidth } from '../textFit';

export const AXIS_HEIGHT = 36;
export const AXIS_FONT = 15;

/** The axis's font and height: the export's by default; the live chart scales both with its text. */
export interface AxisSize {
  font: number;
  height: number;
}
export const EXPORT_AXIS: AxisSize = { font: AXIS_FONT, height: AXIS_HEIGHT };

/** Fewer ticks than this with whole labels, and the axis says its unit once to have more. */
const FEW_TICKS = 4;
/**
 * No more ticks than this, however wide the axis (so 0 to 1,000 ms keeps a label every 100 ms):
 * a 1920 px export of a 185 ms run was labelled every 10 ms, nineteen labels of "… ms", a wall of
 * numbers on a slide.
 */
const MAX_TICKS = 11;

type Tick = { ms: number; label: string; x: number; labelX: number };

const UNIT_SUFFIX = / (ms|s)$/;

/**
 * The axis's ticks, every one labelled, by one rule for the app's charts and the exports alike
 * (the app had whole labels every 500 ms where its export of the same run read every 200 ms):
 * round values (1, 2, 2.5 or 5 × 10ⁿ ms apart), evenly spaced, never closer than five and a
 * half letters, at most MAX_TICKS, and as many as fit with their labels apart (a letter at
 * least; the first and last labels are pulled inside the axis). A last tick whose pulled-in label
 * would touch its neighbour's is left out rather than making every step coarser. Skipping labels
 * that collided, as before, left an axis that read 0, 10, 20, 40 ms. Steps of 2.5 × 10ⁿ let a
 * capped axis go from 20s to 25s rather than to 50s.
 *
 * Where whole labels leave fewer than FEW_TICKS, the unit is written once, on the last label:
 * a 480 px diagram's axis read only "0 ms, 500 ms, 1,000 ms", too coarse to read a 200 ms call
 * off. The last label is the one a reader reaches after the numbers ("0, 200, 400, 600, 800 ms");
 * on the first, "0 ms" pulled inside the axis met the next label; the number of the last label
 * sits over its tick like the others, the unit after it. These ticks stay two and a half letters
 * and a sixth of the axis apart, so a short axis gets four to six of them rather than a crowd of
 * bare numbers. Where seconds give as many ticks, the labels count seconds: a 30 s run at 480 px
 * read "0, 10,000, 20,000 ms", the six-character numbers leaving no room for a fourth; it reads
 * "0, 10, 20, 30 s".
 */
export function axisTicks(scale: TimeScale, font: number): Tick[] {
  const whole = placeTicks(scale, font, 5.5 * font, (label) => label, (spacing) => quarterTicks(scale, spacing), false, MAX_TICKS);
  if (whole.length >= FEW_TICKS) return whole;
  const [inMs, inSeconds] = (['ms', 's'] as const).map((unit) => placeTicks(scale, font, Math.max(2.5 * font, scale.range[1] / 6),
    (label, last) => (last ? label : label.replace(UNIT_SUFFIX, '')), (spacing) => quarterTicks(scale, spacing, unit), true));
  // As many ticks in seconds as in ms: seconds, in fewer digits ("0, 10, 20, 30 s", not "0, 10,000, 20,000, 30,000 ms").
  const best = inSeconds!.length >= inMs!.length ? inSeconds! : inMs!;
  return best.length > whole.length ? best : whole;
}

/**
 * Ticks 1, 2, 2.5 or 5 × 10ⁿ ms apart, the finest step at least `spacing` px wide, labelled in
 * `unit` (in seconds, a step of a second at least: no "0.5 s" beside whole milliseconds).
 */
export function quarterTicks(scale: TimeScale, spacing: number, unit: TimeUnit = 'ms'): TimeTick[] {
  const [d0, d1] = scale.domain;
  const least = Math.max(spacing / scale.k, unit === 's' ? 1000 : 0);
  const decade = 10 ** Math.floor(Math.log10(least));
  const mantissa = [1, 2, 2.5, 5, 10].find((m) => m * decade >= least * (1 - 1e-9)) ?? 10;
  const step = mantissa * decade;
  // A 2.5 step needs one decimal more than its own size says: 2.5 ms, 0.25 ms.
  const precision = mantissa === 2.5 ? step / 10 : step;
  const first = Math.ceil(d0 / step - 1e-9);
  const ticks: TimeTick[] = [];
  for (let i = first; i * step <= d1 * (1 + 1e-12); i++) {
    const ms = Math.round(i * step * 1e9) / 1e9 + 0; // + 0: never "-0"
    ticks.push({ ms, label: formatTime(ms, precision, unit) });
  }
  return ticks;
}

/**
 * The finest step from `spacing` up (`ticksAt` gives a step's ticks) whose labels, as
 * `labelled` words them knowing which is last, stand apart. `hangUnit`: a label with a unit
 * centres its number on the tick, the unit after it ("800 ms" over 800 is "800" over it).
 */
function placeTicks(scale: TimeScale, font: number, spacing: number, labelled: (label: string, last: boolean) => string,
  ticksAt: (spacing: number) => TimeTick[], hangUnit = false, most = Infinity): Tick[] {
  const width = scale.range[1];
  const gap = 12 * (font / AXIS_FONT);
  const place = (ticks: readonly TimeTick[]) => ticks.map((tick, i) => {
    const x = scale.x(tick.ms);
    const label = labelled(tick.label, i === ticks.length - 1);
    const half = textWidth(label, font) / 2;
    // Where the label would sit if nothing pulled it in: centred, or its number centred and the unit after it.
    const unit = hangUnit ? UNIT_SUFFIX.exec(label)?.[0] : undefined;
    const want = x + (unit ? textWidth(unit, font) / 2 : 0);
    return { ms: tick.ms, label, x, labelX: Math.min(Math.max(want, half + 2), width - half - 2), half, want };
  });
  const clash = (placed: readonly { labelX: number; half: number }[]) =>
    placed.findIndex((b, i) => i > 0 && b.labelX - b.half < placed[i - 1]!.labelX + placed[i - 1]!.half + gap);
  for (; ; spacing *= 1.25) {
    const ticks = ticksAt(spacing);
    if (ticks.length > Math.max(2, most) && spacing <= width) continue;
    const placed = place(ticks);
    const n = placed.length;
    const clashAt = clash(placed);
    const fewer = clashAt === n - 1 && n > 2 && placed[n - 1]!.labelX < placed[n - 1]!.want ? place(ticks.slice(0, -1)) : null; // the edge label, pulled in
    const fitting = clashAt === -1 ? placed : fewer && clash(fewer) === -1 ? fewer : null;
    // Past the width even the coarsest step cannot space two labels: a very narrow axis keeps its first.
    if (fitting || n <= 1 || spacing > width) return (fitting ?? placed.slice(0, 1)).map(({ half: _half, want: _want, ...t }) => t);
  }
}

/**
 * Tick labels and tick marks, in axis coordinates (x: plot px, y: 0 at the axis top).
 * `note`: a word on the axis itself, left of the plot (x < 0), e.g. that it is this chart's own.
 * `heading`: there instead, the chart's one group ("WORKER 0") when it has no heading row.
 */
export function axisNodes(scale: TimeScale, theme: ChartTheme, size: AxisSize = EXPORT_AXIS, note?: { text: string; x: number },
  heading?: { text: string; x: number; font: number }): SvgNode[] {
  const { font, height } = size;
  const colours = themeColours(theme);
  const width = scale.range[1];
  const nodes: SvgNode[] = [el('line', { x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5, stroke: colours.groupRule }, undefined, 'baseline')];
  for (const tick of axisTicks(scale, font)) {
    nodes.push(el('line', { x1: tick.x, x2: tick.x, y1: height - 7, y2: height, stroke: colours.groupRule }, undefined, `tick${tick.ms}`));
    nodes.push(textEl(tick.label, { x: tick.labelX, y: height - 12 * (font / AXIS_FONT), 'text-anchor': 'middle', 'font-size': font, fill: colours.text }, `label${tick.ms}`));
  }
  if (heading) {
    nodes.push(textEl(heading.text, { x: heading.x, y: height - 12 * (font / AXIS_FONT), 'font-size': heading.font, 'font-weight': 700, 'letter-spacing': 0.5, fill: colours.mutedText }, 'heading'));
  }
  if (note?.text) nodes.push(textEl(note.text, { x: note.x, y: height - 12 * (font / AXIS_FONT), 'font-size': font, 'font-weight': 700, fill: colours.selection }, 'note'));
  return nodes;
}

/** Vertical grid lines through the plot, at the same ticks as the axis of this font size (drawn behind the bars). */
export function gridNodes(scale: TimeScale, plotHeight: number, theme: ChartTheme, font = AXIS_FONT): SvgNode[] {
  const colours = themeColours(theme);
  return axisTicks(scale, font).map((tick) =>
    el('line', { x1: tick.x, x2: tick.x, y1: 0, y2: plotHeight, stroke: colours.grid, 'stroke-width': 1 }));
}
