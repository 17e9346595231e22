import { describe, expect, it } from 'vitest';
import { createRevealGate } from './revealGate';

function harness(holdMs = 150) {
  const log: string[] = [];
  let pending: (() => void) | null = null;
  let cleared = 0;
  const gate = createRevealGate((applyAll) => { log.push('render:start'); applyAll(); log.push('render:end'); }, holdMs, {
    set: (run) => { pending = run; return 1; },
    clear: () => { pending = null; cleared++; },
  });
  return { gate, log, fireTimer: () => { const run = pending; pending = null; run?.(); }, cleared: () => cleared };
}

describe('the two charts reveal an edit together', () => {
  it('holds the first result until the other chart’s arrives, then applies both in one render', () => {
    const { gate, log } = harness();
    const a = gate.begin('written');
    const b = gate.begin('variant');
    gate.ready(a, () => log.push('written'));
    expect(log).toEqual([]);
    gate.ready(b, () => log.push('variant'));
    expect(log).toEqual(['render:start', 'written', 'variant', 'render:end']);
  });

  it('prepares a held result at once, and one shown at once not at all', () => {
    const { gate, log } = harness();
    const a = gate.begin('written');
    const b = gate.begin('variant');
    gate.ready(a, () => log.push('written'), () => log.push('prepare written'));
    expect(log).toEqual(['prepare written']);
    gate.ready(b, () => log.push('variant'), () => log.push('prepare variant'));
    expect(log).toEqual(['prepare written', 'render:start', 'written', 'variant', 'render:end']);
  });

  it('applies at once when the other chart has nothing running', () => {
    const { gate, log } = harness();
    gate.ready(gate.begin('written'), () => log.push('written'));
    expect(log).toEqual(['render:start', 'written', 'render:end']);
  });

  it('waits at most the hold time for a slow chart, which then shows on its own', () => {
    const { gate, log, fireTimer } = harness();
    const a = gate.begin('written');
    const b = gate.begin('variant');
    gate.ready(a, () => log.push('written'));
    fireTimer();
    expect(log).toEqual(['render:start', 'written', 'render:end']);
    gate.ready(b, () => log.push('variant'));
    expect(log.slice(3)).toEqual(['render:start', 'variant', 'render:end']);
  });

  it('does not wait for a run that a newer edit overtook', () => {
    const { gate, log, cleared } = harness();
    const a = gate.begin('written');
    const b1 = gate.begin('variant');
    const b2 = gate.begin('variant'); // a newer edit retires b1
    gate.cancel(b1);
    gate.ready(a, () => log.push('written'));
    expect(log).toEqual([]); // b2 still runs
    gate.ready(b2, () => log.push('variant'));
    expect(log).toEqual(['render:start', 'written', 'variant', 'render:end']);
    expect(cleared()).toBe(1); // the hold timer was dropped, not left to fire later
  });

  it('does not wait for a chart whose next result came without a worker', () => {
    const { gate, log } = harness();
    gate.begin('written'); // an earlier, bigger scenario's run, still out
    const b = gate.begin('variant');
    gate.idle('written'); // the newer edit is simulated on the page
    gate.ready(b, () => log.push('variant'));
    expect(log).toEqual(['render:start', 'variant', 'render:end']);
  });

  it('a cancelled last run lets the held result through', () => {
    const { gate, log } = harness();
    const a = gate.begin('written');
    const b = gate.begin('variant');
    gate.ready(a, () => log.push('written'));
    gate.cancel(b);
    expect(log).toEqual(['render:start', 'written', 'render:end']);
  });
});
