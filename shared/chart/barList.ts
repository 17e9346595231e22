/**
 * The layout's bars as one flyweight list instead of one object per bar. At 10,000
 * requests a timeline has 60,000–200,000 segments; making an object per bar cost 15–50 ms
 * of the page's main thread after every edit, on the critical path of "edit → redraw".
 * Here a bar is an index k: what the engine recorded is read straight from its typed-array
 * columns (through `order`, bar → segment). A bar's row is found from where each row's bars
 * start, and where row placement puts a bar (y, height) is kept per row, with per bar only
 * its stacked sub-lane, in rows that stack: a row, a y, a height and a sub-lane for every bar
 * were 24 bytes a bar to allocate and fill at every layout (fresh memory costs its first
 * write). In Node, a 94,000-bar chart's layout went from 7.7 to 4.8 ms of CPU without the y,
 * height and sub-lane, and in later runs from 4.1 to 3.4 without the row. Hot loops use the
 * accessor methods, giving the row when they know it; code that keeps or returns one bar (a
 * hit test, a tooltip, an edge drag, a drawn rect) takes a snapshot with `at(k)`.
 */
import { SEGMENT_STATES, type SegmentState } from '../engine/timeline';
import type { SegmentColumns } from '../engine/segmentColumns';

/** One bar as plain data: a copy of its values when it was taken. */
export interface ChartBar {
  /** Where the bar sits in its layout's BarList. */
  index: number;
  row: number;
  x0: number;
  x1: number;
  state: SegmentState;
  request: number;
  lane: number | null;
  path: number[];
  share: number;
  readonly label: string;
  /** Which stacked sub-lane of its row (0 unless gather branches overlap). */
  subLane: number;
  /** Vertical placement in px (overlapping gather branches sit in thinner sub-lanes). */
  y: number;
  height: number;
}

/** A bar's label from its request, step path and state. */
export type LabelResolver = (request: number, path: number[], state: SegmentState) => string;

export class BarList {
  readonly length: number;
  /** Per row: its bars' top (sub-lane 0), their height, and the step between sub-lanes (px; written by placeRow). */
  private readonly rowTop: Float64Array;
  private readonly rowBarHeight: Float64Array;
  private readonly rowSubLaneStep: Float64Array;
  /** Stacked sub-lane of each bar in its row (written by setSubLane); null while every bar is in sub-lane 0. */
  private subLanes: Int32Array | null = null;

  /**
   * @param cols the segments (a loop over every bar of a row may read them through `order`
   *   directly: the accessors below cost a call per value until the JIT inlines them)
   * @param order the segment index of each bar (rows one after another, each sorted by start)
   * @param firstBars where each row's bars start in `order`, and after the last row its length
   *   (row r's bars are [firstBars[r], firstBars[r + 1]))
   */
  constructor(
    readonly cols: SegmentColumns,
    readonly order: Int32Array,
    private readonly firstBars: Int32Array,
    private readonly resolve: LabelResolver,
  ) {
    this.length = order.length;
    const rowCount = firstBars.length - 1;
    this.rowTop = new Float64Array(rowCount);
    this.rowBarHeight = new Float64Array(rowCount);
    this.rowSubLaneStep = new Float64Array(rowCount);
  }

  /** Place row `row`'s bars: sub-lane s has its top at `top + s * subLaneStep`; each is `height` tall. */
  placeRow(row: number, top: number, height: number, subLaneStep: number): void {
    this.rowTop[row] = top;
    this.rowBarHeight[row] = height;
    this.rowSubLaneStep[row] = subLaneStep;
  }

  /** Top of bar k, px (as placed by placeRows); `row`: its row, when the caller knows it (no search). */
  y(k: number, row = this.row(k)): number { return this.rowTop[row]! + this.subLane(k) * this.rowSubLaneStep[row]!; }
  /** Height of bar k, px (as placed by placeRows); `row`: its row, when the caller knows it (no search). */
  height(k: number, row = this.row(k)): number { return this.rowBarHeight[row]!; }
  /** Stacked sub-lane of bar k in its row (0 unless gather branches overlap). */
  subLane(k: number): number { return this.subLanes === null ? 0 : this.subLanes[k]!; }
  /** Put bar k in sub-lane `lane` of its row (assignSubLanes). */
  setSubLane(k: number, lane: number): void {
    if (this.subLanes === null) {
      if (lane === 0) return;
      this.subLanes = new Int32Array(this.length);
    }
    this.subLanes[k] = lane;
  }

  x0(k: number): number { return this.cols.start[this.order[k]!]!; }
  x1(k: number): number { return this.cols.end[this.order[k]!]!; }
  state(k: number): SegmentState { return SEGMENT_STATES[this.cols.state[this.order[k]!]!]!; }
  /** The state as its index in SEGMENT_STATES: for hot loops that test it against a table. */
  stateIndex(k: number): number { return this.cols.state[this.order[k]!]!; }
  request(k: number): number { return this.cols.request[this.order[k]!]!; }
  lane(k: number): number | null { const lane = this.cols.lane[this.order[k]!]!; return lane < 0 ? null : lane; }
  /** Shared with every segment of the same step (timelines are read-only data): do not change it. */
  path(k: number): number[] { return this.cols.paths[this.cols.path[this.order[k]!]!]!; }
  share(k: number): number { return this.cols.share[this.order[k]!]!; }
  /** The row bar k is in: the last row whose bars start at or before k (an empty row starts where the next one does). */
  row(k: number): number {
    const starts = this.firstBars;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** Resolved when asked: the resolver caches by (route, step path), and only visible bars are ever read. */
  label(k: number): string { return this.resolve(this.request(k), this.path(k), this.state(k)); }

  /** A snapshot of bar k, for code that keeps or returns one bar; never call it per bar in a loop over many. */
  at(k: number): ChartBar {
    if (!(k >= 0 && k < this.length)) throw new RangeError(`no bar ${k} (${this.length} bars)`);
    return new BarSnapshot(this, k);
  }

  /** Snapshots of bars [from, to): for tests and other cold paths. */
  slice(from = 0, to = this.length): ChartBar[] {
    const out: ChartBar[] = [];
    for (let k = Math.max(0, from); k < Math.min(to, this.length); k++) out.push(this.at(k));
    return out;
  }
}

/**
 * Every value copied when taken, except the label: resolving it costs a string key per
 * call, and of the thousands of rects a frame draws only the wide ones show a label.
 */
class BarSnapshot implements ChartBar {
  index: number;
  row: number;
  x0: number;
  x1: number;
  state: SegmentState;
  request: number;
  lane: number | null;
  path: number[];
  share: number;
  subLane: number;
  y: number;
  height: number;
  readonly #bars: BarList;

  constructor(bars: BarList, k: number) {
    this.#bars = bars;
    this.index = k;
    this.row = bars.row(k);
    this.x0 = bars.x0(k);
    this.x1 = bars.x1(k);
    this.state = bars.state(k);
    this.request = bars.request(k);
    this.lane = bars.lane(k);
    this.path = bars.path(k);
    this.share = bars.share(k);
    this.subLane = bars.subLane(k);
    this.y = bars.y(k, this.row);
    this.height = bars.height(k, this.row);
  }

  get label(): string { return this.#bars.label(this.index); }
}
