/**
 * Pure layout: a timeline becomes rows (with y and height in px) and bars (in ms along x,
 * px along y). No DOM, no scale: pan and zoom never re-run it, only an edit does.
 * Both the live chart (canvas + SVG) and the SVG export draw from this.
 */
import { SEGMENT_STATES, type Lane, type LaneKind, type Segment, type SegmentState, type Timeline } from '../engine/timeline';
import type { Scenario } from '../scenario/types';
import { laneLabel, workerLabel } from './states';
import { createLabelResolver } from './stepLabels';
import { blockedLoopStretches, type BlockedStretch } from './blockedStretches';

export type ChartView = 'resources' | 'requests';
export type RowKind = LaneKind | 'request';

export interface LayoutOptions {
  view: ChartView;
  chef: boolean;
  /** Requests view: only these request ids get a row (an export samples them); lane rows still show everyone's work. */
  requestRows?: readonly number[];
}

export interface ChartRow {
  key: string;
  label: string;
  /** Group heading, e.g. "worker 0" or "requests". */
  group: string;
  kind: RowKind;
  worker: number;
  lane: number | null;
  request: number | null;
  y: number;
  height: number;
  /** This row's bars are bars[firstBar .. firstBar + barCount), sorted by x0. */
  firstBar: number;
  barCount: number;
  /** Longest bar in the row (ms): lets a binary search on x0 find bars that started off-screen. */
  maxBarMs: number;
}

export interface ChartBar {
  row: number;
  x0: number;
  x1: number;
  state: SegmentState;
  request: number;
  lane: number | null;
  path: number[];
  share: number;
  readonly label: string;
  /** Vertical placement in px (overlapping gather branches sit in thinner sub-lanes). */
  y: number;
  height: number;
}

export interface RowGroup {
  key: string;
  label: string;
  /** Top of the group heading. */
  y: number;
  firstRow: number;
  rowCount: number;
}

export interface ChartLayout {
  view: ChartView;
  rows: ChartRow[];
  bars: ChartBar[];
  groups: RowGroup[];
  blocked: BlockedStretch[];
  /** Total height of all rows, px. */
  height: number;
  /** Where the timeline ends (ms): the viewport's extent. */
  endMs: number;
  requestCount: number;
  /** States that occur, in SEGMENT_STATES order (the legend shows these). */
  states: SegmentState[];
}

/** Row geometry, px. The loop row is taller: it is the star of the lesson, and carries the blocked-loop band on top. */
export const ROW = {
  loop: 68,
  loopBand: 24,
  thread: 34,
  request: 34,
  subLane: 16,
  pad: 5,
  groupHeading: 30,
} as const;

export type { BlockedStretch };

interface RowDraft extends Omit<ChartRow, 'y' | 'height' | 'firstBar' | 'barCount' | 'maxBarMs'> {
  bars: ChartBar[];
}

/** Segments with an empty path happen before the route's first step: named by what they wait for. */
const BEFORE_FIRST_STEP: Record<SegmentState, string> = {
  loop_wait: 'waiting to be accepted', token_wait: 'waiting for a thread token', gil_wait: 'waiting for the GIL',
  cpu: 'starting', blocking_io: 'starting', await_io: 'starting', process_wait: 'waiting for a process',
};

const KIND_ORDER: Record<LaneKind, number> = { loop: 0, anyio: 1, executor: 2, process: 3 };

/**
 * Lay out a timeline for one view.
 * @example
 *   const layout = layoutTimeline(scenario, simulate(scenario), { view: 'resources', chef: false });
 *   layout.rows[0].label; // "event loop"
 */
export function layoutTimeline(scenario: Scenario, timeline: Timeline, options: LayoutOptions): ChartLayout {
  const { view, chef } = options;
  const labelOf = createLabelResolver(scenario.routes);
  const routeOf = (request: number) => timeline.requests[request]?.route ?? '';
  const lanes = [...timeline.lanes].sort(
    (a, b) => a.worker - b.worker || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.index - b.index,
  );
  const shownLanes = view === 'resources' ? lanes : lanes.filter((l) => l.kind === 'loop');
  const drafts: RowDraft[] = shownLanes.map((lane) => laneRow(lane, chef));
  // Plain arrays indexed by lane id and request id: the hot loop below runs once per segment.
  const rowOfLane: (number | undefined)[] = [];
  shownLanes.forEach((lane, i) => { rowOfLane[lane.id] = i; });
  const firstRequestRow = drafts.length;
  if (view === 'requests') {
    const group = chef ? 'order tickets' : 'requests';
    const shown = options.requestRows ? new Set(options.requestRows) : null;
    for (const r of timeline.requests) {
      if (shown && !shown.has(r.id)) continue;
      drafts.push({
        key: `request:${r.id}`, label: `#${r.id} ${r.route}`, group, kind: 'request', worker: r.worker,
        lane: null, request: r.id, bars: [],
      });
    }
  }
  const requestRowById: (number | undefined)[] = [];
  for (let row = firstRequestRow; row < drafts.length; row++) requestRowById[drafts[row]!.request!] = row;

  // Labels are resolved lazily: 100,000 bars, but only the visible ones are ever read.
  const label = (request: number, path: number[], state: SegmentState) =>
    request < 0 ? 'loop waits for the GIL' : path.length === 0 ? BEFORE_FIRST_STEP[state] : labelOf(routeOf(request), path);
  for (const s of timeline.segments) {
    if (s.lane !== null) {
      const row = rowOfLane[s.lane];
      if (row !== undefined) drafts[row]!.bars.push(new LazyBar(row, s, label));
    }
    const requestRow = s.request >= 0 ? requestRowById[s.request] : undefined;
    if (requestRow !== undefined) drafts[requestRow]!.bars.push(new LazyBar(requestRow, s, label));
  }
  return place(view, drafts, timeline);
}

