/**
 * Export: a pure function of (scenario, timeline, options) → an SVG string, drawn with the
 * live chart's own layout and marks so the diagram looks like the app. No DOM, no clock:
 * the same input gives the same bytes (golden files check it), in the app, the CLI and CI.
 */
import { SEGMENT_STATES, type RequestResult } from '../engine/timeline';
import { layoutTimeline, type ChartLayout } from '../chart/layout';
import { stateName, themeColours } from '../chart/states';
import { statePatternDefs } from '../chart/patternDefs';
import { legendNodes } from '../chart/marks/legend';
import { chefKeyNodes } from '../chart/marks/chefKey';
import { idleWorkerNotes } from '../chart/idleWorkers';
import { el, textEl, type SvgNode } from '../chart/svgNodes';
import { balancedWrap, fitText, textWidth } from '../chart/textFit';
import { formatDuration, timeScale } from '../chart/timeScale';
import { chartBlock, drawnBarRects, drawnStates, plotWidthFor } from './chartBlock';
import { axisNoteWidth, labelColumnWidth } from './labelColumn';
import { OWN_AXIS_NOTE } from '../chart/timeAxes';
import { metricsTableNodes } from './metricsTable';
import { MIN_SIDE_BY_SIDE_WIDTH, resolveExportOptions, type ExportChart, type ExportInput, type ExportOptions, type RequestSample } from './options';
import { svgDocument } from './svgDocument';
import { measuredEnd, type MeasuredOverlay } from '../chart/marks/measured';

const MARGIN = 24;
const GAP = 24;
const TITLE_FONT = 28;
const SUBTITLE_FONT = 16;
const NOTE_FONT = 15;
/** Before the states drawn in the chart only thinner than LEGEND_WORTHY_PX. */
export const SLIVERS_NOTE = 'Too brief to see at this scale:';

/** SLIVERS_NOTE and the names, on as many lines as `width` needs, never breaking a name ("server" / "work"). */
function sliverLines(names: readonly string[], width: number): string[] {
  const parts = [...SLIVERS_NOTE.split(' '), ...names.map((name, i) => (i < names.length - 1 ? `${name},` : name))];
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const candidate = line ? `${line} ${part}` : part;
    if (line && textWidth(candidate, NOTE_FONT) > width) { lines.push(line); line = part; } else line = candidate;
  }
  lines.push(line);
  return lines.map((l) => fitText(l, width, NOTE_FONT));
}

interface PlacedChart extends ExportChart {
  layout: ChartLayout;
  /** Which requests got a row, when not all of them did (the note under the chart says so). */
  sampled: RequestSample | null;
  measured: MeasuredOverlay | null;
}

/**
 * The export as an SVG document.
 * @example
 *   const svg = exportSvg({ scenario, timeline: simulate(scenario) }, { theme: 'print', width: 1200 });
 */
