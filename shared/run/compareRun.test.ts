import { describe, expect, it } from 'vitest';
import { simulate } from '../engine/simulate';
import { compareRun, runMatchesScenario, type SimulatedRequests } from './compareRun';
import { toleranceMs } from './runLimits';
import { blockingScenario, runOf } from './testRun';

function simulatedOf(scenario = blockingScenario): SimulatedRequests {
  const { requests } = simulate(scenario, { segments: false });
  return { count: requests.length, arrival: (id) => requests[id]!.arrival, end: (id) => requests[id]!.end };
}

describe('comparing a run with the simulation', () => {
  it('uses max(15 ms, 15 %) of the measured latency as the band', () => {
    expect(toleranceMs(40)).toBe(15);
    expect(toleranceMs(100)).toBe(15);
    expect(toleranceMs(400)).toBe(60);
  });

  it('counts the requests whose simulated latency is within the band of the measured median', () => {
    // Simulated: report 100 and 200 (one loop, blocked), ping 10 at 50 waits for the loop → 160.
    const c = compareRun(runOf(blockingScenario, [[101, 104, 103], [290, 300, 310], [160, 161, 159]]), simulatedOf());
    expect(c.requests.map((r) => [r.simulatedMs, r.measuredMs, r.diffMs, r.agrees])).toEqual([
      [100, 103, -3, true],
      [200, 300, -100, false], // 100 ms off, the band at 300 ms is 45
      [160, 160, 0, true],
    ]);
    expect([c.agreeing, c.total]).toEqual([2, 3]);
    expect(c.requests[1]).toMatchObject({ minMs: 290, maxMs: 310, toleranceMs: 45 });
  });

  it('agrees at exactly the band and not beyond it', () => {
    const at = (measured: number) => compareRun(runOf(blockingScenario, [[measured], [200], [160]]), simulatedOf()).requests[0]!.agrees;
    // Simulated 100: below 100 ms the band is 15 ms; above, 15 % of the measured figure.
    expect(at(85)).toBe(true);
    expect(at(84.9)).toBe(false);
    expect(at(117.6)).toBe(true); // 17.6 ≤ 17.64
    expect(at(117.7)).toBe(false); // 17.7 > 17.655
  });

  it('compares requests of one route sent together rank by rank, so a run that served them in another order agrees', () => {
    // The two reports arrive together; the simulation ends them at 100 and 200. The real server
    // read the second one first in two of three runs: by id, both medians would be 100 ms off.
    const c = compareRun(runOf(blockingScenario, [[100, 200, 201], [200, 101, 99], [160, 161, 159]]), simulatedOf());
    expect(c.requests.map((r) => [r.id, r.simulatedMs, r.measuredMs, r.minMs, r.maxMs, r.agrees])).toEqual([
      [0, 100, 100, 99, 101, true],
      [1, 200, 200, 200, 201, true],
      [2, 160, 160, 159, 161, true],
    ]);
    expect(c.agreeing).toBe(3);
  });

  it('still refuses a set of latencies the simulation did not give, whatever the order', () => {
    // Both reports at 100 ms, as if the loop were not blocked: the slower rank disagrees.
    const c = compareRun(runOf(blockingScenario, [[100, 101, 99], [101, 100, 100], [160, 161, 159]]), simulatedOf());
    expect(c.requests.map((r) => [r.measuredMs, r.agrees])).toEqual([[100, true], [101, false], [160, true]]);
  });

  it('keeps requests apart that differ in route or in when the scenario sends them', () => {
    // The ping (simulated 160) measured at 100 and the second report (simulated 200) at 160 are not swapped with each other.
    const c = compareRun(runOf(blockingScenario, [[100, 100, 100], [160, 160, 160], [100, 100, 100]]), simulatedOf());
    expect(c.requests.map((r) => r.agrees)).toEqual([true, false, false]);
  });

  it('compares the measured and simulated p50, p95 and p99 of latency', () => {
    const c = compareRun(runOf(blockingScenario, [[110], [230], [170]]), simulatedOf());
    expect(c.percentiles).toEqual([
      { p: 50, measured: 170, simulated: 160 },
      { p: 95, measured: 230, simulated: 200 },
      { p: 99, measured: 230, simulated: 200 },
    ]);
  });

  it('knows a run of this scenario from a run of another, whatever the name', () => {
    const run = runOf(blockingScenario, [[100], [200], [160]]);
    expect(runMatchesScenario(run, { ...blockingScenario, name: 'renamed', description: 'new words' })).toBe(true);
    expect(runMatchesScenario(run, { ...blockingScenario, server: { ...blockingScenario.server, workers: 2 } })).toBe(false);
    const edited = { ...blockingScenario, routes: [{ ...blockingScenario.routes[0]!, steps: [{ blocking_io: 120 }] }, blockingScenario.routes[1]!] };
    expect(runMatchesScenario(run, edited)).toBe(false);
  });
});
