import { describe, expect, it } from 'vitest';
import { simulate } from '../../../shared/engine/simulate';
import { exportTrace } from '../../../shared/export/exportTrace';
import { stepLabel, stepPosition } from '../../../shared/chart/stepLabels';
import { fixtureScenario, fixtureTimeline } from '../../../shared/chart/fixtures';
import { builtinRuns } from '../../../assets/scenarios/validBuiltins';
import { readTraceFile } from './readTraceFile';

const traceText = (scenario = fixtureScenario, timeline = fixtureTimeline) => JSON.stringify(exportTrace(scenario, timeline));

describe('readTraceFile', () => {
  it('names a binary file for what it is, without quoting its bytes', () => {
    const png = new TextDecoder().decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const read = readTraceFile({ path: '/tmp/shot.png', text: png });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toMatch(/^shot\.png did not open: this file is a PNG image, not text: a Chrome trace is a JSON text file/);
    expect(read.error).not.toMatch(/[\uFFFD\u0000-\u0008]/);
  });

  it('names the view after the file, not its folder, and the chart after the scenario', () => {
    const read = readTraceFile({ path: '/home/a/runs/every.trace.json', text: traceText() });
    expect(read.ok && read.trace.file).toBe('every.trace.json');
    expect(read.ok && read.trace.scenario.name).toBe('every state');
  });

  it('gives back every bar\'s label and place in its route, for every built-in scenario', () => {
    for (const { id, scenario } of builtinRuns()) {
      const timeline = simulate(scenario);
      const read = readTraceFile({ path: 'x.json', text: traceText(scenario, timeline) });
      if (!read.ok) throw new Error(read.error);
      const original = new Map(scenario.routes.map((r) => [r.name, r]));
      const standIn = new Map(read.trace.scenario.routes.map((r) => [r.name, r]));
      for (const s of timeline.segments) {
        if (s.request < 0) continue;
        const route = timeline.requests[s.request]!.route;
        expect(stepLabel(standIn.get(route), s.path), id).toBe(stepLabel(original.get(route), s.path));
        expect(stepPosition(standIn.get(route), s.path), id).toBe(stepPosition(original.get(route), s.path));
      }
    }
  });

  it('rebuilds the metrics a trace holds exactly: latency, makespan, each request\'s time per state', () => {
    for (const { id, scenario } of builtinRuns()) {
      const timeline = simulate(scenario);
      const read = readTraceFile({ path: 'x.json', text: traceText(scenario, timeline) });
      if (!read.ok) throw new Error(read.error);
      const back = read.trace.timeline;
      expect(back.metrics.latency, id).toEqual(timeline.metrics.latency);
      expect(back.metrics.makespan, id).toBe(timeline.metrics.makespan);
      expect(back.metrics.requests, id).toBe(timeline.metrics.requests);
      back.requests.forEach((r, i) => {
        // Each segment is written to the microsecond: a request's dozens of them add up to within a few µs.
        for (const [state, ms] of Object.entries(timeline.requests[i]!.time)) expect(r.time[state as keyof typeof r.time], id).toBeCloseTo(ms, 2);
      });
    }
  });

  it('says why a file that is not JSON, or not a trace, does not open', () => {
    const notJson = readTraceFile({ path: 'notes.txt', text: 'hello' });
    expect(notJson).toMatchObject({ ok: false, error: expect.stringMatching(/^notes\.txt is not JSON .*not a Chrome trace/) });
    const scenario = readTraceFile({ path: 'api.json', text: JSON.stringify({ name: 'a scenario', routes: [], requests: [] }) });
    expect(scenario).toMatchObject({ ok: false, error: expect.stringMatching(/^api\.json did not open: not a Chrome trace: .*traceEvents.*Nothing was changed\.$/) });
    const badEvent = readTraceFile({ path: 't.json', text: JSON.stringify({ traceEvents: [{ ph: 'X', pid: 0, tid: 0 }] }) });
    expect(badEvent).toMatchObject({ ok: false, error: expect.stringContaining('traceEvents[0]: a complete ("X") event needs a number "ts"') });
  });

  it('opens a foreign trace: its threads as lanes, its span from its first event (as 0) to its last', () => {
    const read = readTraceFile({ path: 'py.json', text: JSON.stringify([
      { ph: 'M', name: 'thread_name', pid: 4242, tid: 3, args: { name: 'MainThread' } },
      { ph: 'X', name: 'work', pid: 4242, tid: 3, ts: 1500, dur: 250 },
    ]) });
    if (!read.ok) throw new Error(read.error);
    expect(read.trace.timeline.lanes.map((l) => l.name)).toEqual(['MainThread']);
    expect(read.trace.timeline.metrics).toMatchObject({ requests: 0, makespan: 0.25, loopBlockedMs: [] });
    expect(read.trace.scenario).toMatchObject({ name: 'py.json', routes: [] });
  });
});