export function exportSvg(input: ExportInput, partial: Partial<ExportOptions> = {}): string {
  const o = resolveExportOptions(partial);
  const colours = themeColours(o.theme);
  const charts = chosenCharts(input, o).map((c) => placeChart(c, o, c.scenario === input.scenario && c.timeline === input.timeline ? input.measured ?? null : null));
  // Own axes: each chart spans its own window, and says so on its axis (as the app does).
  const ownAxes = charts.length === 2 && o.axes === 'own';
  const windows = ownAxes ? charts.map((c, i) => timeWindow([c], i === 0 ? o.range : o.variantRange)) : charts.map(() => timeWindow(charts, o.range));
  const contentWidth = o.width - 2 * MARGIN;
  const sideBySide = charts.length === 2 && o.arrangement === 'side-by-side' && o.width >= MIN_SIDE_BY_SIDE_WIDTH;
  const blockWidth = sideBySide ? (contentWidth - GAP) / 2 : contentWidth;
  const axisNote = ownAxes ? OWN_AXIS_NOTE : null;
  const labelWidth = labelColumnWidth(charts.map((c) => c.layout), blockWidth, axisNote ? axisNoteWidth(axisNote) : 0);
  const scales = windows.map((w) => timeScale(w, [0, plotWidthFor(blockWidth, labelWidth)]));
  const title = o.title ?? input.scenario.name;
  const body: SvgNode[] = [];
  let y = MARGIN;

  if (title) {
    // Wrapped, not cut: a title or description that says why the endpoint is slow is the point of
    // the slide. Three lines: at 480 px "async I/O, def for blocking, processes for CPU" lost its "CPU" in two.
    // The description up to six (about 280 letters at 480 px): with three, five built-in scenarios'
    // ended "…the last takes about 460…" there, the figure cut from its unit. Both balanced, so no
    // word is left alone on a last line ("asyncio.gather of three" / "calls").
    for (const line of balancedWrap(title, contentWidth, TITLE_FONT, true, 3)) {
      body.push(textEl(line, { x: MARGIN, y: y + TITLE_FONT - 4, 'font-size': TITLE_FONT, 'font-weight': 700, fill: colours.text }));
      y += TITLE_FONT + 6;
    }
    y += 6;
    const about = charts.length === 1 ? charts[0]!.scenario.description : input.scenario.description;
    if (about) {
      for (const line of balancedWrap(about, contentWidth, SUBTITLE_FONT, false, 6)) {
        body.push(textEl(line, { x: MARGIN, y: y + SUBTITLE_FONT, 'font-size': SUBTITLE_FONT, fill: colours.mutedText }));
        y += SUBTITLE_FONT + 6;
      }
      y += 8;
    }
  }
  const drawn = charts.map((c, i) => drawnBarRects(c.layout, scales[i]!));
  if (o.legend) {
    // The colours drawn in this window, each named once.
    const shown = drawn.map((rects) => drawnStates(rects));
    const states = SEGMENT_STATES.filter((s) => shown.some((set) => set.has(s)));
    const blocked = charts.some((c, i) => c.layout.blocked.some((b) => b.x1 >= windows[i]![0] && b.x0 <= windows[i]![1]));
    const measured = o.view === 'requests' && charts.some((c) => c.measured !== null);
    const legend = legendNodes(states, blocked, contentWidth, o.theme, o.chef, 1, measured);
    body.push(el('g', { transform: `translate(${MARGIN},${y})` }, legend.nodes));
    y += legend.height;
    // States drawn only as slivers get no swatch (a reader would look for a colour they cannot
    // find) but are named, so a legend never hides that the time has them: a GIL wait of
    // 0.4 ms in a 1 s chart is a 1 px line, and still part of the story.
    const slivers = SEGMENT_STATES.filter((s) => !states.includes(s) && drawn.some((rects) => drawnStates(rects, 0).has(s)));
    if (slivers.length > 0) {
      for (const line of sliverLines(slivers.map((s) => stateName(s, o.chef)), contentWidth)) {
        body.push(textEl(line, { x: MARGIN, y: y + NOTE_FONT - 2, 'font-size': NOTE_FONT, fill: colours.mutedText }));
        y += NOTE_FONT + 6;
      }
    }
    y += 10;
  }
  // Chef mode renames every lane and state: the key says what each kitchen word stands for.
  if (o.chef) {
    const key = chefKeyNodes(contentWidth, o.theme);
    body.push(el('g', { transform: `translate(${MARGIN},${y})` }, key.nodes));
    y += key.height + 10;
  }
  const headings = charts.length === 2 || o.charts === 'variant';
  let rowBottom = y;
  charts.forEach((chart, i) => {
    const x = sideBySide ? MARGIN + i * (blockWidth + GAP) : MARGIN;
    const top = sideBySide ? y : rowBottom;
    const block = chartBlock({
      layout: chart.layout, bars: drawn[i], scale: scales[i]!, x, y: top, width: blockWidth, labelWidth, axisNote, heading: headings ? heading(chart, o.chef) : null,
      sampled: chart.sampled, theme: o.theme, chef: o.chef, measured: chart.measured,
      idleNotes: idleWorkerNotes(chart.scenario, chart.timeline, o.chef),
    });
    body.push(...block.nodes);
    rowBottom = Math.max(rowBottom, top + block.height + 16);
  });
  y = rowBottom;
  if (o.metrics) {
    const columns = charts.map((c) => ({ heading: charts.length === 1 ? 'value' : heading(c, o.chef).text, metrics: c.timeline.metrics }));
    const table = metricsTableNodes(columns, MARGIN, y, contentWidth, o.theme, o.chef);
    body.push(...table.nodes);
    y += table.height;
  }
  return svgDocument({
    width: o.width, height: Math.ceil(y + MARGIN - 16), background: o.transparent ? null : colours.background,
    title: title || input.scenario.name, desc: describe(charts, o, windows, ownAxes),
    defs: statePatternDefs(o.theme), body, ...(o.idPrefix === undefined ? {} : { idPrefix: o.idPrefix }),
  });
}

/**
 * A chart's heading: in chef mode the kitchen's words when its title is code ("async def
 * version" is "cooked by the chef"), the code words kept as the heading's tooltip.
 */
function heading(chart: ExportChart, chef: boolean): { text: string; code?: string } {
  return chef && chart.chefTitle !== undefined ? { text: chart.chefTitle, code: chart.title } : { text: chart.title };
}

