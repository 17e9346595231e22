import { describe, expect, it } from 'vitest';
import type { Metrics } from '../../../shared/engine/timeline';
import { formatMs, metricRows } from './metricRows';

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

  it('shows a dash while a version has no result', () => {
    expect(metricRows(null, metrics(1, 1, 1))[0]).toMatchObject({ written: '—', difference: '—' });
  });

  it('formats milliseconds with sensible precision', () => {
    expect(formatMs(1.234)).toBe('1.23 ms');
    expect(formatMs(45.67)).toBe('45.7 ms');
    expect(formatMs(1_000)).toBe('1,000 ms');
    expect(formatMs(12_345)).toBe('12.3 s');
  });
});

describe('metric rows in chef mode', () => {
  it('tells every metric in kitchen words with the same values and verdicts', () => {
    const plain = metricRows(metrics(800, 5, 1), metrics(200, 20, 5));
    const chef = metricRows(metrics(800, 5, 1), metrics(200, 20, 5), true);
    expect(chef.map((r) => r.label)).toEqual(['Ticket time p50', 'Ticket time p95', 'Ticket time p99', 'Slowest ticket',
      'Tickets served', 'Chef stuck', 'Most helper cooks at once', 'Chopping (mean of cores)']);
    expect(chef.map(({ label: _l, ...rest }) => rest)).toEqual(plain.map(({ label: _l, ...rest }) => rest));
  });
});
