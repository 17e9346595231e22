/**
 * One chart of an export, laid out at full height (no scrolling on paper): heading, time
 * axis, label column, row bands, grid, bars and the blocked-loop band — the live chart's
 * own marks, placed with translate() groups. Returns nodes and the height it took.
 */
import type { ChartLayout } from '../chart/layout';
import type { ChartTheme } from '../chart/states';
import { themeColours } from '../chart/states';
import type { TimeScale } from '../chart/timeScale';
import { el, textEl, type SvgNode } from '../chart/svgNodes';
import { AXIS_HEIGHT, axisNodes, EXPORT_AXIS, gridNodes } from '../chart/marks/axis';
import { barLabelNodes, barNodes, visibleBarRects, type BarRect } from '../chart/marks/bars';
import type { SegmentState } from '../engine/timeline';
import { blockedLoopNodes } from '../chart/marks/blockedLoop';
import { groupHeadingNodes, rowBandNodes } from '../chart/marks/rowLabels';
import { axisNoteText, axisNoteX, labelColumnNodes } from './labelColumn';
import { requestNoun } from '../chart/states';
import { clipBarRects, mergeThinBars } from './thinBars';
import { idleWorkerNodes } from '../chart/marks/idleWorkers';
import type { IdleWorkerNote } from '../chart/idleWorkers';
import { measuredLayers, measuredNote, type MeasuredOverlay } from '../chart/marks/measured';
import { textWidth, wrapText } from '../chart/textFit';
import type { RequestSample } from './options';

export const CHART_HEADING_HEIGHT = 34;
const HEADING_FONT = 20;
const NOTE_HEIGHT = 28;
const NOTE_FONT = 15;
/** Between the lines of a wrapped note. */
const NOTE_LINE = 20;

export interface ChartBlockSpec {
  layout: ChartLayout;
  scale: TimeScale;
  /** Left edge and top of the block, px. */
  x: number;
  y: number;
  /** Whole block width (label column + plot + right margin). */
  width: number;
  /** The label column's width (labelColumnWidth): the plot starts this far right of x. */
  labelWidth: number;
  /** Words on the time axis, left of its ticks: that the axis is this chart's own. */
  axisNote?: string | null;
  /** Above the chart; `code`, when the heading is in kitchen words, the code words it stands for (its tooltip). */
  heading: { text: string; code?: string } | null;
  /** The requests view's rows when not every request has one (null: all have). */
  sampled: RequestSample | null;
  theme: ChartTheme;
  chef: boolean;
  /** Why a worker's lane is empty, written in it. */
  idleNotes?: readonly IdleWorkerNote[];
  /** A real run outlined over the requests view's bars, with a note saying what it is. */
  measured?: MeasuredOverlay | null;
  /** The bars, when the caller already worked them out (drawnBarRects) to make the legend from them. */
  bars?: readonly BarRect[];
}

export interface ChartBlock {
  nodes: SvgNode[];
  height: number;
}

/** The plot's width for a block `width` wide: what is left after the label column and a margin for the last tick. */
export function plotWidthFor(width: number, labelWidth: number): number {
  return Math.max(60, width - labelWidth - 16);
}

/** The bars a block draws in the scale's window: clipped to the plot, thin neighbours merged. */
export function drawnBarRects(layout: ChartLayout, scale: TimeScale): BarRect[] {
  return mergeThinBars(clipBarRects(visibleBarRects(layout, scale, { from: 0, to: layout.rows.length }, 0), scale.range[1]));
}

/** A bar this wide (px) or wider is a patch of colour a reader will look up in the legend. */
export const LEGEND_WORTHY_PX = 2;

/**
 * The states a legend must name for these bars: each one drawn at least `minPx` wide
 * (LEGEND_WORTHY_PX; 0: every state drawn at all, the slivers too).
 * Taken from what is drawn, not from the whole timeline, so a zoomed window's legend names the
 * colours in it and no others, and an orange bar in a sampled request row is never left unexplained.
 */
export function drawnStates(rects: readonly BarRect[], minPx = LEGEND_WORTHY_PX): Set<SegmentState> {
  const states = new Set<SegmentState>();
  for (const rect of rects) if (rect.w >= minPx) states.add(rect.bars.state(rect.index));
  return states;
}

