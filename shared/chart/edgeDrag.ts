/**
 * Resizing a step by dragging its bar's right edge: the pure half (which edge is under the
 * pointer, what duration a drag gives). The DOM half is renderer/chart/edgeDrag.ts.
 *
 * Only a step's own work has a length the learner chose: `cpu`, `await_io`, `blocking_io`.
 * Waits (GIL, token, loop, process) are outcomes of the simulation, never inputs, so they
 * have no handle. A CPU step switched out for the GIL is several segments; its handle is the
 * end of the request's last segment of that step, and moving it by Δ ms changes the step's
 * duration by Δ ms.
 */
import type { Route, Scenario } from '../scenario/types';
import type { SegmentState, Timeline } from '../engine/timeline';
import { LIMITS } from '../scenario/limits';
import { stepAtPath } from '../scenario/stepPath';
import type { ChartBar, ChartLayout } from './layout';
import { firstBarFrom, rowAtY } from './hitTest';

/** The states a step chooses the length of (the step's kind has the same name). */
export type ResizableState = 'cpu' | 'await_io' | 'blocking_io';

export function isResizableState(state: SegmentState): state is ResizableState {
  return state === 'cpu' || state === 'await_io' || state === 'blocking_io';
}

/** How near (px) the pointer must be to a bar's right edge to grab it. */
export const EDGE_GRAB_PX = 5;

/**
 * The duration a step carries at `path`, addressed as the editor addresses steps: [i] is
 * steps[i], [i, j] is steps[i].to_thread[j] or steps[i].to_process[j]. Steps inside a
 * gather are edited as the whole gather (renderer/src/document/stepPaths.ts), so they have
 * no handle. Null when the path names no step of that kind.
 */
export function stepDurationAt(route: Route | undefined, path: readonly number[], kind: ResizableState): number | null {
  if (!route || path.length > 2) return null;
  const step = stepAtPath(route.steps, path);
  if (!step || !(kind in step)) return null;
  const ms = (step as Record<ResizableState, unknown>)[kind];
  return typeof ms === 'number' ? ms : null;
}

/** A grabbed edge: which step, how long it is now, and where its last segment ends. */
export interface EdgeHandle {
  request: number;
  /** The route the request ran (route names are unique in a scenario). */
  route: string;
  path: number[];
  state: ResizableState;
  /** The step's duration in the scenario (ms). */
  ms: number;
  /** The bar whose right edge this is (a snapshot): the request's last segment of the step. */
  bar: ChartBar;
}

/**
 * Is this bar (at index `index` of the layout) the request's last segment of its step?
 * A step's segments of one request all sit on one row in both views (a request row holds
 * all its segments; a step runs on one loop, thread or process from start to end), and a
 * row's bars are sorted by start, so only the bars after it in its row need a look.
 */
export function isLastSegmentOfStep(layout: ChartLayout, index: number): boolean {
  const bars = layout.bars;
  const row = layout.rows[bars.row(index)]!;
  const end = row.firstBar + row.barCount;
  const request = bars.request(index);
  const state = bars.state(index);
  const path = bars.path(index);
  const x1 = bars.x1(index);
  for (let i = index + 1; i < end; i++) {
    if (bars.request(i) === request && bars.state(i) === state && samePath(bars.path(i), path) && bars.x1(i) > x1) return false;
  }
  return true;
}

/**
 * The step edge within `slackMs` of the point (layout-y, ms), nearest first; null when
 * there is none. `untilMs` (playback) hides bars that have not started yet.
 */
export function edgeAt(
  layout: ChartLayout, scenario: Scenario, timeline: Timeline, at: { layoutY: number; ms: number }, slackMs: number,
): EdgeHandle | null {
  const rowIndex = rowAtY(layout, at.layoutY);
  if (rowIndex < 0) return null;
  const row = layout.rows[rowIndex]!;
  const bars = layout.bars;
  const end = row.firstBar + row.barCount;
  let best: { index: number; distance: number } | null = null;
  for (let i = firstBarFrom(layout, rowIndex, at.ms - slackMs); i < end; i++) {
    if (bars.x0(i) > at.ms + slackMs) break;
    const top = bars.y(i, rowIndex);
    if (at.layoutY < top || at.layoutY > top + bars.height(i, rowIndex)) continue;
    if (bars.request(i) < 0 || !isResizableState(bars.state(i))) continue;
    const distance = Math.abs(bars.x1(i) - at.ms);
    if (distance > slackMs || (best && distance >= best.distance)) continue;
    if (!isLastSegmentOfStep(layout, i)) continue;
    best = { index: i, distance };
  }
  if (!best) return null;
  const bar = bars.at(best.index);
  const state = bar.state as ResizableState;
  const route = timeline.requests[bar.request]?.route;
  if (route === undefined) return null;
  const ms = stepDurationAt(scenario.routes.find((r) => r.name === route), bar.path, state);
  return ms === null ? null : { request: bar.request, route, path: [...bar.path], state, ms, bar };
}

/**
 * The rounding a drag uses at this zoom: the power of ten at or under one pixel's worth of
 * time (1 ms at 2 ms/px, 0.1 ms at 0.3 ms/px), never finer than the engine's microsecond.
 */
export function dragPrecision(msPerPx: number): number {
  if (!(msPerPx > 0) || !Number.isFinite(msPerPx)) return 1;
  return Math.max(0.001, 10 ** Math.floor(Math.log10(msPerPx) + 1e-9));
}

/**
 * The duration a drag by `deltaMs` gives a step that was `ms` long: rounded to `precision`,
 * more than zero and at most the loader's limit. A drag too small to show at this zoom
 * gives back `ms` unchanged (so a drag that ends where it began edits nothing).
 */
export function draggedDuration(ms: number, deltaMs: number, precision: number): number {
  if (!Number.isFinite(deltaMs) || Math.abs(deltaMs) < precision / 2) return ms;
  const decimals = Math.max(0, Math.round(-Math.log10(precision)));
  const rounded = Number((Math.round((ms + deltaMs) / precision) * precision).toFixed(decimals));
  return Math.min(LIMITS.maxTimeMs, Math.max(precision, rounded));
}

/** The step's name as the editor gives it, not the engine's state id (this chip is read from the back of a room). */
const STEP_WORDS: Record<ResizableState, string> = { cpu: 'CPU burst', await_io: 'awaited I/O', blocking_io: 'blocking I/O' };
/** Chef mode tells the same timeline as a kitchen (shared/chart/states.ts), the chip too. */
const CHEF_STEP_WORDS: Record<ResizableState, string> = { cpu: 'chopping', await_io: 'dish in the oven', blocking_io: 'standing at the oven' };

/** "CPU burst 120 → 150 ms": what the drag's chip says. */
export function resizeText(state: ResizableState, fromMs: number, toMs: number, chef = false): string {
  return `${(chef ? CHEF_STEP_WORDS : STEP_WORDS)[state]} ${formatMs(fromMs)} → ${formatMs(toMs)} ms`;
}

const MS_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const formatMs = (ms: number) => MS_FORMAT.format(ms);

function samePath(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
