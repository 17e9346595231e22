/**
 * `simulate --summary`: the requests as a table, and the metrics, as plain text that stays
 * readable at any size. By default about fifty rows: the first requests, the slowest of the
 * rest and the last ones, with "… N more" where rows are left out; `--all` prints every row,
 * `--csv` every row for a spreadsheet. Reads the engine's request columns directly (no object
 * per request) and yields the text in pieces, so a million rows never build one giant string
 * and nothing walks a million values through a spread or a recursion.
 */
import type { Metrics } from '../shared/engine/timeline';
import type { RequestColumns } from '../shared/engine/requestColumns';
import { formatCount } from '../shared/scenario/limits';

const COLUMNS = ['id', 'route', 'worker', 'arrival', 'start', 'end', 'latency'] as const;
const CSV_HEADER = 'id,route,worker,arrival_ms,start_ms,end_ms,latency_ms';
/** Rows written per piece of output. */
const ROWS_PER_PIECE = 10_000;

/** How many rows of each kind the default table shows. */
export const SAMPLE = { first: 20, slowest: 20, last: 10 } as const;

export interface SummaryInput {
  name: string;
  requests: RequestColumns;
  metrics: Metrics;
}

/** Milliseconds as the engine reports them (to the µs), without trailing zeros. */
export function formatMs(ms: number): string {
  return String(Math.round(ms * 1000) / 1000);
}

function cells(c: RequestColumns, i: number): string[] {
  const arrival = c.arrival[i]!;
  const end = c.end[i]!;
  return [String(i), c.routes[c.route[i]!]!, String(c.worker[i]!), formatMs(arrival), formatMs(c.start[i]!), formatMs(end), formatMs(end - arrival)];
}

/**
 * The ids the default table shows, ascending: the first `first`, the last `last`, and the
 * `slowest` highest latencies among the others (ties: the lower id). Every id when there are
 * no more than that many requests. The slowest request overall is always among them.
 */
export function sampleIds(c: RequestColumns, sample: typeof SAMPLE = SAMPLE): number[] {
  const n = c.length;
  if (n <= sample.first + sample.slowest + sample.last) return Array.from({ length: n }, (_, i) => i);
  // The top `slowest` of the middle, kept sorted by (latency desc, id asc): one pass, no sort of n.
  const top: number[] = [];
  const latency = (i: number) => c.end[i]! - c.arrival[i]!;
  for (let i = sample.first; i < n - sample.last; i++) {
    const l = latency(i);
    if (top.length === sample.slowest && l <= latency(top[top.length - 1]!)) continue;
    let k = top.length;
    while (k > 0 && latency(top[k - 1]!) < l) k--;
    top.splice(k, 0, i);
    if (top.length > sample.slowest) top.pop();
  }
  const ids = [...Array.from({ length: sample.first }, (_, i) => i), ...top.sort((a, b) => a - b)];
  for (let i = n - sample.last; i < n; i++) ids.push(i);
  return ids;
}

/** Column widths over the rows given by `ids` (an array, or every id below `all`). */
function widths(c: RequestColumns, ids: readonly number[] | { all: number }): number[] {
  const w = COLUMNS.map((name) => name.length);
  const widen = (i: number) => {
    const row = cells(c, i);
    for (let k = 0; k < w.length; k++) if (row[k]!.length > w[k]!) w[k] = row[k]!.length;
  };
  if ('all' in ids) for (let i = 0; i < ids.all; i++) widen(i);
  else for (const i of ids) widen(i);
  return w;
}

/** Route left-aligned, numbers right-aligned, two spaces between columns. */
function line(row: readonly string[], w: readonly number[]): string {
  return row.map((cell, k) => (k === 1 ? cell.padEnd(w[k]!) : cell.padStart(w[k]!))).join('  ').trimEnd();
}

function gapLine(left: number, w: readonly number[]): string {
  return `${' '.repeat(Math.max(0, w[0]! - 1))}… ${formatCount(left)} more`;
}

