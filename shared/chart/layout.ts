/**
 * Pure layout: a timeline becomes rows (with y and height in px) and bars (in ms along x,
 * px along y). No DOM, no scale: pan and zoom never re-run it, only an edit does.
 * Both the live chart (canvas + SVG) and the SVG export draw from this.
 */
import { compareLanes, SEGMENT_STATES, type Lane, type LaneKind, type SegmentState, type Timeline } from '../engine/timeline';
import { columnsOf, type SegmentColumns } from '../engine/segmentColumns';
import { BarList, type LabelResolver } from './barList';
import type { Scenario } from '../scenario/types';
import { laneLabel, workerLabel } from './states';
import { chefServerWorkLabel, createLabelResolver } from './stepLabels';
import { blockedLoopStretches, type BlockedStretch } from './blockedStretches';
import { ROW, type RowCensus, type RowMetrics } from './rowMetrics';
import { assignSubLanes, placeRows } from './rowPlacement';
import { requestTableOf, type RequestTable } from './requestTable';

export type ChartView = 'resources' | 'requests';
export type RowKind = LaneKind | 'request';

export interface LayoutOptions {
  view: ChartView;
  chef: boolean;
  /** Requests view: only these request ids get a row (an export samples them); lane rows still show everyone's work. */
  requestRows?: readonly number[];
  /** Row sizes (default ROW, the export's). The live chart re-places rows to fit its box with placeRows. */
  metrics?: RowMetrics;
  /**
   * Draw the server's own work (`server` segments: the loop reading each request and sending its
   * response, starting a pool), default true. False leaves those bars out of every row and the
   * legend: at a few tenths of a millisecond per request they are slivers on the loop's lane that
   * a learner may want out of the way.
   */
  serverWork?: boolean;
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
  /** Stacked sub-lanes (overlapping gather branches); 1 for most rows. */
  subLanes: number;
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
  /** Every row's bars, row after row: a flyweight list (see barList.ts), not objects. */
  bars: BarList;
  groups: RowGroup[];
  blocked: BlockedStretch[];
  /** Total height of all rows, px. */
  height: number;
  /** Where the timeline ends (ms): the viewport's extent. */
  endMs: number;
  requestCount: number;
  /**
   * States that show, in SEGMENT_STATES order (the legend lists these): a state whose longest bar
   * is under 1 ms and 1.5 % of the timeline's span, and whose bars add up to under 10 ms and 3 %
   * of it, is slivers no one can see (a pool thread's 1 ms wait for the GIL to start its job
   * while the loop hands out the others, the loop's 0.2 ms of server work per request): it does
   * not take a line of the legend.
   */
  states: SegmentState[];
  /** The sizes rows were placed with, and what the rows are made of (to fit them to a height). */
  metrics: RowMetrics;
  census: RowCensus;
}

export { ROW, type RowMetrics } from './rowMetrics';

export type { BlockedStretch };
export { BarList, type ChartBar } from './barList';

/** The server's own work, as its index in SEGMENT_STATES (what the segment columns hold). */
const SERVER_STATE = SEGMENT_STATES.indexOf('server');

type RowDraft = Omit<ChartRow, 'y' | 'height' | 'firstBar' | 'barCount' | 'maxBarMs' | 'subLanes'>;

/** Segments with an empty path happen before the route's first step: named by what they wait for. */
const BEFORE_FIRST_STEP: Record<SegmentState, string> = {
  loop_wait: 'waiting to be accepted', token_wait: 'waiting for a thread token', gil_wait: 'waiting for the GIL',
  cpu: 'starting', blocking_io: 'starting', await_io: 'starting', process_wait: 'waiting for a process',
  server: 'reading the request',
};
/** The same in chef mode's words (a chef-mode chart or export says nothing of threads). */
const CHEF_BEFORE_FIRST_STEP: Record<SegmentState, string> = {
  loop_wait: 'waiting for the chef to take it', token_wait: 'waiting for a free helper cook', gil_wait: 'waiting for the knife',
  cpu: 'starting', blocking_io: 'starting', await_io: 'starting', process_wait: "waiting for another kitchen's cook",
  server: 'reading the ticket',
};

/** Where a timeline's chart ends (ms): its last response, or its makespan. */
export function timelineEndMs(timeline: Timeline): number {
  return Math.max(timeline.metrics.makespan, 0, requestTableOf(timeline).lastEnd());
}

/**
 * Lay out a timeline for one view.
 * @example
 *   const layout = layoutTimeline(scenario, simulate(scenario), { view: 'resources', chef: false });
 *   layout.rows[0].label; // "event loop"
 */
