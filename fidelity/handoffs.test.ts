import { describe, expect, it } from 'vitest';
import { simulate } from '../shared/engine/simulate';
import type { Scenario } from '../shared/scenario/types';
import { defaultServer } from '../shared/scenario/types';
import { GIL_TIMING } from '../shared/engine/gilTiming';
import { engineHandoffs, probeMedians, replayAtProbeArrivals, type Probe } from './handoffs';

const cpuThenIo = (requests: Scenario['requests']): Scenario => ({
  name: 'cpu then io',
  server: { ...defaultServer(), warmPools: true },
  routes: [{ name: 'report', kind: 'sync', steps: [{ cpu: 10 }, { blocking_io: 20 }] }],
  requests,
});

describe("a def route's hand-offs in the engine, beside the probe's", () => {
  it('times when the thread starts, when each step is over and when the loop answers', () => {
    const [h] = engineHandoffs(simulate(cpuThenIo([{ route: 'report', at: 0 }])));
    // The loop's receive work (half of 0.35 ms); the thread, woken from its queue's get() by the
    // loop's put(), runs wakeMs later and finds the GIL free; 10 ms of CPU, 20 ms asleep; the loop
    // resumes the coroutine at once and sends the response (the other half of its work).
    const body = 0.175 + GIL_TIMING.wakeMs;
    expect(h!.body).toBeCloseTo(body, 3);
    expect(h!.step0_end).toBeCloseTo(body + 10, 3);
    expect(h!.step1_end).toBeCloseTo(body + 30, 3);
    expect(h!.resumed).toBeCloseTo(body + 30, 3);
    expect(h!.end).toBeCloseTo(body + 30.175, 3);
  });

  it('counts the wait for the GIL after a blocking step as part of that step', () => {
    // Two at once: the second thread computes while the first comes back from its sleep.
    const hs = engineHandoffs(simulate(cpuThenIo([{ route: 'report', at: 0, count: 2, every: 0 }])));
    const ends = hs.map((h) => h.step1_end! - h.step0_end!);
    expect(Math.max(...ends)).toBeGreaterThanOrEqual(20);
    for (const h of hs) expect(h.end).toBeGreaterThan(h.step1_end!);
  });

  it("replays each request at the median of the probe's arrivals", () => {
    const probe: Probe = {
      scenario: 'fidelity/scenarios/x.json',
      runs: [
        { requests: [{ arrival: 0.4, end: 31 }, { arrival: 5.2, end: 41 }] },
        { requests: [{ arrival: 0.6, end: 33 }, { arrival: 5.0 }] },
        { requests: [{ arrival: 0.5, end: 32 }, { arrival: 5.1, end: 40 }] },
      ],
    };
    expect(probeMedians(probe, 'end')).toEqual([32, 40.5]);
    const replay = replayAtProbeArrivals(cpuThenIo([{ route: 'report', at: 0, count: 2, every: 5 }]), probe);
    expect(replay.requests).toEqual([{ route: 'report', at: 0.5 }, { route: 'report', at: 5.1 }]);
  });
});
