/** The inline markup a UI renders, and the measures claims are made of. */
import { describe, expect, it } from 'vitest';
import { formatValue, parseInline, plainText } from './markup';
import { compare, evaluateClaim, factHolds, measure } from './measure';
import { asyncRoute, burst, endOf, fact, ms, scenario, times } from './build';
import { simulate } from '../engine/simulate';
import type { Claim } from './types';

const claims: Claim[] = [ms('fifth', 'after', endOf(4), 1000), times('x', 'fifth', 'fifth', 1)];

describe('inline markup', () => {
  it('splits text into text, code, strong and claim-value spans', () => {
    expect(parseInline('A `def` route is **blocked** until {fifth}.', claims)).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'code', text: 'def' },
      { kind: 'text', text: ' route is ' },
      { kind: 'strong', text: 'blocked' },
      { kind: 'text', text: ' until ' },
      { kind: 'value', text: '1,000 ms', claim: 'fifth' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('leaves braces inside code alone and refuses an unknown claim', () => {
    expect(plainText('`@app.get("/orders/{order_id}")`', claims)).toBe('@app.get("/orders/{order_id}")');
    expect(() => parseInline('ends at {fith}', claims)).toThrow(/unknown claim \{fith\}/);
  });
  it('writes values the same way on every machine', () => {
    expect(formatValue(1000, 'ms')).toBe('1,000 ms');
    expect(formatValue(5.3, 'times')).toBe('5.3×');
    expect(formatValue(40, 'count')).toBe('40');
    expect(plainText('{x} faster', claims)).toBe('1× faster');
  });
});

describe('measures', () => {
  // The loop's own work per request left out, for round figures.
  const s = scenario('t', 'five blocking calls on the loop', [asyncRoute('r', [{ blocking_io: 200 }])], [burst('r', 5)], { loopCpuPerRequestMs: 0 });
  const t = simulate(s);
  it('reads ends, latencies, loop blocking and cores from a timeline', () => {
    expect(measure(t, endOf(4))).toBe(1000);
    expect(measure(t, { kind: 'latencyStat', stat: 'p50' })).toBe(600);
    expect(measure(t, { kind: 'loopBlocked' })).toBe(1000);
    expect(measure(t, { kind: 'coresUsed' })).toBe(0); // blocking I/O holds no core
    expect(measure(t, { kind: 'workersUsed' })).toBe(1);
    expect(() => measure(t, endOf(5))).toThrow(/no request 5/);
  });
  it('evaluates ratios to one decimal and checks facts on stated values', () => {
    const c: Claim[] = [ms('a', 'before', endOf(4), 1000), ms('b', 'before', endOf(0), 200), times('r', 'a', 'b', 5)];
    expect(evaluateClaim(c[2]!, { before: t, after: undefined }, c)).toBe(5);
    expect(() => evaluateClaim(ms('z', 'after', endOf(0), 0), { before: t, after: undefined }, c)).toThrow(/lacks/);
    expect(factHolds(fact('five times slower', 'r', '=', 5), c)).toBe(true);
    expect(factHolds(fact('first before fifth', 'b', '<', 'a'), c)).toBe(true);
    expect(compare(1, '>=', 2)).toBe(false);
  });
});
