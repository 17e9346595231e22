import { describe, expect, it } from 'vitest';
import { simulate } from '../shared/engine/simulate';
import type { Scenario } from '../shared/scenario/types';
import { defaultServer } from '../shared/scenario/types';
import { GIL_TIMING } from '../shared/engine/gilTiming';
import { join } from 'node:path';
import { engineForProbe, engineHandoffs, loadProbe, probeMedians, replayAtProbeArrivals, type Probe } from './handoffs';
import { FIDELITY_DIR } from './compare';
import { KNOWN_GAPS } from './knownGaps';
import { expectQuotes as quotes, readDoc } from '../scripts/docQuotes';

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

  it("is what docs/model.md and the known gaps quote of the engine's hand-offs", () => {
    const model = readDoc('docs/model.md');
    const probeFile = (name: string) => loadProbe(join(FIDELITY_DIR, 'probes', `handoff_${name}.json`));
    const probe = (name: string) => engineForProbe(probeFile(name));
    const ms = (x: number | undefined) => x!.toFixed(1);
    // A def request alone at an idle server: its thread first runs Python after the loop's receive work and the thread's wake-up.
    const [alone] = engineHandoffs(simulate(cpuThenIo([{ route: 'report', at: 0 }])));
    quotes(model, 'docs/model.md', `${(alone!.body! - alone!.arrival!).toFixed(2)} ms after the request in the engine`);
    // s_convoy_cpu_io_10's first request: back from its sleep with the GIL, then its result run by the loop.
    const [first] = probe('s_convoy_cpu_io_10');
    quotes(model, 'docs/model.md', `the first thread gets the GIL back from its sleep at ${ms(first!.step1_end)} ms`);
    quotes(model, 'docs/model.md', `the loop runs its result at ${ms(first!.resumed)}`);
    quotes(model, 'docs/model.md', `${ms(first!.resumed)} (${ms(probeMedians(probeFile('s_convoy_cpu_io_10'), 'resumed')[0])}), ${Math.round(first!.resumed! - first!.step1_end!)} ms later`);
    // s_convoy_mixed_10: when the loop runs the results, the engine's beside the probe's (whose first is early).
    const span = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;
    const [probeFirst, ...probeRest] = probeMedians(probeFile('s_convoy_mixed_10'), 'resumed') as number[];
    const mixedResults = `the loop runs the results at ${span(probe('s_convoy_mixed_10').map((h) => h.resumed!))} ms`;
    quotes(model, 'docs/model.md', mixedResults);
    quotes(model, 'docs/model.md', `the probe ${span(probeRest)} for all but the first (${Math.round(probeFirst!)})`);
    // x_def_cpu_then_io: when its third and fourth threads start, and how far ahead its first ends its CPU.
    const all = probe('x_def_cpu_then_io');
    const starts = `until ${Math.round(all[2]!.body!)} and ${Math.round(all[3]!.body!)} ms`;
    const cpuEnds = all.map((h) => h.step0_end!);
    const ahead = `${Math.round(Math.max(...cpuEnds) - cpuEnds[0]!)} ms before`;
    quotes(model, 'docs/model.md', `turns ${starts}, and its first thread ends its CPU at ${Math.round(cpuEnds[0]!)} ms, ${ahead} its last`);
    quotes(KNOWN_GAPS.x_def_cpu_then_io!.why, 'knownGaps.ts', starts);
    quotes(KNOWN_GAPS.x_def_cpu_then_io!.why, 'knownGaps.ts', `first thread ends its CPU ${ahead} the last`);
  });
});
