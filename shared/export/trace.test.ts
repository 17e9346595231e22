import { describe, expect, it } from 'vitest';
import type { Segment } from '../engine/timeline';
import { simulate } from '../engine/simulate';
import { fixtureScenario, fixtureTimeline } from '../chart/fixtures';
import { exportTrace } from './exportTrace';
import { importTrace, TraceImportError } from './importTrace';
import { builtinRuns } from '../../assets/scenarios/validBuiltins';

const order = (a: Segment, b: Segment) => a.start - b.start || a.end - b.end || a.request - b.request || (a.lane ?? -1) - (b.lane ?? -1) || a.state.localeCompare(b.state);
const sorted = (s: readonly Segment[]) => [...s].sort(order);

describe('Chrome trace export', () => {
  it('writes complete events in µs on a worker process and a lane thread, named by state and step', () => {
    const trace = exportTrace(fixtureScenario, fixtureTimeline);
    const blocking = trace.traceEvents.find((e) => e.ph === 'X' && e.cat === 'blocking_io' && e.args?.request === 0)!;
    expect(blocking).toMatchObject({ pid: 0, tid: 0, ts: 10_000, dur: 50_000, name: 'blocking_io · time.sleep(0.05)' });
    expect(blocking.args).toMatchObject({ route: 'report', state: 'blocking_io', path: [1] });
  });

  it('names every process and thread with metadata events', () => {
    const trace = exportTrace(fixtureScenario, fixtureTimeline);
    const names = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);
    expect(names).toEqual(expect.arrayContaining(['event loop', 'anyio thread 1', 'pool process 0', '#0 report']));
  });

  it('puts overlapping waits of one request (gather branches) on separate rows', () => {
    const trace = exportTrace(fixtureScenario, fixtureTimeline);
    const rows = new Map<number, [number, number][]>();
    for (const e of trace.traceEvents) if (e.ph === 'X' && e.pid >= 100000) rows.set(e.tid, [...(rows.get(e.tid) ?? []), [e.ts!, e.ts! + e.dur!]]);
    for (const spans of rows.values()) spans.sort((a, b) => a[0] - b[0]).forEach((s, i) => i > 0 && expect(s[0]).toBeGreaterThanOrEqual(spans[i - 1]![1]));
  });
});

describe('Chrome trace import', () => {
  it('gives back the same lanes and segments, to the µs, for every built-in scenario', () => {
    for (const { id, scenario } of builtinRuns()) {
      const timeline = simulate(scenario);
      const back = importTrace(JSON.parse(JSON.stringify(exportTrace(scenario, timeline))));
      expect(back.lanes, id).toEqual(timeline.lanes);
      expect(sorted(back.segments), id).toEqual(sorted(timeline.segments));
      expect(back.requests?.map((r) => r.end), id).toEqual(timeline.requests.map((r) => r.end));
    }
  });

  it('reads a trace from another tool: each thread with complete events becomes a lane', () => {
    const back = importTrace([
      { ph: 'M', name: 'thread_name', pid: 7, tid: 3, args: { name: 'MainThread' } },
      { ph: 'X', name: 'work', pid: 7, tid: 3, ts: 1500, dur: 250 },
      { ph: 'B', name: 'ignored', pid: 7, tid: 3, ts: 0 },
    ]);
    expect(back.lanes).toEqual([{ id: 0, worker: 7, kind: 'loop', index: 0, name: 'MainThread' }]);
    expect(back.segments).toEqual([{ lane: 0, request: -1, path: [], state: 'cpu', start: 0, end: 0.25, share: 0 }]);
  });

  it('starts another tool\'s trace at its first event (its clock counts from boot)', () => {
    const back = importTrace({ traceEvents: [
      { ph: 'X', name: 'a', pid: 1, tid: 1, ts: 123_456_789_000, dur: 2_000 },
      { ph: 'X', name: 'b', pid: 1, tid: 2, ts: 123_456_790_500, dur: 500 },
    ] });
    expect(back.segments.map((seg) => [seg.start, seg.end])).toEqual([[0, 2], [1.5, 2]]);
  });

  it('refuses a file that is not a trace, saying what a trace looks like', () => {
    expect(() => importTrace({ name: 'a scenario', routes: [] })).toThrow(TraceImportError);
    expect(() => importTrace({ name: 'a scenario' })).toThrow(/traceEvents/);
    expect(() => importTrace({ traceEvents: [{ ph: 'X', pid: 0, tid: 0 }] })).toThrow(/traceEvents\[0\].*"ts"/);
    expect(() => importTrace({ traceEvents: [42] })).toThrow(/traceEvents\[0\]: not a trace event/);
  });
});
