/**
 * `export`'s flags → export options, kept pure so every refusal is tested without files.
 * The flags mirror the app's export dialog: view, chef, theme, both charts (on one time axis or
 * one each), width, title, legend, metrics, server work, time window.
 */
import { CHART_THEMES, type ChartTheme } from '../shared/chart/states';
import { DEFAULT_EXPORT_OPTIONS, MAX_EXPORT_WIDTH, MIN_EXPORT_WIDTH, MIN_SIDE_BY_SIDE_WIDTH, type ExportOptions } from '../shared/export/options';
import { resolve } from 'node:path';
import type { FlagSyntax } from './args';

export const EXPORT_FLAGS: readonly FlagSyntax[] = [
  { name: 'svg', value: 'OUT.svg', description: 'write the chart as an SVG diagram' },
  { name: 'png', value: 'OUT.png', description: 'write it as a PNG at 2× (needs rsvg-convert: apt install librsvg2-bin)' },
  { name: 'trace', value: 'OUT.json', description: 'write a Chrome trace (open in ui.perfetto.dev or chrome://tracing)' },
  { name: 'view', value: 'resources|requests', description: 'rows per lane (default) or per request' },
  { name: 'chef', description: 'kitchen names (chef mode)' },
  { name: 'theme', value: CHART_THEMES.join('|'), description: 'colours; print is greyscale with patterns (default light)' },
  { name: 'both', description: "also draw the same code flipped between def and async def (the app's default comparison), on the same time axis" },
  { name: 'side-by-side', description: `with --both: the two charts side by side instead of stacked (needs --width ${MIN_SIDE_BY_SIDE_WIDTH} or more)` },
  { name: 'own-axes', description: "with --both: a time axis each, each chart its whole timeline (as the app shows a run under a tenth of the other's), instead of one shared axis" },
  { name: 'width', value: 'PX', description: `width in px, ${MIN_EXPORT_WIDTH}–${MAX_EXPORT_WIDTH} (default 1600); the height follows the rows; text keeps its size, so wider gives time more room, not bigger words (on a slide, 1600 or less)` },
  { name: 'title', value: 'TEXT', description: "the diagram's title (default: the scenario's name)" },
  { name: 'no-legend', description: 'leave out the legend' },
  { name: 'metrics', description: 'add the metrics table' },
  { name: 'no-server-work', description: "leave out the server's own work (the loop's grey bars for reading each request, answering it, starting pool threads), as the app's Show server work unticked; every figure stays the same" },
  { name: 'from', value: 'MS', description: 'start of the time window (default 0)' },
  { name: 'to', value: 'MS', description: 'end of the time window (default: the end of the timeline)' },
  { name: 'run', value: 'RUN.json', description: 'outline a real run of this scenario (from "looplab measure") over the requests view (the default view with --run)' },
];

export interface ExportPlan {
  svg?: string;
  png?: string;
  trace?: string;
  /** A real run to outline (export --run). */
  run?: string;
  options: Partial<ExportOptions>;
}

export type PlanResult = { ok: true; plan: ExportPlan } | { ok: false; message: string };

export function exportPlan(flags: Record<string, string | true>): PlanResult {
  const text = (name: string) => (typeof flags[name] === 'string' ? (flags[name]) : undefined);
  const fail = (message: string): PlanResult => ({ ok: false, message });
  const [svg, png, trace] = [text('svg'), text('png'), text('trace')];
  if (!svg && !png && !trace) return fail('export needs an output: --svg OUT.svg, --png OUT.png or --trace OUT.json');
  const outputs = ([['--svg', svg], ['--png', png], ['--trace', trace]] as const).filter(([, path]) => path !== undefined);
  for (const [i, [flag, path]] of outputs.entries()) {
    const same = outputs.slice(i + 1).find(([, other]) => resolve(other!) === resolve(path!));
    if (same) return fail(`${flag} and ${same[0]} both name ${path}: one would overwrite the other`);
  }
  const options: Partial<ExportOptions> = {};
  const view = text('view');
  const run = text('run');
  if (view !== undefined) {
    if (view !== 'resources' && view !== 'requests') return fail(`--view must be resources or requests, not "${view}"`);
    if (run !== undefined && view !== 'requests') return fail('--run outlines each measured request: it draws the requests view (leave out --view, or use --view requests)');
    options.view = view;
  } else if (run !== undefined) options.view = 'requests';
  const theme = text('theme');
  if (theme !== undefined) {
    if (!CHART_THEMES.includes(theme as ChartTheme)) return fail(`--theme must be one of ${CHART_THEMES.join(', ')}, not "${theme}"`);
    options.theme = theme as ChartTheme;
  }
  const width = text('width');
  if (width !== undefined) {
    const px = Number(width);
    if (!Number.isInteger(px) || px < MIN_EXPORT_WIDTH || px > MAX_EXPORT_WIDTH) return fail(`--width must be a whole number of px from ${MIN_EXPORT_WIDTH} to ${MAX_EXPORT_WIDTH}, not "${width}"`);
    options.width = px;
  }
  const from = text('from');
  const to = text('to');
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && !(Number.isFinite(Number(value)) && Number(value) >= 0)) return fail(`--${name} must be a time in ms, at least 0, not "${value}"`);
  }
  if (from !== undefined || to !== undefined) {
    if (to === undefined) return fail('--from needs --to as well (the end of the window, in ms)');
    const start = Number(from ?? 0);
    if (Number(to) <= start) return fail(`--to (${to}) must be after --from (${start})`);
    options.range = [start, Number(to)];
  }
  if (flags.title !== undefined) options.title = text('title') ?? '';
  if (flags.chef === true) options.chef = true;
  if (flags.both === true) options.charts = 'both';
  if (flags['side-by-side'] === true) {
    if (flags.both !== true) return fail('--side-by-side needs --both (it arranges the two charts)');
    if ((options.width ?? DEFAULT_EXPORT_OPTIONS.width) < MIN_SIDE_BY_SIDE_WIDTH) {
      return fail(`--side-by-side needs --width ${MIN_SIDE_BY_SIDE_WIDTH} or more (each chart needs room for its labels and a time axis), not ${options.width}; leave out --side-by-side to stack the charts`);
    }
    options.arrangement = 'side-by-side';
  }
  if (flags['own-axes'] === true) {
    if (flags.both !== true) return fail('--own-axes needs --both (it gives each of the two charts its own time axis)');
    if (options.range !== undefined) return fail('--own-axes draws each chart whole on its own axis; --from/--to set one window for both: leave out one or the other');
    options.axes = 'own';
  }
  if (flags['no-legend'] === true) options.legend = false;
  if (flags.metrics === true) options.metrics = true;
  if (flags['no-server-work'] === true) options.serverWork = false;
  return { ok: true, plan: { ...(svg ? { svg } : {}), ...(png ? { png } : {}), ...(trace ? { trace } : {}), ...(run ? { run } : {}), options } };
}