/** The default table: the sampled rows, with a line for each run of rows left out. */
export function sampleTable(c: RequestColumns, ids: readonly number[] = sampleIds(c)): string {
  const w = widths(c, ids);
  const lines = [line(COLUMNS, w)];
  let previous = -1;
  for (const i of ids) {
    if (i > previous + 1) lines.push(gapLine(i - previous - 1, w));
    lines.push(line(cells(c, i), w));
    previous = i;
  }
  if (previous < c.length - 1) lines.push(gapLine(c.length - 1 - previous, w));
  return lines.join('\n');
}

/** Every row, in pieces of ROWS_PER_PIECE lines (header first); each piece ends with a newline. */
export function* fullTable(c: RequestColumns): Generator<string> {
  const w = widths(c, { all: c.length });
  let piece = [line(COLUMNS, w)];
  for (let i = 0; i < c.length; i++) {
    piece.push(line(cells(c, i), w));
    if (piece.length >= ROWS_PER_PIECE) {
      yield `${piece.join('\n')}\n`;
      piece = [];
    }
  }
  if (piece.length > 0) yield `${piece.join('\n')}\n`;
}

export function metricsText(m: Metrics): string {
  const perWorker = m.loopBlockedMs.map((ms, w) => `worker ${w} ${formatMs(ms)}`).join(', ');
  const cores = m.cpuUtilisation.map((u, c) => `core ${c} ${Math.round(u * 100)}%`).join(', ');
  return [
    `requests      ${formatCount(m.requests)}`,
    `makespan      ${formatMs(m.makespan)} ms`,
    `throughput    ${formatMs(m.throughput)} requests/s`,
    `latency (ms)  mean ${formatMs(m.latency.mean)}  p50 ${formatMs(m.latency.p50)}  p95 ${formatMs(m.latency.p95)}  p99 ${formatMs(m.latency.p99)}  max ${formatMs(m.latency.max)}`,
    `loop blocked  ${formatMs(m.loopBlockedTotalMs)} ms (${perWorker})`,
    `peak threads  ${m.peakThreads}`,
    `CPU use       ${cores}`,
  ].join('\n');
}

/** What the default table shows, said once above it. */
function sampleNote(n: number): string {
  return `${formatCount(n)} requests: the first ${SAMPLE.first}, the ${SAMPLE.slowest} slowest of the others and the last ${SAMPLE.last} ` +
    '(--all prints every request, --csv a table for a spreadsheet)';
}

/** `simulate --summary` (`all`: with `--all`), in pieces to write one after another. */
export function* summaryPieces(input: SummaryInput, all = false): Generator<string> {
  const c = input.requests;
  const sampled = !all && c.length > SAMPLE.first + SAMPLE.slowest + SAMPLE.last;
  yield `${input.name}\n\n${sampled ? `${sampleNote(c.length)}\n\n` : ''}`;
  if (all) yield* fullTable(c);
  else yield `${sampleTable(c)}\n`;
  yield `\n${metricsText(input.metrics)}\n`;
}

/** The whole summary as one string (tests, small scenarios). */
export function formatSummary(input: SummaryInput, all = false): string {
  return [...summaryPieces(input, all)].join('');
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A route name
 * that a spreadsheet would run as a formula (= + - @ at its start) gets a leading apostrophe,
 * so opening a shared scenario's table never evaluates anything.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `simulate --csv`: a header and every request, in pieces. Times in ms to the microsecond. */
export function* csvPieces(c: RequestColumns): Generator<string> {
  const routes = c.routes.map(csvField);
  let piece = [CSV_HEADER];
  for (let i = 0; i < c.length; i++) {
    const arrival = c.arrival[i]!;
    const end = c.end[i]!;
    piece.push(`${i},${routes[c.route[i]!]},${c.worker[i]},${formatMs(arrival)},${formatMs(c.start[i]!)},${formatMs(end)},${formatMs(end - arrival)}`);
    if (piece.length >= ROWS_PER_PIECE) {
      yield `${piece.join('\n')}\n`;
      piece = [];
    }
  }
  if (piece.length > 0) yield `${piece.join('\n')}\n`;
}
