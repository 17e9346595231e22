/** `simulate --summary`: a readable per-request table and the metrics, as plain text. */
import type { Scenario } from '../shared/scenario/types';
import type { Metrics, RequestResult, Timeline } from '../shared/engine/timeline';

const COLUMNS = ['id', 'route', 'worker', 'arrival', 'start', 'end', 'latency'] as const;

/** Milliseconds as the engine reports them (to the µs), without trailing zeros. */
export function formatMs(ms: number): string {
  return String(Math.round(ms * 1000) / 1000);
}

function row(r: RequestResult): string[] {
  return [String(r.id), r.route, String(r.worker), formatMs(r.arrival), formatMs(r.start), formatMs(r.end), formatMs(r.latency)];
}

/** Columns padded to their widest cell; the route column left-aligned, numbers right-aligned. */
export function requestTable(requests: readonly RequestResult[]): string {
  const rows = [COLUMNS.slice(), ...requests.map(row)];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((cells) => cells[c]!.length)));
  return rows
    .map((cells) => cells.map((cell, c) => (c === 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd())
    .join('\n');
}

export function metricsText(m: Metrics): string {
  const perWorker = m.loopBlockedMs.map((ms, w) => `worker ${w} ${formatMs(ms)}`).join(', ');
  const cores = m.cpuUtilisation.map((u, c) => `core ${c} ${Math.round(u * 100)}%`).join(', ');
  return [
    `requests      ${m.requests}`,
    `makespan      ${formatMs(m.makespan)} ms`,
    `throughput    ${formatMs(m.throughput)} requests/s`,
    `latency (ms)  mean ${formatMs(m.latency.mean)}  p50 ${formatMs(m.latency.p50)}  p95 ${formatMs(m.latency.p95)}  p99 ${formatMs(m.latency.p99)}  max ${formatMs(m.latency.max)}`,
    `loop blocked  ${formatMs(m.loopBlockedTotalMs)} ms (${perWorker})`,
    `peak threads  ${m.peakThreads}`,
    `CPU use       ${cores}`,
  ].join('\n');
}

export function formatSummary(scenario: Scenario, timeline: Timeline): string {
  return `${scenario.name}\n\n${requestTable(timeline.requests)}\n\n${metricsText(timeline.metrics)}\n`;
}