/** A bar whose label is computed on first read (and then kept). */
class LazyBar implements ChartBar {
  x0: number; x1: number; state: SegmentState; request: number; lane: number | null; path: number[]; share: number;
  y = 0;
  height = 0;
  private text: string | undefined;
  constructor(public row: number, s: Segment, private readonly resolve: (request: number, path: number[], state: SegmentState) => string) {
    this.x0 = s.start; this.x1 = s.end; this.state = s.state; this.request = s.request; this.lane = s.lane; this.path = s.path; this.share = s.share;
  }
  get label(): string {
    return (this.text ??= this.resolve(this.request, this.path, this.state));
  }
}

function laneRow(lane: Lane, chef: boolean): RowDraft {
  return {
    key: `lane:${lane.id}`, label: laneLabel(lane.kind, lane.index, chef), group: workerLabel(lane.worker, chef),
    kind: lane.kind, worker: lane.worker, lane: lane.id, request: null, bars: [],
  };
}

/** Give rows their y, bars their sub-lane, and flatten bars row by row. */
function place(view: ChartView, drafts: RowDraft[], timeline: Timeline): ChartLayout {
  const rows: ChartRow[] = [];
  const bars: ChartBar[] = [];
  const groups: RowGroup[] = [];
  let y = 0;
  drafts.forEach((draft, index) => {
    if (groups.length === 0 || groups[groups.length - 1]!.label !== draft.group) {
      groups.push({ key: `group:${draft.group}`, label: draft.group, y, firstRow: index, rowCount: 0 });
      y += ROW.groupHeading;
    }
    groups[groups.length - 1]!.rowCount++;
    const rowBars = draft.bars;
    if (!isSortedByStart(rowBars)) rowBars.sort(byStart);
    const height = placeBarsInRow(draft.kind, rowBars, y);
    let maxBarMs = 0;
    const firstBar = bars.length;
    for (const bar of rowBars) {
      if (bar.x1 - bar.x0 > maxBarMs) maxBarMs = bar.x1 - bar.x0;
      bars.push(bar);
    }
    rows.push({
      key: draft.key, label: draft.label, group: draft.group, kind: draft.kind, worker: draft.worker, lane: draft.lane,
      request: draft.request, y, height, firstBar, barCount: rowBars.length, maxBarMs,
    });
    y += height;
  });
  const seen = new Set<SegmentState>();
  for (const bar of bars) seen.add(bar.state);
  let endMs = Math.max(timeline.metrics.makespan, 0);
  for (const r of timeline.requests) endMs = Math.max(endMs, r.end);
  return {
    view, rows, bars, groups, blocked: blockedLoopStretches(rows, bars), height: y, endMs,
    requestCount: timeline.requests.length, states: SEGMENT_STATES.filter((state) => seen.has(state)),
  };
}

const byStart = (a: ChartBar, b: ChartBar) => a.x0 - b.x0 || a.x1 - b.x1;

function isSortedByStart(rowBars: readonly ChartBar[]): boolean {
  for (let i = 1; i < rowBars.length; i++) if (byStart(rowBars[i - 1]!, rowBars[i]!) > 0) return false;
  return true;
}

/** Set each bar's y/height; returns the row's height. Overlapping bars (gather branches) get stacked sub-lanes. */
function placeBarsInRow(kind: RowKind, rowBars: ChartBar[], top: number): number {
  if (kind === 'loop') {
    for (const bar of rowBars) { bar.y = top + ROW.loopBand; bar.height = ROW.loop - ROW.loopBand - ROW.pad; }
    return ROW.loop;
  }
  if (kind !== 'request') {
    for (const bar of rowBars) { bar.y = top + ROW.pad; bar.height = ROW.thread - 2 * ROW.pad; }
    return ROW.thread;
  }
  // Greedy interval partitioning: a bar takes the first sub-lane that is free when it starts.
  // The sub-lane index is parked in bar.y until the count is known.
  const subLaneEnds: number[] = [];
  for (const bar of rowBars) {
    let k = 0;
    while (k < subLaneEnds.length && subLaneEnds[k]! > bar.x0 + 1e-9) k++;
    subLaneEnds[k] = bar.x1;
    bar.y = k;
  }
  if (subLaneEnds.length <= 1) {
    for (const bar of rowBars) { bar.y = top + ROW.pad; bar.height = ROW.request - 2 * ROW.pad; }
    return ROW.request;
  }
  for (const bar of rowBars) { bar.y = top + ROW.pad + bar.y * ROW.subLane; bar.height = ROW.subLane - 2; }
  return 2 * ROW.pad + subLaneEnds.length * ROW.subLane;
}
