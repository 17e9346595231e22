/**
 * What an export can be asked for, and the defaults a blog-post diagram wants.
 * Options are plain data so the app's dialog, the CLI's flags and the tests all build them.
 */
import type { Timeline } from '../engine/timeline';
import type { Scenario } from '../scenario/types';
import type { ChartView } from '../chart/layout';
import type { ChartTheme } from '../chart/states';
import type { MeasuredOverlay } from '../chart/marks/measured';

export interface ExportChart {
  scenario: Scenario;
  timeline: Timeline;
  /** Heading above this chart, e.g. "async def version". */
  title: string;
  /**
   * The heading in chef mode, when `title` is in code words ("cooked by the chef" for "async
   * def version"); the code words stay in the heading's tooltip and in the <desc>.
   */
  chefTitle?: string;
}

export interface ExportInput {
  scenario: Scenario;
  timeline: Timeline;
  /** Heading of the main chart when both are drawn (default "this scenario"). */
  title?: string;
  /** Its heading in chef mode, when `title` is in code words (ExportChart.chefTitle). */
  chefTitle?: string;
  /** The flipped def/async def version, for `charts: 'both' | 'variant'`. */
  variant?: ExportChart;
  /** A real run of `scenario`: the requests view outlines it over the main chart. */
  measured?: MeasuredOverlay | null;
}

/** The requests that get a row when not all can, and how many there were to choose from. */
export interface RequestSample {
  ids: number[];
  /** Every request of the timeline. */
  total: number;
  /** Those alive in the time window (arrived before its end, done after its start); null: no window asked. */
  inWindow: number | null;
}

export type ExportCharts = 'main' | 'variant' | 'both';
/** Both charts on one time axis, or each on its own (as the app shows them when one run is much shorter). */
export type ExportAxes = 'shared' | 'own';
export type ExportArrangement = 'stacked' | 'side-by-side';

export interface ExportOptions {
  /** Which chart(s): the scenario, its flipped variant, or both on one time axis. */
  charts: ExportCharts;
  /**
   * For both charts: one above the other (default, same plot width) or side by side. Side by
   * side needs MIN_SIDE_BY_SIDE_WIDTH; narrower, the charts are stacked (two 130 px plots beside
   * their label columns had a time axis of one tick, and at 480 px the charts overlapped).
   */
  arrangement: ExportArrangement;
  /**
   * With both charts: one time axis (default), or one each, as the app draws them side by side
   * when one run is under a tenth of the other (shared/chart/timeAxes.ts): on one axis the short
   * run is a sliver. Each chart then says its axis is its own.
   */
  axes: ExportAxes;
  /** With own axes: the variant chart's time window (the app's second zoom), or 'all'; `range` is the main chart's. */
  variantRange: 'all' | readonly [number, number];
  view: ChartView;
  chef: boolean;
  theme: ChartTheme;
  /** The time window in ms (the app passes its current zoom), or 'all'. */
  range: 'all' | readonly [number, number];
  /** Width in px; the height follows from the rows. */
  width: number;
  /** The diagram's title; null: the scenario's name. '' draws none (it stays in <title>). */
  title: string | null;
  legend: boolean;
  metrics: boolean;
  /** No background rectangle: the diagram floats on whatever page or slide it is put on (a PNG with alpha). */
  transparent: boolean;
  /** Draw the server's own work (the loop's thin `server` bars); false leaves them out, as the app's view option does. */
  serverWork: boolean;
  /**
   * In the requests view, rows beyond this many requests are left out with a note: ten
   * thousand 34-px rows are no diagram. The event loop rows still show every request's work.
   */
  maxRequestRows: number;
  /** Prefix of every id in the SVG; default: derived from the content, so two different exports inlined in one page never collide. */
  idPrefix?: string;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  charts: 'main', arrangement: 'stacked', axes: 'shared', variantRange: 'all', view: 'resources', chef: false, theme: 'light',
  range: 'all', width: 1600, title: null, legend: true, metrics: false, transparent: false, serverWork: true, maxRequestRows: 40,
};

export const MIN_EXPORT_WIDTH = 480;
export const MAX_EXPORT_WIDTH = 8000;
/** Side by side, each chart keeps a plot of about 330 px beside its label column: room for a time axis of three or four ticks. */
export const MIN_SIDE_BY_SIDE_WIDTH = 1200;

/** Defaults filled in and numbers clamped to what can be drawn. */
export function resolveExportOptions(partial: Partial<ExportOptions> = {}): ExportOptions {
  const o = { ...DEFAULT_EXPORT_OPTIONS, ...partial };
  const width = Number.isFinite(o.width) ? Math.round(o.width) : DEFAULT_EXPORT_OPTIONS.width;
  return {
    ...o,
    width: Math.min(MAX_EXPORT_WIDTH, Math.max(MIN_EXPORT_WIDTH, width)),
    maxRequestRows: Math.max(1, Math.floor(o.maxRequestRows)),
  };
}
