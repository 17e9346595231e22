/**
 * The metrics panel's rows: both versions and their difference, each difference tagged
 * better / worse so the panel can say it in words and not by colour alone.
 */
import type { Metrics } from '../../../shared/engine/timeline';

export type Verdict = 'better' | 'worse' | 'same' | 'neutral';

export interface MetricRow {
  key: string;
  label: string;
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
  value: (m: Metrics) => number;
  format: (v: number) => string;
  /** Which way is good; null when neither is (more threads is not better or worse by itself). */
  lowerIsBetter: boolean | null;
}

export function formatMs(ms: number): string {
  if (ms === 0) return '0 ms';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms).toLocaleString('en-US')} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

const perSecond = (v: number) => `${v >= 100 ? Math.round(v) : v.toFixed(1)}/s`;
const percent = (v: number) => `${Math.round(v * 100)}%`;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export const METRICS: MetricDef[] = [
  { key: 'p50', label: 'Latency p50', chefLabel: 'Ticket time p50', value: (m) => m.latency.p50, format: formatMs, lowerIsBetter: true },
  { key: 'p95', label: 'Latency p95', chefLabel: 'Ticket time p95', value: (m) => m.latency.p95, format: formatMs, lowerIsBetter: true },
  { key: 'p99', label: 'Latency p99', chefLabel: 'Ticket time p99', value: (m) => m.latency.p99, format: formatMs, lowerIsBetter: true },
  { key: 'max', label: 'Latency max', chefLabel: 'Slowest ticket', value: (m) => m.latency.max, format: formatMs, lowerIsBetter: true },
  { key: 'throughput', label: 'Throughput', chefLabel: 'Tickets served', value: (m) => m.throughput, format: perSecond, lowerIsBetter: false },
  { key: 'blocked', label: 'Event loop blocked', chefLabel: 'Chef stuck', value: (m) => m.loopBlockedTotalMs, format: formatMs, lowerIsBetter: true },
  { key: 'threads', label: 'Peak threads', chefLabel: 'Most helper cooks at once', value: (m) => m.peakThreads, format: (v) => String(v), lowerIsBetter: null },
  { key: 'cpu', label: 'CPU use (mean of cores)', chefLabel: 'Chopping (mean of cores)', value: (m) => mean(m.cpuUtilisation), format: percent, lowerIsBetter: null },
];

function difference(def: MetricDef, a: number, b: number): { text: string; verdict: Verdict } {
  const d = b - a;
  if (Math.abs(d) < 1e-9) return { text: 'same', verdict: 'same' };
  const sign = d > 0 ? '+' : '−';
  // Relative change reads fastest (the absolute values sit in the two columns beside it);
  // CPU use is already a percentage, and from zero there is no relative change.
  const relative = a !== 0 && def.key !== 'cpu';
  const text = relative ? `${sign}${Math.round(Math.abs(d / a) * 100)}%` : `${sign}${def.format(Math.abs(d))}`;
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
      written: a === null ? '—' : def.format(a),
      variant: b === null ? '—' : def.format(b),
      difference: diff.text,
      verdict: diff.verdict,
    };
  });
}
