/**
 * The chart's accessible name: what it shows, what is selected or outlined, and its keys. The
 * chart draws on a canvas, so this is how a screen reader (and a test) learns what is on it.
 */
import type { Timeline } from '../../shared/engine/timeline';
import type { ChartView } from '../../shared/chart/layout';
import { requestTableOf } from '../../shared/chart/requestTable';
import type { IdleWorkerNote } from '../../shared/chart/idleWorkers';

export function chartName(title: string, timeline: Timeline, view: ChartView, selected: number | null, measured: boolean, axisNote: string | null, idle: readonly IdleWorkerNote[], outlined: number | null): string {
  const n = requestTableOf(timeline).length; // no request objects built for a count
  const what = view === 'resources' ? 'who is busy on each event loop, thread and process' : 'where each request spent its time';
  return `${title}: timeline of ${n} request${n === 1 ? '' : 's'} over ${Math.round(timeline.metrics.makespan)} ms, ${what}. ` +
    (axisNote ? `${axisNote}. ` : '') +
    (selected === null ? '' : `Request #${selected} highlighted. `) + // what a click selected, for screen readers and tests
    // Bars of the Python lines pointed at (a line under the pointer, a chosen diagnostic): said, since the outline is drawn on a canvas.
    (outlined === null ? '' : `${outlined} bar${outlined === 1 ? '' : 's'} outlined for the Python pointed at. `) +
    (measured ? (view === 'requests' ? 'Dashed outlines: a real run\'s measured latencies. ' : 'A real run is open: the Requests view outlines its measured latencies. ') : '') +
    idle.map((n) => `${n.text} `).join('') +
    'Plus and minus (or W and S) zoom, left and right arrows (or A and D) pan, 0 fits the whole timeline. ' +
    'Up and down go through the rows, and above the first row the legend, saying what each is; Enter on a request highlights it.';
}
