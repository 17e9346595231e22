import { describe, expect, it } from 'vitest';
import type { Measured } from './compare';
import { seededRandom, selfAgreement, selfAgreementMarkdown } from './selfAgreement';

/** A measured scenario with the given latencies per run (arrivals at 0). */
const measuredOf = (runs: number[][]): Measured => ({
  name: 'test',
  versions: {},
  repeats: runs.length,
  requests: runs[0]!.map((_, id) => ({ id, route: 'r', arrival_ms_median: 0, end_ms_median: 0 })),
  runs: runs.map((latencies) => ({ end_ms: latencies, arrival_ms: latencies.map(() => 0) })),
});

describe('how far a measurement reproduces itself', () => {
  it('is certain when every run gave the same latencies', () => {
    const m = measuredOf(Array.from({ length: 9 }, () => [100, 200, 300]));
    expect(selfAgreement(m)).toEqual({ joint: 1, perRequest: [1, 1, 1] });
  });

  it('is certain when the runs differ by less than the tolerance', () => {
    const m = measuredOf(Array.from({ length: 9 }, (_, k) => [100 + k, 300 + 2 * k]));
    expect(selfAgreement(m).joint).toBe(1);
  });

  it('is low when runs spread far beyond the tolerance, and lower still over several such requests', () => {
    const one = measuredOf(Array.from({ length: 9 }, (_, k) => [40 + 50 * k]));
    const lone = selfAgreement(one).joint;
    expect(lone).toBeGreaterThan(0.05);
    expect(lone).toBeLessThan(0.6);
    // Two requests whose spreads are independent (different run orders) agree together less often.
    const two = measuredOf(Array.from({ length: 9 }, (_, k) => [40 + 50 * k, 40 + 50 * ((k * 4) % 9)]));
    expect(selfAgreement(two).joint).toBeLessThan(lone);
  });

  it('draws the same runs every time (its figures are quoted in fidelity/README.md)', () => {
    const m = measuredOf(Array.from({ length: 9 }, (_, k) => [40 + 50 * k, 500 - 30 * k]));
    expect(selfAgreement(m)).toEqual(selfAgreement(m));
    const a = seededRandom(7), b = seededRandom(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('lists only the scenarios below 90 %, the least reproducible first', () => {
    const steady = measuredOf(Array.from({ length: 9 }, () => [100]));
    const spread = measuredOf(Array.from({ length: 9 }, (_, k) => [40 + 50 * k]));
    const md = selfAgreementMarkdown([{ name: 'steady', measured: steady }, { name: 'spread', measured: spread }]);
    expect(md).toContain('Of the 2 measured scenarios, 1 give');
    expect(md).toContain('| `spread` | 9 |');
    expect(md).not.toContain('`steady`');
    expect(md).toContain('#0 240 [40.0..440]');
  });
});