export function layoutTimeline(scenario: Scenario, timeline: Timeline, options: LayoutOptions): ChartLayout {
  const { view, chef } = options;
  const labelOf = createLabelResolver(scenario.routes);
  // Read through a table: a timeline from the engine's columns never builds its request objects here.
  const requests = requestTableOf(timeline);
  const lanes = [...timeline.lanes].sort(compareLanes);
  const shownLanes = view === 'resources' ? lanes : lanes.filter((l) => l.kind === 'loop');
  const drafts: RowDraft[] = shownLanes.map((lane) => laneRow(lane, chef));
  // Typed arrays indexed by lane id and request id (-1: no row): the hot loops below run
  // once per segment, and a miss in a sparse plain array is a slow lookup.
  const rowOfLane = rowIndex(Math.max(-1, ...shownLanes.map((l) => l.id)) + 1);
  shownLanes.forEach((lane, i) => { rowOfLane[lane.id] = i; });
  const firstRequestRow = drafts.length;
  if (view === 'requests') {
    const group = chef ? 'order tickets' : 'requests';
    const shown = options.requestRows ? new Set(options.requestRows) : null;
    for (let k = 0; k < requests.length; k++) {
      const id = requests.id(k);
      if (shown && !shown.has(id)) continue;
      drafts.push({ key: `request:${id}`, label: `#${id} ${requests.route(k)}`, group, kind: 'request', worker: requests.worker(k), lane: null, request: id });
    }
  }
  let maxRequestId = -1;
  for (let row = firstRequestRow; row < drafts.length; row++) maxRequestId = Math.max(maxRequestId, drafts[row]!.request!);
  const requestRowById = rowIndex(maxRequestId + 1);
  for (let row = firstRequestRow; row < drafts.length; row++) requestRowById[drafts[row]!.request!] = row;

  // Labels are resolved lazily: 100,000 bars, but only the visible ones are ever read.
  const before = chef ? CHEF_BEFORE_FIRST_STEP : BEFORE_FIRST_STEP;
  const loopGilWait = chef ? 'chef waits for the knife' : 'loop waits for the GIL';
  const label: LabelResolver = (request, path, state) =>
    request < 0 ? loopGilWait
      : path.length === 0 ? before[state]
      : chef && path[0]! < 0 ? chefServerWorkLabel(path)
      : labelOf(requests.route(request), path);
  // The segments as columns (the engine's own form; built once for a timeline of objects).
  const cols = columnsOf(timeline);
  const { lane: segLane, request: segRequest, state: segState } = cols;
  const laneRows = rowOfLane.length;
  const requestRows = requestRowById.length;
  const hiddenState = options.serverWork === false ? SERVER_STATE : -1;

  // A counting sort of segment indices straight into one flat array, row by row: no
  // per-row arrays to grow and copy. Order and longest bar are worked out on the columns,
  // straight from the typed arrays (through per-bar getters they cost 4 ms at 10,000 requests).
  const counts = new Int32Array(drafts.length + 1);
  const stateMs = new Float64Array(SEGMENT_STATES.length);
  const stateLongest = new Float64Array(SEGMENT_STATES.length);
  for (let i = 0; i < cols.length; i++) {
    const st = segState[i]!;
    if (st === hiddenState) continue;
    const lane = segLane[i]!;
    const request = segRequest[i]!;
    const laneRowIndex = lane >= 0 && lane < laneRows ? rowOfLane[lane]! : -1;
    const requestRow = request >= 0 && request < requestRows ? requestRowById[request]! : -1;
    if (laneRowIndex >= 0) counts[laneRowIndex]!++;
    if (requestRow >= 0) counts[requestRow]!++;
    if (laneRowIndex >= 0 || requestRow >= 0) {
      const ms = cols.end[i]! - cols.start[i]!;
      stateMs[st] = stateMs[st]! + ms;
      if (ms > stateLongest[st]!) stateLongest[st] = ms;
    }
  }
  const firstBars = new Int32Array(drafts.length + 1);
  for (let r = 0; r < drafts.length; r++) firstBars[r + 1] = firstBars[r]! + counts[r]!;
  const total = firstBars[drafts.length]!;
  const order = new Int32Array(total);
  const next = firstBars.slice();
  for (let i = 0; i < cols.length; i++) {
    if (segState[i] === hiddenState) continue;
    const lane = segLane[i]!;
    const laneRowIndex = lane >= 0 && lane < laneRows ? rowOfLane[lane]! : -1;
    if (laneRowIndex >= 0) order[next[laneRowIndex]!++] = i;
    const request = segRequest[i]!;
    const requestRow = request >= 0 && request < requestRows ? requestRowById[request]! : -1;
    if (requestRow >= 0) order[next[requestRow]!++] = i;
  }
  const maxBarMs = new Float64Array(drafts.length);
  for (let r = 0; r < drafts.length; r++) maxBarMs[r] = sortRowByStart(order, firstBars[r]!, counts[r]!, cols);
  // No object per bar: the list reads the columns through `order` (objects cost 15–50 ms at 10,000 requests).
  const bars = new BarList(cols, order, firstBars, label);

  const rows: ChartRow[] = [];
  for (let r = 0; r < drafts.length; r++) {
    const draft = drafts[r]!;
    const firstBar = firstBars[r]!;
    const barCount = counts[r]!;
    const subLanes = draft.kind === 'request' ? assignSubLanes(bars, firstBar, barCount) : 1;
    rows.push({
      key: draft.key, label: draft.label, group: draft.group, kind: draft.kind, worker: draft.worker, lane: draft.lane,
      request: draft.request, y: 0, height: 0, firstBar, barCount, maxBarMs: maxBarMs[r]!, subLanes,
    });
  }
  const span = Math.max(timeline.metrics.makespan, requests.lastEnd(), 1e-9);
  const states = SEGMENT_STATES.filter((_, k) => stateMs[k]! > 0 && (stateLongest[k]! >= Math.max(1, 0.015 * span) || stateMs[k]! >= Math.max(10, 0.03 * span)));
  return finish(view, rows, bars, timeline, requests, options.metrics ?? ROW, states);
}