function chosenCharts(input: ExportInput, o: ExportOptions): ExportChart[] {
  const main: ExportChart = { scenario: input.scenario, timeline: input.timeline, title: input.title ?? 'this scenario', ...(input.chefTitle === undefined ? {} : { chefTitle: input.chefTitle }) };
  if (o.charts === 'main') return [main];
  if (!input.variant) throw new Error(`exporting charts "${o.charts}" needs the flipped variant's scenario and timeline`);
  return o.charts === 'variant' ? [input.variant] : [main, input.variant];
}

function placeChart(chart: ExportChart, o: ExportOptions, measured: MeasuredOverlay | null): PlacedChart {
  const sampled = o.view === 'requests' ? sampleRequests(chart.timeline.requests, o.maxRequestRows, o.range) : null;
  // Only the request rows are cut: the loop and thread rows still draw every segment.
  const requestRows = sampled?.ids;
  const layout = layoutTimeline(chart.scenario, chart.timeline, { view: o.view, chef: o.chef, serverWork: o.serverWork, ...(requestRows ? { requestRows } : {}) });
  return { ...chart, layout, sampled, measured };
}

/**
 * null when every request gets a row. Otherwise `max` of them spread evenly; with a time window,
 * spread over the requests alive in it: sampling all 10,000 for a 50 ms window would draw
 * 40 rows with nothing in them.
 */
export function sampleRequests(requests: readonly RequestResult[], max: number, range: ExportOptions['range']): RequestSample | null {
  if (requests.length <= max) return null;
  if (range === 'all') return { ids: evenSample(requests, max).map((r) => r.id), total: requests.length, inWindow: null };
  const [a, b] = ordered(range);
  const alive = requests.filter((r) => r.arrival < b && r.end > a);
  return { ids: evenSample(alive, max).map((r) => r.id), total: requests.length, inWindow: alive.length };
}

/**
 * `count` items spread evenly from first to last: the first 40 of 60 requests would hide
 * the 20 that queued, which is usually the story (thread-pool exhaustion).
 */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count === 1) return [items[0]!];
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}

/** [start, end] in ms: the asked window (ordered, never empty), or everything any chart shows. */
function timeWindow(charts: readonly PlacedChart[], range: ExportOptions['range']): [number, number] {
  if (range !== 'all') return ordered(range);
  // A real run that took longer than the simulation still shows whole (its outlines, whiskers).
  const end = Math.max(1, ...charts.map((c) => Math.max(c.layout.endMs, c.measured && c.layout.view === 'requests' ? measuredEnd(c.measured) : 0)));
  return [0, end];
}

/** The asked window, ordered and never empty. */
function ordered(range: readonly [number, number]): [number, number] {
  const a = Math.max(0, Math.min(range[0], range[1]));
  const b = Math.max(range[0], range[1]);
  return [a, b > a ? b : a + 1];
}

/** The <desc>: what a screen reader (or a search engine) should know about the picture, in chef mode's words when it is on. */
function describe(charts: readonly PlacedChart[], o: ExportOptions, windows: readonly (readonly [number, number])[], ownAxes: boolean): string {
  const w = o.chef ? CHEF_DESC : PLAIN_DESC;
  const parts = charts.map((c) => {
    const m = c.timeline.metrics;
    const { text, code } = heading(c, o.chef);
    return `${code ? `${text} (the ${code})` : text}: ${m.requests} ${m.requests === 1 ? w.request : w.requests}, ${w.allDone} ${formatDuration(m.makespan)}, ` +
      `${w.median} ${formatDuration(m.latency.p50)}, p95 ${formatDuration(m.latency.p95)}, ${w.blocked} ${formatDuration(m.loopBlockedTotalMs)}.`;
  });
  const run = o.view === 'requests' ? charts.find((c) => c.measured)?.measured : undefined;
  const measured = run ? ` ${run.agreement}: a real run (${run.about}), drawn as dashed outlines.` : '';
  const span = ([a, b]: readonly [number, number]) => `from ${formatDuration(a)} to ${formatDuration(b)}`;
  const when = ownAxes ? `each on its own time axis (${charts.map((c, i) => `${heading(c, o.chef).text} ${span(windows[i]!)}`).join('; ')})` : span(windows[0]!);
  return `Gantt chart of ${o.view === 'resources' ? w.resources : w.requestsView}, ${when}. ${parts.join(' ')}${measured}`;
}

const PLAIN_DESC = {
  resources: 'who is busy on each event loop, thread and process', requestsView: 'where each request spent its time',
  request: 'request', requests: 'requests', allDone: 'all done after', median: 'median latency', blocked: 'event loop blocked',
};
const CHEF_DESC: typeof PLAIN_DESC = {
  resources: 'who is busy in each kitchen: the chef, the helper cooks and the other kitchens\' cooks', requestsView: 'where each order ticket spent its time',
  request: 'order ticket', requests: 'order tickets', allDone: 'the last dish out after', median: 'median ticket time', blocked: 'chef stuck',
};
