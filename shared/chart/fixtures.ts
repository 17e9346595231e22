/**
 * A small hand-made timeline that uses every state and every lane kind, for the chart's
 * unit tests and the dev page. It does not come from the engine on purpose: chart tests
 * must not change when the engine's rules are refined.
 */
import type { Lane, Segment, SegmentState, Timeline } from '../engine/timeline';
import { SEGMENT_STATES } from '../engine/timeline';
import { defaultServer, type Scenario } from '../scenario/types';

export const fixtureScenario: Scenario = {
  name: 'every state',
  server: defaultServer({ cores: 2 }),
  routes: [
    {
      name: 'report', kind: 'async', steps: [
        { cpu: 10, label: 'parse body' },
        { blocking_io: 50, label: 'time.sleep(0.05)' },
        { await_io: 30, label: 'await db.fetch(user_id)' },
        { gather: [[{ await_io: 20, label: 'await cache.get()' }], [{ to_thread: [{ cpu: 15 }], pool: 'anyio', label: 'render pdf' }]] },
        { to_process: [{ cpu: 20, label: 'resize image' }] },
      ],
    },
    { name: 'legacy', kind: 'sync', steps: [{ cpu: 10 }, { blocking_io: 40, label: 'requests.get(url)' }] },
  ],
  requests: [{ route: 'report', at: 0 }, { route: 'legacy', at: 0 }],
};

const lanes: Lane[] = [
  { id: 0, worker: 0, kind: 'loop', index: 0, name: 'worker 0 · event loop' },
  { id: 1, worker: 0, kind: 'anyio', index: 0, name: 'worker 0 · anyio thread 0' },
  { id: 2, worker: 0, kind: 'anyio', index: 1, name: 'worker 0 · anyio thread 1' },
  { id: 3, worker: 0, kind: 'process', index: 0, name: 'worker 0 · pool process 0' },
];

const seg = (lane: number | null, request: number, path: number[], state: SegmentState, start: number, end: number, share = 0): Segment =>
  ({ lane, request, path, state, start, end, share });

const segments: Segment[] = [
  seg(0, 0, [0], 'cpu', 0, 10, 1),
  seg(0, 0, [1], 'blocking_io', 10, 60),
  seg(null, 1, [], 'loop_wait', 0, 60),
  seg(null, 0, [2], 'await_io', 60, 90),
  seg(null, 1, [0], 'token_wait', 60, 70),
  seg(1, 1, [0], 'cpu', 70, 80, 1),
  seg(1, 1, [1], 'blocking_io', 80, 120),
  seg(null, 0, [3, 0, 0], 'await_io', 90, 110),
  seg(2, 0, [3, 1, 0, 0], 'gil_wait', 90, 95),
  seg(2, 0, [3, 1, 0, 0], 'cpu', 95, 110, 1),
  seg(0, -1, [], 'gil_wait', 110, 112),
  seg(null, 0, [4], 'process_wait', 112, 118),
  seg(3, 0, [4, 0], 'cpu', 118, 138, 1),
  seg(null, 1, [], 'loop_wait', 120, 125),
];

const zeroTotals = (): Record<SegmentState, number> =>
  Object.fromEntries(SEGMENT_STATES.map((s) => [s, 0])) as Record<SegmentState, number>;

export const fixtureTimeline: Timeline = {
  lanes,
  segments,
  requests: [
    { id: 0, route: 'report', worker: 0, arrival: 0, start: 0, end: 138, latency: 138, time: zeroTotals() },
    { id: 1, route: 'legacy', worker: 0, arrival: 0, start: 60, end: 125, latency: 125, time: zeroTotals() },
  ],
  metrics: {
    requests: 2, makespan: 138, throughput: 14.49,
    latency: { mean: 131.5, p50: 125, p95: 138, p99: 138, max: 138 },
    loopBlockedMs: [62], loopBlockedTotalMs: 62, peakThreads: 1, cpuUtilisation: [0.5, 0.1],
  },
  events: 0,
};
