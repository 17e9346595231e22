import { describe, expect, it } from 'vitest';
import { csvField, csvPieces, formatMs, formatSummary, SAMPLE, sampleIds, sampleTable } from './summary';
import { simulateColumns } from '../shared/engine/simulate';
import type { RequestColumns } from '../shared/engine/requestColumns';
import { defaultServer, type Scenario } from '../shared/scenario/types';

const scenario: Scenario = {
  name: 'three blocking requests',
  server: defaultServer({ loopCpuPerRequestMs: 0 }), // round figures: the loop's own work left out
  routes: [{ name: 'report', kind: 'async', steps: [{ blocking_io: 200 }] }],
  requests: [{ route: 'report', at: 0, count: 3 }],
};

function summaryOf(s: Scenario, all = false): string {
  const { timeline, requests } = simulateColumns(s, { segments: false, stateTotals: false });
  return formatSummary({ name: s.name, requests, metrics: timeline.metrics }, all);
}

/** Request columns of `n` requests arriving 1 ms apart, with the latencies `latency(i)`. */
function columns(n: number, latency: (i: number) => number, routes = ['r']): RequestColumns {
  const arrival = Float64Array.from({ length: n }, (_, i) => i);
  return {
    length: n, routes, route: new Int32Array(n), worker: new Int32Array(n), arrival,
    start: arrival.slice(), end: arrival.map((a, i) => a + latency(i)), stateTime: new Float64Array(0),
  };
}

describe('formatMs', () => {
  it('prints whole milliseconds plainly and fractions to the microsecond', () => {
    expect(formatMs(200)).toBe('200');
    expect(formatMs(1.2345678)).toBe('1.235');
  });
});

describe('the summary of a small scenario', () => {
  it('prints the name, an aligned row per request and the metrics', () => {
    const text = summaryOf(scenario);
    expect(text).toContain([
      'id  route   worker  arrival  start  end  latency',
      ' 0  report       0        0      0  200      200',
      ' 1  report       0        0    200  400      400',
      ' 2  report       0        0    400  600      600',
    ].join('\n'));
    expect(text.startsWith('three blocking requests\n\nid')).toBe(true);
    expect(text).not.toContain('more');
    expect(text).toContain('makespan      600 ms');
    expect(text).toContain('latency (ms)  mean 400  p50 400');
    expect(text).toContain('loop blocked  600 ms (worker 0 600)');
  });
});

describe('the summary of many requests', () => {
  const n = 100_000;
  // Latency grows with the id except for three slow ones in the middle.
  const slow = new Map([[40_000, 9_000], [50_000, 8_000], [60_000, 7_000]]);
  const c = columns(n, (i) => slow.get(i) ?? 1 + (i % 50) / 100);

  it('shows the first, the slowest of the others and the last requests, in id order', () => {
    const ids = sampleIds(c);
    expect(ids).toHaveLength(SAMPLE.first + SAMPLE.slowest + SAMPLE.last);
    expect(ids.slice(0, SAMPLE.first)).toEqual(Array.from({ length: SAMPLE.first }, (_, i) => i));
    expect(ids.slice(-SAMPLE.last)).toEqual(Array.from({ length: SAMPLE.last }, (_, i) => n - SAMPLE.last + i));
    expect(ids).toEqual(expect.arrayContaining([40_000, 50_000, 60_000]));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('breaks ties in latency by the lower id', () => {
    const flat = columns(1_000, () => 5);
    expect(sampleIds(flat).slice(SAMPLE.first, SAMPLE.first + SAMPLE.slowest)).toEqual(Array.from({ length: SAMPLE.slowest }, (_, i) => SAMPLE.first + i));
  });

  it('says how many rows each gap leaves out, and the counts add up', () => {
    const table = sampleTable(c);
    const lines = table.split('\n');
    const gaps = lines.filter((l) => l.includes('more')).map((l) => Number(/… ([\d,]+) more/.exec(l)![1]!.replace(/,/g, '')));
    const rows = lines.length - 1 - gaps.length;
    expect(rows).toBe(SAMPLE.first + SAMPLE.slowest + SAMPLE.last);
    expect(rows + gaps.reduce((a, b) => a + b, 0)).toBe(n);
    expect(lines.length).toBeLessThanOrEqual(1 + 2 * (SAMPLE.first + SAMPLE.slowest + SAMPLE.last));
  });

  it('prints every row with all', () => {
    const text = formatSummary({ name: 'many', requests: columns(25_000, () => 1), metrics: summaryMetrics(25_000) }, true);
    expect(text).not.toContain('more');
    expect(text.split('\n').filter((l) => /^\s*\d+ {2}r /.test(l))).toHaveLength(25_000);
  });
});

describe('CSV', () => {
  it('has a header and a row per request, with times to the microsecond', () => {
    const c = columns(3, (i) => 10 + i / 3, ['report']);
    expect([...csvPieces(c)].join('')).toBe(
      'id,route,worker,arrival_ms,start_ms,end_ms,latency_ms\n0,report,0,0,0,10,10\n1,report,0,1,1,11.333,10.333\n2,report,0,2,2,12.667,10.667\n',
    );
  });

  it('quotes fields with commas, quotes or line breaks, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('plain')).toBe('plain');
  });
});

function summaryMetrics(n: number) {
  return { requests: n, makespan: n, throughput: 1000, latency: { mean: 1, p50: 1, p95: 1, p99: 1, max: 1 }, loopBlockedMs: [0], loopBlockedTotalMs: 0, peakThreads: 0, cpuUtilisation: [0, 0] };
}
