import { describe, expect, it } from 'vitest';
import { simulateColumns } from './simulate';
import { defaultServer, type Scenario } from '../scenario/types';

/** Busy enough that its segments far outnumber its steps: the loop's own work and a shared GIL. */
function busy(requests: number): Scenario {
  return {
    name: 'busy',
    server: defaultServer({ cores: 2, workers: 2, threadpoolTokens: 8 }),
    routes: [
      { name: 'db', kind: 'async', steps: [{ cpu: 0.05 }, { await_io: 20 }, { cpu: 0.05 }] },
      { name: 'legacy', kind: 'sync', steps: [{ blocking_io: 30 }, { cpu: 0.1 }] },
    ],
    requests: [
      { route: 'db', at: 0, count: requests / 2, every: 1 },
      { route: 'legacy', at: 0.5, count: requests / 2, every: 1 },
    ],
  };
}

describe('the segment columns of a big run', () => {
  it('grow once, from a small first block to the projected count, so the app gets one block with spare room rather than blocks joined at the end', () => {
    const { columns } = simulateColumns(busy(40_000));
    // Far more than four times the first block (65,536): a projection capped at four times it
    // would run short, and the blocks would be joined into columns of exactly `length`.
    expect(columns.length).toBeGreaterThan(4 * 65_536);
    expect(columns.start.length).toBeGreaterThan(columns.length);
    // …and not wildly over: the guess is from the segments per finished request so far.
    expect(columns.start.length).toBeLessThan(columns.length * 1.5);
  });
});
