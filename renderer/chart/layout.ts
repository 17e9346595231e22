/**
 * Pure layout: a timeline becomes rows (with y and height in px) and bars (in ms along x,
 * px along y). No DOM, no scale: pan and zoom never re-run it, only an edit does.
 * Both the live chart (canvas + SVG) and the SVG export draw from this.
 */
import type { Lane, LaneKind, SegmentState, Timeline } from '../../shared/engine/timeline';
import type { Scenario } from '../../shared/scenario/types';
import { laneLabel, workerLabel } from './states';
import { createLabelResolver } from './stepLabels';
import { blockedLoopStretches, type BlockedStretch } from './blockedStretches';

export type ChartView = 'resources' | 'requests';
export type RowKind = LaneKind | 'request';

export interface LayoutOptions {
  view: ChartView;
  chef: boolean;
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
  label: string;
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
  const rowOfLane = new Map<number, number>(shownLanes.map((lane, i) => [lane.id, i]));
  const firstRequestRow = drafts.length;
  if (view === 'requests') {
    const group = chef ? 'order tickets' : 'requests';
    for (const r of timeline.requests) {
      drafts.push({
        key: `request:${r.id}`, label: `#${r.id} ${r.route}`, group, kind: 'request', worker: r.worker,
        lane: null, request: r.id, bars: [],
      });
    }
  }
  const requestRowById = new Map<number, number>(timeline.requests.map((r, i) => [r.id, firstRequestRow + i]));

  for (const s of timeline.segments) {
    const rows: number[] = [];
    if (s.lane !== null) {
      const laneRowIndex = rowOfLane.get(s.lane);
      if (laneRowIndex !== undefined) rows.push(laneRowIndex);
    }
    if (view === 'requests') {
      const requestRowIndex = requestRowById.get(s.request);
      if (requestRowIndex !== undefined) rows.push(requestRowIndex);
    }
    for (const row of rows) {
      drafts[row]!.bars.push({
        row, x0: s.start, x1: s.end, state: s.state, request: s.request, lane: s.lane, path: s.path,
        share: s.share, label: s.request < 0 ? 'loop waits for the GIL' : labelOf(routeOf(s.request), s.path),
        y: 0, height: 0,
      });
    }
  }
  return place(view, drafts, timeline);
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
    const rowBars = draft.bars.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
    const height = placeBarsInRow(draft.kind, rowBars, y);
    let maxBarMs = 0;
    for (const bar of rowBars) maxBarMs = Math.max(maxBarMs, bar.x1 - bar.x0);
    const { bars: _drafted, ...rest } = draft;
    rows.push({ ...rest, y, height, firstBar: bars.length, barCount: rowBars.length, maxBarMs });
    for (const bar of rowBars) bars.push(bar);
    y += height;
  });
  let endMs = Math.max(timeline.metrics.makespan, 0);
  for (const r of timeline.requests) endMs = Math.max(endMs, r.end);
  return {
    view, rows, bars, groups, blocked: blockedLoopStretches(rows, bars), height: y, endMs,
    requestCount: timeline.requests.length,
  };
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
  const subLaneEnds: number[] = [];
  const subLaneOf = rowBars.map((bar) => {
    let k = subLaneEnds.findIndex((end) => end <= bar.x0 + 1e-9);
    if (k < 0) { k = subLaneEnds.length; subLaneEnds.push(bar.x1); } else subLaneEnds[k] = bar.x1;
    return k;
  });
  const count = Math.max(1, subLaneEnds.length);
  if (count === 1) {
    for (const bar of rowBars) { bar.y = top + ROW.pad; bar.height = ROW.request - 2 * ROW.pad; }
    return ROW.request;
  }
  rowBars.forEach((bar, i) => { bar.y = top + ROW.pad + subLaneOf[i]! * ROW.subLane; bar.height = ROW.subLane - 2; });
  return 2 * ROW.pad + count * ROW.subLane;
}
