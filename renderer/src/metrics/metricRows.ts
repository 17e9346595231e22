/**
 * The metrics panel's rows: both versions and their difference, each difference tagged
 * better / worse so the panel can say it in words and not by colour alone.
 */
import type { Metrics } from '../../../shared/engine/timeline';
import { formatDuration } from '../../../shared/chart/timeScale';

export type Verdict = 'better' | 'worse' | 'same' | 'neutral';

export interface MetricRow {
  key: string;
  label: string;
  /** What the figure means, in plain words (kitchen words in chef mode): the label's tooltip. */
  help: string;
  written: string;
  variant: string;
  difference: string;
  verdict: Verdict;
}

interface MetricDef {
  key: string;
  label: string;
  /** The same measure told in the kitchen (chef mode), mapped 1:1: a request is an order ticket. */
  chefLabel: string;
  help: string;
  chefHelp: string;
  value: (m: Metrics) => number;
  format: (v: number) => string;
  /** Which way is good; null when neither is (more threads is not better or worse by itself). */
  lowerIsBetter: boolean | null;
}

/**
 * Milliseconds as everywhere else in the app (chart tooltips, the export, the lessons):
 * always ms, grouped, only the decimals a small value needs ("0 ms", "15 ms", "1.23 ms",
 * "28,500 ms"). Two formats side by side read as two different things: "15.0 → 0 ms",
 * "1,000 ms → 28.5 s".
 */
export const formatMs = formatDuration;

const perSecond = (v: number) => `${(Math.round(v * 10) / 10).toLocaleString('en-US')} req/s`;
const percent = (v: number) => `${Math.round(v * 100)}%`;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export const METRICS: MetricDef[] = [
  { key: 'p50', label: 'Latency p50', chefLabel: 'Ticket time p50',
    help: 'The median: half of the requests took this long or less, from arrival to response. The usual wait.',
    chefHelp: 'The median: half of the order tickets took this long or less, from order to dish served. The usual wait.',
    value: (m) => m.latency.p50, format: formatMs, lowerIsBetter: true },
  { key: 'p95', label: 'Latency p95', chefLabel: 'Ticket time p95',
    help: '95 of every 100 requests took this long or less, from arrival to response; the slowest 5 took longer.',
    chefHelp: '95 of every 100 order tickets were served within this time; the slowest 5 took longer.',
    value: (m) => m.latency.p95, format: formatMs, lowerIsBetter: true },
  { key: 'p99', label: 'Latency p99', chefLabel: 'Ticket time p99',
    help: '99 of every 100 requests took this long or less: the slow tail a busy site hits every minute.',
    chefHelp: '99 of every 100 order tickets were served within this time: the slow tail of a busy service.',
    value: (m) => m.latency.p99, format: formatMs, lowerIsBetter: true },
  { key: 'max', label: 'Latency max', chefLabel: 'Slowest ticket',
    help: 'The slowest request, from its arrival to its response.',
    chefHelp: 'The slowest order ticket, from order to dish served.',
    value: (m) => m.latency.max, format: formatMs, lowerIsBetter: true },
  { key: 'throughput', label: 'Throughput', chefLabel: 'Tickets served',
    help: 'Requests answered per second: how many there were, over the time from the first arrival to the last response.',
    chefHelp: 'Order tickets served per second: how many there were, over the time from the first order to the last dish.',
    value: (m) => m.throughput, format: perSecond, lowerIsBetter: false },
  { key: 'blocked', label: 'Event loop blocked', chefLabel: 'Chef stuck',
    help: 'How long the event loop could not switch to another request, because code on it computed or made a blocking call (all workers added up). Every other request on that worker waited meanwhile.',
    chefHelp: 'How long the chef was stuck with one dish, chopping or standing at the oven, so no other ticket moved (all kitchens added up).',
    value: (m) => m.loopBlockedTotalMs, format: formatMs, lowerIsBetter: true },
  { key: 'threads', label: 'Peak threads', chefLabel: 'Most helper cooks at once',
    help: 'The most pool threads busy at the same time. A def route holds one for its whole run, waits included; FastAPI allows 40 by default.',
    chefHelp: 'The most helper cooks busy at the same time. A helper stays with one ticket until it is served, oven time included; the kitchen has 40 by default.',
    value: (m) => m.peakThreads, format: (v) => String(v), lowerIsBetter: null },
  { key: 'cpu', label: 'CPU use (mean of cores)', chefLabel: 'Chopping (mean of cores)',
    help: 'How busy the cores were running Python, averaged over the cores and the whole run: 100% is every core computing all the time.',
    chefHelp: 'How busy the cores were with chopping, averaged over the cores and the whole service: 100% is every core chopping all the time.',
    value: (m) => mean(m.cpuUtilisation), format: percent, lowerIsBetter: null },
];

function difference(def: MetricDef, a: number, b: number): { text: string; verdict: Verdict } {
  const d = b - a;
  if (Math.abs(d) < 1e-9) return { text: 'same', verdict: 'same' };
  const sign = d > 0 ? '+' : '−';
  // Relative change reads fastest (the absolute values sit in the two columns beside it);
  // CPU use is already a percentage, and from zero there is no relative change. Ten times
  // or more is said as a factor: "+810711%" is a number nobody reads, "8,108×" is.
  const relative = a !== 0 && def.key !== 'cpu';
  const factor = relative && b / a >= 10;
  const text = factor ? `${Math.round(b / a).toLocaleString('en-US')}×`
    : relative ? `${sign}${Math.round(Math.abs(d / a) * 100)}%` : `${sign}${def.format(Math.abs(d))}`;
  if (def.lowerIsBetter === null) return { text, verdict: 'neutral' };
  return { text, verdict: (d < 0) === def.lowerIsBetter ? 'better' : 'worse' };
}

/** Rows for whichever versions have results; a missing one shows "—". `chef`: kitchen labels. */
export function metricRows(written: Metrics | null, variant: Metrics | null, chef = false): MetricRow[] {
  return METRICS.map((def) => {
    const a = written ? def.value(written) : null;
    const b = variant ? def.value(variant) : null;
    const diff = a !== null && b !== null ? difference(def, a, b) : { text: '—', verdict: 'neutral' as const };
    return {
      key: def.key,
      label: chef ? def.chefLabel : def.label,
      help: chef ? def.chefHelp : def.help,
      written: a === null ? '—' : def.format(a),
      variant: b === null ? '—' : def.format(b),
      difference: diff.text,
      verdict: diff.verdict,
    };
  });
}
