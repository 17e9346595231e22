import { describe, expect, it } from 'vitest';
import { formatMs, formatSummary } from './summary';
import { simulate } from '../shared/engine/simulate';
import { defaultServer, type Scenario } from '../shared/scenario/types';

const scenario: Scenario = {
  name: 'three blocking requests',
  server: defaultServer(),
  routes: [{ name: 'report', kind: 'async', steps: [{ blocking_io: 200 }] }],
  requests: [{ route: 'report', at: 0, count: 3 }],
};

describe('formatMs', () => {
  it('prints whole milliseconds plainly and fractions to the microsecond', () => {
    expect(formatMs(200)).toBe('200');
    expect(formatMs(1.2345678)).toBe('1.235');
  });
});

describe('formatSummary', () => {
  it('prints the name, an aligned row per request and the metrics', () => {
    const text = formatSummary(scenario, simulate(scenario));
    expect(text).toContain([
      'id  route   worker  arrival  start  end  latency',
      ' 0  report       0        0      0  200      200',
      ' 1  report       0        0    200  400      400',
      ' 2  report       0        0    400  600      600',
    ].join('\n'));
    expect(text.startsWith('three blocking requests\n')).toBe(true);
    expect(text).toContain('makespan      600 ms');
    expect(text).toContain('latency (ms)  mean 400  p50 400');
    expect(text).toContain('loop blocked  600 ms (worker 0 600)');
  });
});
