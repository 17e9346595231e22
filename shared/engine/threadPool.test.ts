import { describe, expect, it } from 'vitest';
import { ends, run as runWithGil } from './testScenario';
import type { Arrival, Route, ServerInput } from '../scenario/types';

/**
 * The pools' rules alone: without the GIL no thread waits for it to start or end its job
 * (gil.test.ts covers that), so the figures below are the pools' own.
 */
const run = (routes: Route[], requests: Arrival[], server: ServerInput = {}) => runWithGil(routes, requests, { gil: false, ...server });

describe('def routes in the AnyIO thread pool (docs/model.md#anyio-tokens)', () => {
  it('runs blocking def routes in parallel threads: 5 × time.sleep(0.2) all end at 200', () => {
    const t = run([{ name: 'r', kind: 'sync', steps: [{ blocking_io: 200 }] }], [{ route: 'r', at: 0, count: 5 }]);
    expect(ends(t)).toEqual([200, 200, 200, 200, 200]);
    expect(t.metrics.peakThreads).toBe(5);
    expect(t.lanes.filter((l) => l.kind === 'anyio')).toHaveLength(5);
  });

  it('wakes token waiters last-in first-out, as AnyIO 3.6 does: 2 tokens, six 100 ms requests end 100, 100, 300, 300, 200, 200', () => {
    // Measured on FastAPI 0.92 / AnyIO 3.6.2 (fidelity/measured/d_tokens2.json): 103, 104, 307, 306, 205, 205.
    // AnyIO's CapacityLimiter pops its wait queue from the end until 4.0 (PR #455).
    const t = run([{ name: 'r', kind: 'sync', steps: [{ blocking_io: 100 }] }], [{ route: 'r', at: 0, count: 6 }], { threadpoolTokens: 2 });
    expect(ends(t)).toEqual([100, 100, 300, 300, 200, 200]);
    const waits = t.segments.filter((s) => s.state === 'token_wait').map((s) => [s.request, s.start, s.end]);
    expect(waits.sort((a, b) => a[0]! - b[0]!)).toEqual([[2, 0, 200], [3, 0, 200], [4, 0, 100], [5, 0, 100]]);
  });

  it('yields a second time after taking a free token before the thread starts (cancel_shielded_checkpoint)', () => {
    // The def request takes its token at 0, yields; the async request queued behind it blocks
    // the loop 0 → 50, so the def thread only starts at 50.
    const t = run(
      [
        { name: 'def', kind: 'sync', steps: [{ blocking_io: 100 }] },
        { name: 'block', kind: 'async', steps: [{ blocking_io: 50 }] },
      ],
      [{ route: 'def', at: 0 }, { route: 'block', at: 0 }],
    );
    expect(ends(t)).toEqual([150, 50]);
  });

  it('keeps a token held while the loop is blocked, so the next def request waits for the loop', () => {
    // One token. Request 0's thread ends at 50, but a blocking call holds the loop 1 → 101,
    // so request 0 only resumes (and gives its token back) at 101; request 1 starts then.
    const t = run(
      [
        { name: 'def', kind: 'sync', steps: [{ blocking_io: 50 }] },
        { name: 'block', kind: 'async', steps: [{ blocking_io: 100 }] },
      ],
      [{ route: 'def', at: 0, count: 2 }, { route: 'block', at: 1 }],
      { threadpoolTokens: 1 },
    );
    expect(ends(t)).toEqual([101, 151, 101]);
  });

  it('shares tokens between def routes and run_in_threadpool', () => {
    const t = run(
      [
        { name: 'def', kind: 'sync', steps: [{ blocking_io: 100 }] },
        { name: 'rit', kind: 'async', steps: [{ to_thread: [{ blocking_io: 100 }], pool: 'anyio' }] },
      ],
      [{ route: 'def', at: 0 }, { route: 'rit', at: 0 }],
      { threadpoolTokens: 1 },
    );
    expect(ends(t)).toEqual([100, 200]);
  });
});

describe("asyncio's default executor and the process pool", () => {
  it('runs to_thread(executor) on min(32, cores + 4) threads: 8 jobs on 2 cores end 6 × 100 then 2 × 200', () => {
    const t = run(
      [{ name: 'e', kind: 'async', steps: [{ to_thread: [{ blocking_io: 100 }], pool: 'executor' }] }],
      [{ route: 'e', at: 0, count: 8 }],
    );
    expect(ends(t)).toEqual([100, 100, 100, 100, 100, 100, 200, 200]);
  });

  it('does not take AnyIO tokens for executor jobs', () => {
    const t = run(
      [{ name: 'e', kind: 'async', steps: [{ to_thread: [{ blocking_io: 100 }], pool: 'executor' }] }],
      [{ route: 'e', at: 0, count: 3 }],
      { threadpoolTokens: 1 },
    );
    expect(ends(t)).toEqual([100, 100, 100]);
  });

  it('runs to_process jobs in parallel on 2 cores (each process has its own GIL)', () => {
    const t = run([{ name: 'p', kind: 'async', steps: [{ to_process: [{ cpu: 200 }] }] }], [{ route: 'p', at: 0, count: 2 }]);
    expect(ends(t)).toEqual([200, 200]);
    expect(t.lanes.filter((l) => l.kind === 'process')).toHaveLength(2);
  });

  it('queues process jobs FIFO when every process is busy (process_wait)', () => {
    const t = run(
      [{ name: 'p', kind: 'async', steps: [{ to_process: [{ cpu: 100 }] }] }],
      [{ route: 'p', at: 0, count: 3 }],
      { processPoolWorkers: 2 },
    );
    expect(ends(t)).toEqual([100, 100, 200]);
    expect(t.segments.find((s) => s.state === 'process_wait')).toMatchObject({ request: 2, start: 0, end: 100 });
  });
});
