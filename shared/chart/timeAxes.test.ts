import { describe, expect, it } from 'vitest';
import { chartsOwnAxes } from './timeAxes';

describe('one time axis or one per chart', () => {
  it('gives each chart its own axis by default when one spans under a tenth of the other', () => {
    expect(chartsOwnAxes('auto', [1_000, 30_000])).toBe(true);
    expect(chartsOwnAxes('auto', [30_000, 1_000])).toBe(true);
    expect(chartsOwnAxes('auto', [99, 1_000])).toBe(true);
  });
  it('shares one axis by default from a tenth up, and while a chart has nothing to show', () => {
    expect(chartsOwnAxes('auto', [100, 1_000])).toBe(false);
    expect(chartsOwnAxes('auto', [200, 1_000])).toBe(false);
    expect(chartsOwnAxes('auto', [0, 1_000])).toBe(false);
  });
  it("follows the learner's choice either way", () => {
    expect(chartsOwnAxes('shared', [1_000, 30_000])).toBe(false);
    expect(chartsOwnAxes('own', [200, 200])).toBe(true);
  });
});
