/**
 * What the hover tooltip says about a bar. Plain data first (the shell may show it
 * elsewhere through onHover), then the few HTML lines the chart's own tooltip shows.
 */
import type { SegmentState, Timeline } from '../../engine/timeline';
import type { Scenario } from '../../scenario/types';
import type { ChartBar } from '../layout';
import { requestNoun, stateName } from '../states';
import { stepPosition } from '../stepLabels';
import { formatDuration } from '../timeScale';

export interface HoverInfo {
  /** -1 for the loop's own GIL wait. */
  request: number;
  route: string;
  /** Where in the route: "step 4 › branch 2 › inner step 1". */
  step: string;
  /** The same place as a step path (shared/scenario/stepPath.ts), for code that finds the step. */
  path: readonly number[];
  label: string;
  state: SegmentState;
  stateName: string;
  lane: string | null;
  start: number;
  end: number;
  duration: number;
}

export function hoverInfo(scenario: Scenario, timeline: Timeline, bar: ChartBar, chef: boolean): HoverInfo {
  const route = timeline.requests[bar.request]?.route ?? '';
  const lane = bar.lane === null ? null : timeline.lanes.find((l) => l.id === bar.lane)?.name ?? null;
  return {
    request: bar.request, route, step: stepPosition(scenario.routes.find((r) => r.name === route), bar.path), path: bar.path,
    label: bar.label, state: bar.state, stateName: stateName(bar.state, chef), lane,
    start: bar.x0, end: bar.x1, duration: bar.x1 - bar.x0,
  };
}

/**
 * The line a bar thinner than a pixel adds: zoomed out, the pixel under the pointer is drawn
 * for all the bars in it (marks/bars.ts), paler the less they fill it, so the bar named above
 * is one of several.
 */
export const THIN_BAR_LINE = 'Thinner than a pixel at this zoom, one of the bars drawn here: zoom in to see each';

/**
 * [heading, ...lines] for the tooltip box. `msPerPx`: the chart's current zoom, to say when the
 * bar is thinner than a pixel (0: not known).
 */
export function tooltipLines(info: HoverInfo, chef: boolean, msPerPx = 0): string[] {
  const heading = info.request < 0 ? 'the loop itself' : `${requestNoun(chef)} #${info.request} · ${info.route}`;
  const lines = [heading, info.label, `${info.stateName}`];
  if (info.request >= 0) lines.push(info.step);
  if (info.lane) lines.push(`on ${info.lane}`);
  lines.push(`${formatDuration(info.start)} → ${formatDuration(info.end)}  (${formatDuration(info.duration)})`);
  if (info.duration < msPerPx) lines.push(THIN_BAR_LINE);
  return lines;
}
