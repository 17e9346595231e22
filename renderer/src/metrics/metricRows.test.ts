import { describe, expect, it } from 'vitest';
import type { Metrics } from '../../../shared/engine/timeline';
import { formatMs, metricRows } from './metricRows';
import { fromTo } from './fromTo';
import { formatDuration } from '../../../shared/chart/timeScale';

const metrics = (p50: number, throughput: number, threads: number): Metrics => ({
  requests: 5, makespan: 1000, throughput,
  latency: { mean: p50, p50, p95: p50, p99: p50, max: p50 },
  loopBlockedMs: [0], loopBlockedTotalMs: 0, peakThreads: threads, cpuUtilisation: [0.5, 0.25],
});

describe('metric rows', () => {
  it('says a lower latency in the variant is better, with the relative change', () => {
    const row = metricRows(metrics(800, 5, 0), metrics(200, 20, 0)).find((r) => r.key === 'p50')!;
    expect(row).toMatchObject({ written: '800 ms', variant: '200 ms', difference: '−75%', verdict: 'better' });
  });

  it('says higher throughput is better and more threads is neither', () => {
    const rows = metricRows(metrics(800, 5, 1), metrics(800, 20, 5));
    expect(rows.find((r) => r.key === 'throughput')!.verdict).toBe('better');
    expect(rows.find((r) => r.key === 'threads')!.verdict).toBe('neutral');
    expect(rows.find((r) => r.key === 'p50')!.difference).toBe('same');
    expect(metricRows(metrics(800, 5, 0), metrics(800, 5, 4)).find((r) => r.key === 'threads')!.difference).toBe('+4');
    expect(rows.find((r) => r.key === 'cpu')!.written).toBe('38%');
  });

  it('says a change of ten times or more as a factor, not as thousands of per cent', () => {
    const p50 = (a: number, b: number) => metricRows(metrics(a, 5, 0), metrics(b, 5, 0)).find((r) => r.key === 'p50')!.difference;
    expect(p50(1_024, 28_520)).toBe('28×');
    expect(p50(3.7, 30_000)).toBe('8,108×');
    expect(p50(100, 999)).toBe('+899%');
    expect(p50(1_000, 10)).toBe('−99%');
  });

  it('shows a dash while a version has no result', () => {
    expect(metricRows(null, metrics(1, 1, 1))[0]).toMatchObject({ written: '—', difference: '—' });
  });

  it('writes every time in one format: ms, grouped, no trailing zeros (as the chart tooltips, the export and the lessons do)', () => {
    expect(formatMs(0)).toBe('0 ms');
    expect(formatMs(15)).toBe('15 ms');
    expect(formatMs(1.234)).toBe('1.23 ms');
    expect(formatMs(1_000)).toBe('1,000 ms');
    expect(formatMs(28_500)).toBe('28,500 ms');
    expect(formatMs(28_500)).toBe(formatDuration(28_500));
    // Side by side the two figures read alike: "15 → 0 ms", "1,000 → 28,500 ms" (not "15.0 → 0 ms", "1,000 ms → 28.5 s").
    const p95 = (a: number, b: number) => metricRows(metrics(a, 5, 0), metrics(b, 5, 0)).find((r) => r.key === 'p95')!;
    expect(fromTo(p95(15, 0).written, p95(15, 0).variant)).toBe('15 → 0 ms');
    expect(fromTo(p95(1_000, 28_500).written, p95(1_000, 28_500).variant)).toBe('1,000 → 28,500 ms');
    expect(metricRows(metrics(800, 10.94, 0), null).find((r) => r.key === 'throughput')!.written).toBe('10.9 req/s');
  });
});

describe('what each metric means', () => {
  it('every metric has a plain-words explanation, and a kitchen one in chef mode', () => {
    const plain = metricRows(metrics(800, 5, 1), metrics(200, 20, 5));
    const chef = metricRows(metrics(800, 5, 1), metrics(200, 20, 5), true);
    for (const [i, row] of plain.entries()) {
      expect(row.help, row.key).toMatch(/^[A-Z0-9].{30,}\.$/);
      expect(chef[i]!.help, row.key).toMatch(/^[A-Z0-9].{30,}\.$/);
      expect(chef[i]!.help, row.key).not.toBe(row.help);
      // Kitchen words, not the server's: no request, thread or event loop in chef mode.
      expect(chef[i]!.help, row.key).not.toMatch(/\b(requests?|threads?|event loop)\b/);
    }
    expect(new Set(plain.map((r) => r.help)).size).toBe(plain.length);
  });
});

describe('metric rows in chef mode', () => {
  it('tells every metric in kitchen words with the same values and verdicts', () => {
    const plain = metricRows(metrics(800, 5, 1), metrics(200, 20, 5));
    const chef = metricRows(metrics(800, 5, 1), metrics(200, 20, 5), true);
    expect(chef.map((r) => r.label)).toEqual(['Ticket time p50', 'Ticket time p95', 'Ticket time p99', 'Slowest ticket',
      'Tickets served', 'Chef stuck', 'Most helper cooks at once', 'Chopping (mean of cores)']);
    expect(chef.map(({ label: _l, help: _h, ...rest }) => rest)).toEqual(plain.map(({ label: _l, help: _h, ...rest }) => rest));
  });
});
