import { describe, expect, it } from 'vitest';
import { loadMeasured, loadScenario, measuredCores, onMeasuredMachine, type Measured } from './compare';

const withCapacity = (capacity: ([number, number] | undefined)[]): Measured => ({
  ...loadMeasured('u_process4_warm'),
  runs: capacity.map((c) => ({ end_ms: [0], arrival_ms: [0], ...(c ? { capacity: c } : {}) })),
});

describe("the measured machine's cores", () => {
  it('is the median over the runs of the capacity probed before and after each', () => {
    expect(measuredCores(withCapacity([[1.5, 1.7], [1.9, 1.9], [1.2, 1.4]]))).toBe(1.6);
  });

  it('is unknown when no run probed it', () => {
    expect(measuredCores(withCapacity([undefined, undefined]))).toBeNull();
  });

  it('caps the simulated cores at what the machine gave, and never raises them', () => {
    const scenario = loadScenario('u_process4_warm');
    expect(onMeasuredMachine(scenario, withCapacity([[1.6, 1.7]])).server.cores).toBe(1.65);
    expect(onMeasuredMachine(scenario, withCapacity([[2.3, 2.4]])).server.cores).toBe(scenario.server.cores);
    expect(onMeasuredMachine(scenario, withCapacity([undefined]))).toBe(scenario);
  });

  it('leaves every other server setting as the scenario says', () => {
    const scenario = loadScenario('u_process4_warm');
    const { cores: _c, ...rest } = onMeasuredMachine(scenario, withCapacity([[1.5, 1.5]])).server;
    const { cores: _d, ...expected } = scenario.server;
    expect(rest).toEqual(expected);
  });
});