/** An index of `size` slots, each -1 (no row) until set. */
function rowIndex(size: number): Int32Array {
  return new Int32Array(Math.max(0, size)).fill(-1);
}

function laneRow(lane: Lane, chef: boolean): RowDraft {
  return {
    key: `lane:${lane.id}`, label: laneLabel(lane.kind, lane.index, chef), group: workerLabel(lane.worker, chef),
    kind: lane.kind, worker: lane.worker, lane: lane.id, request: null,
  };
}

/** Groups, blocked stretches, the legend's states, then rows placed at `metrics`. */
function finish(view: ChartView, rows: ChartRow[], bars: BarList, timeline: Timeline, requests: RequestTable, metrics: RowMetrics, states: SegmentState[]): ChartLayout {
  const groups: RowGroup[] = [];
  rows.forEach((row, index) => {
    if (groups.length === 0 || groups[groups.length - 1]!.label !== row.group) {
      groups.push({ key: `group:${row.group}`, label: row.group, y: 0, firstRow: index, rowCount: 0 });
    }
    groups[groups.length - 1]!.rowCount++;
  });
  const endMs = timelineEndMs(timeline);
  // Under 0.5 ms and 0.2 % of the chart's span, a stretch is a sliver (see blockedLoopStretches).
  const blocked = blockedLoopStretches(rows, bars, 1e-6, Math.max(0.5, 0.002 * endMs));
  const blockedRows = new Set(blocked.map((b) => b.row));
  const census: RowCensus = { groups: groups.length, blockedLoops: 0, idleLoops: 0, plainRows: 0, stackedRows: 0, subLanes: 0 };
  rows.forEach((row, r) => {
    if (row.kind === 'loop') { if (blockedRows.has(r)) census.blockedLoops++; else census.idleLoops++; }
    else if (row.subLanes > 1) { census.stackedRows++; census.subLanes += row.subLanes; }
    else census.plainRows++;
  });
  const layout: ChartLayout = {
    view, rows, bars, groups, blocked, height: 0, endMs, requestCount: requests.length,
    states, metrics, census,
  };
  placeRows(layout, metrics);
  return layout;
}

/**
 * Sort order[first, first + count) (segment indices) by start, then end, in place and
 * stably; returns the row's longest bar (ms). Rows come out of the engine nearly sorted: a
 * lane's segments are recorded in time order, a request row's too except where gather
 * branches interleave. One pass checks the order and finds the longest bar (which the order
 * does not change); an out-of-order row is then sorted through a plain array
 * (Array.prototype.sort is stable).
 */
function sortRowByStart(order: Int32Array, first: number, count: number, cols: SegmentColumns): number {
  const end = first + count;
  const { start, end: stop } = cols;
  let sorted = true;
  let longest = 0;
  let prevStart = -Infinity;
  let prevStop = -Infinity;
  for (let k = first; k < end; k++) {
    const i = order[k]!;
    const s = start[i]!;
    const e = stop[i]!;
    if (s < prevStart || (s === prevStart && e < prevStop)) sorted = false;
    if (e - s > longest) longest = e - s;
    prevStart = s;
    prevStop = e;
  }
  if (!sorted) {
    const after = (a: number, b: number) => start[a]! - start[b]! || stop[a]! - stop[b]!;
    order.set(Array.from(order.subarray(first, end)).sort(after), first);
  }
  return longest;
}