export function chartBlock(spec: ChartBlockSpec): ChartBlock {
  const { layout, scale, theme, chef } = spec;
  const colours = themeColours(theme);
  const plotWidth = scale.range[1];
  const all = { from: 0, to: layout.rows.length };
  const measured = layout.view === 'requests' ? spec.measured ?? null : null;
  const nodes: SvgNode[] = [];
  let y = spec.y;
  if (spec.heading) {
    const { text, code } = spec.heading;
    const words = textEl(text, { x: spec.x, y: y + 24, 'font-size': HEADING_FONT, 'font-weight': 700, fill: colours.text });
    // The code words as a tooltip, for the developer who reads the diagram in a browser: a group
    // with a place of its own, since the export unwraps groups that have no attributes.
    nodes.push(code ? el('g', { transform: `translate(${spec.x},${y + 24})` }, [{ tag: 'title', text: code }, { ...words, attrs: { ...words.attrs, x: 0, y: 0 } }]) : words);
    y += CHART_HEADING_HEIGHT;
  }
  const plotX = spec.x + spec.labelWidth;
  const note = spec.axisNote ? { text: axisNoteText(spec.axisNote, spec.labelWidth), x: axisNoteX(spec.labelWidth) } : undefined;
  nodes.push(el('g', { transform: `translate(${plotX},${y})` }, axisNodes(scale, theme, EXPORT_AXIS, note)));
  y += AXIS_HEIGHT;
  const plotHeight = layout.height;
  const bars = spec.bars ?? drawnBarRects(layout, scale);
  // A real run's outlines go under the bars' labels and its chips over them, so neither strikes out a label's words.
  const run = measured ? measuredLayers(layout, scale, measured, theme) : null;
  nodes.push(el('g', { transform: `translate(${plotX},${y})` }, [
    ...rowBandNodes(layout, all, 0, plotWidth, theme, null),
    ...gridNodes(scale, plotHeight, theme, EXPORT_AXIS.font),
    ...barNodes(bars, theme, null, !run),
    ...idleWorkerNodes(layout, spec.idleNotes ?? [], 0, plotWidth, theme),
    ...clipToPlot(blockedLoopNodes(layout, scale, all, 0, theme, chef), plotWidth),
    ...(run ? [...run.outlines, ...barLabelNodes(bars, theme), ...run.chips] : []),
  ]));
  nodes.push(el('g', { transform: `translate(${spec.x},${y})` }, [
    ...groupHeadingNodes(layout, 0, plotHeight, spec.labelWidth + plotWidth, theme), // the rule stops where the plot does
    ...labelColumnNodes(layout, spec.labelWidth, theme),
  ]));
  y += plotHeight;
  // The notes under the chart wrap to its width: drawn on one line, a 480 px export lost the end
  // of "…; the event loop rows show the work of all of them" past its right edge.
  const noteWidth = spec.width - 14;
  if (spec.sampled) {
    const lines = wrapText(sampleNote(spec.sampled, chef), noteWidth, NOTE_FONT, false, 4);
    lines.forEach((line, i) => nodes.push(textEl(line, { x: spec.x + 14, y: y + 20 + i * NOTE_LINE, 'font-size': NOTE_FONT, 'font-style': 'italic', fill: colours.mutedText })));
    y += NOTE_HEIGHT + (lines.length - 1) * NOTE_LINE;
  }
  if (measured) {
    // One line where it fits, else what the run was, then how it compares, each wrapped to the width.
    const note = measuredNote(measured);
    const parts = textWidth(note, NOTE_FONT) <= noteWidth ? [note] : note.split('; ');
    // The chips that found no room at their rows' ends, said here rather than drawn over the bars.
    if (run && run.unplaced.length > 0) parts.push(`Outside the band, with no room to say so at the row's end: ${run.unplaced.join(', ')}`);
    const lines = parts.flatMap((part) => (textWidth(part, NOTE_FONT) <= noteWidth ? [part] : wrapText(part, noteWidth, NOTE_FONT, false, 6)));
    lines.forEach((line, i) => nodes.push(textEl(line, { x: spec.x + 14, y: y + 20 + i * NOTE_LINE, 'font-size': NOTE_FONT, fill: colours.text })));
    y += NOTE_HEIGHT + (lines.length - 1) * NOTE_LINE;
  }
  return { nodes, height: y - spec.y };
}

/** Under a requests view that leaves requests out: which ones got a row, and that the loop rows still show everyone's work. */
export function sampleNote(sample: RequestSample, chef: boolean): string {
  const noun = requestNoun(chef);
  const n = (k: number) => k.toLocaleString('en-US');
  const shown = sample.ids.length;
  const all = `the ${chef ? 'chef' : 'event loop'} rows show the work of all of them`;
  if (sample.inWindow === 0) return `No ${noun} in this time window (${n(sample.total)} in all)`;
  if (sample.inWindow === null) return `${n(shown)} of ${n(sample.total)} ${noun}s drawn, evenly spaced by number; ${all}`;
  const which = shown < sample.inWindow ? `${n(shown)} of the ${n(sample.inWindow)} ${noun}s in this time window drawn, evenly spaced by number`
    : `${shown === 1 ? `the one ${noun}` : `the ${n(shown)} ${noun}s`} in this time window drawn`;
  return `${which[0]!.toUpperCase()}${which.slice(1)} (${n(sample.total)} in all); ${all}`;
}

/** The blocked band's rects may overhang the plot by 2 px (live chart's edge bleed): trim them for print. */
function clipToPlot(nodes: SvgNode[], width: number): SvgNode[] {
  return nodes.map((node) => {
    const a = node.attrs;
    if (node.tag !== 'rect' || !a || typeof a.x !== 'number' || typeof a.width !== 'number') return node;
    const x0 = Math.max(0, a.x);
    const x1 = Math.min(width, a.x + a.width);
    return { ...node, attrs: { ...a, x: x0, width: Math.max(0, x1 - x0) } };
  });
}
