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
import { AXIS_HEIGHT, axisNodes, gridNodes } from '../chart/marks/axis';
import { barNodes, visibleBarRects } from '../chart/marks/bars';
import { blockedLoopNodes } from '../chart/marks/blockedLoop';
import { groupHeadingNodes, LABEL_WIDTH, rowBandNodes, rowLabelNodes } from '../chart/marks/rowLabels';
import { requestNoun } from '../chart/states';
import { clipBarRects, mergeThinBars } from './thinBars';
import { idleWorkerNodes } from '../chart/marks/idleWorkers';
import type { IdleWorkerNote } from '../chart/idleWorkers';
import { measuredNodes, measuredNote, type MeasuredOverlay } from '../chart/marks/measured';
import { fitText, textWidth } from '../chart/textFit';

export const CHART_HEADING_HEIGHT = 34;
const HEADING_FONT = 20;
const NOTE_HEIGHT = 28;

export interface ChartBlockSpec {
  layout: ChartLayout;
  scale: TimeScale;
  /** Left edge and top of the block, px. */
  x: number;
  y: number;
  /** Whole block width (label column + plot + right margin). */
  width: number;
  heading: string | null;
  /** Requests left out of the requests view (0: none). */
  hiddenRequests: number;
  theme: ChartTheme;
  chef: boolean;
  /** Why a worker's lane is empty, written in it. */
  idleNotes?: readonly IdleWorkerNote[];
  /** A real run outlined over the requests view's bars, with a note saying what it is. */
  measured?: MeasuredOverlay | null;
}

export interface ChartBlock {
  nodes: SvgNode[];
  height: number;
}

/** The plot's width for a block `width` wide: what is left after the label column and a margin for the last tick. */
export function plotWidthFor(width: number): number {
  return Math.max(60, width - LABEL_WIDTH - 16);
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
    nodes.push(textEl(spec.heading, { x: spec.x, y: y + 24, 'font-size': HEADING_FONT, 'font-weight': 700, fill: colours.text }));
    y += CHART_HEADING_HEIGHT;
  }
  const plotX = spec.x + LABEL_WIDTH;
  nodes.push(el('g', { transform: `translate(${plotX},${y})` }, axisNodes(scale, theme)));
  y += AXIS_HEIGHT;
  const plotHeight = layout.height;
  const bars = mergeThinBars(clipBarRects(visibleBarRects(layout, scale, all, 0), plotWidth));
  nodes.push(el('g', { transform: `translate(${plotX},${y})` }, [
    ...rowBandNodes(layout, all, 0, plotWidth, theme, null),
    ...gridNodes(scale, plotHeight, theme),
    ...barNodes(bars, theme, null),
    ...idleWorkerNodes(layout, spec.idleNotes ?? [], 0, plotWidth, theme),
    ...clipToPlot(blockedLoopNodes(layout, scale, all, 0, theme, chef), plotWidth),
    ...(measured ? measuredNodes(layout, scale, all, 0, measured, theme) : []),
  ]));
  nodes.push(el('g', { transform: `translate(${spec.x},${y})` }, [
    ...groupHeadingNodes(layout, 0, plotHeight, LABEL_WIDTH + plotWidth, theme), // the rule stops where the plot does
    ...rowLabelNodes(layout, all, 0, theme, null),
  ]));
  y += plotHeight;
  if (spec.hiddenRequests > 0) {
    const noun = requestNoun(chef);
    const shown = layout.rows.filter((r) => r.kind === 'request').length;
    const total = shown + spec.hiddenRequests;
    const text = `${shown} of ${total.toLocaleString('en-US')} ${noun}s drawn, evenly spaced by number; the ${chef ? 'chef' : 'event loop'} rows show the work of all of them`;
    nodes.push(textEl(text, { x: spec.x + 14, y: y + 20, 'font-size': 15, 'font-style': 'italic', fill: colours.mutedText }));
    y += NOTE_HEIGHT;
  }
  if (measured) {
    // One line where it fits, else what the run was, then how it compares.
    const note = measuredNote(measured);
    const lines = textWidth(note, 15) <= spec.width - 14 ? [note] : note.split('; ');
    for (const line of lines) {
      nodes.push(textEl(fitText(line, spec.width - 14, 15), { x: spec.x + 14, y: y + 20, 'font-size': 15, fill: colours.text }));
      y += line === lines[lines.length - 1] ? NOTE_HEIGHT : 20;
    }
  }
  return { nodes, height: y - spec.y };
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
