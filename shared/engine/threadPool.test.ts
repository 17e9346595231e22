import { describe, expect, it } from 'vitest';
import { ends, run } from './testScenario';

describe('def routes in the AnyIO thread pool (rule 4)', () => {
  it('runs blocking def routes in parallel threads: 5 × time.sleep(0.2) all end at 200', () => {
    const t = run([{ name: 'r', kind: 'sync', steps: [{ blocking_io: 200 }] }], [{ route: 'r', at: 0, count: 5 }]);
    expect(ends(t)).toEqual([200, 200, 200, 200, 200]);
    expect(t.metrics.peakThreads).toBe(5);
    expect(t.lanes.filter((l) => l.kind === 'anyio')).toHaveLength(5);
  });

  it('queues for tokens FIFO: with 2 tokens six 100 ms requests end 100, 100, 200, 200, 300, 300', () => {
    const t = run([{ name: 'r', kind: 'sync', steps: [{ blocking_io: 100 }] }], [{ route: 'r', at: 0, count: 6 }], { threadpoolTokens: 2 });
    expect(ends(t)).toEqual([100, 100, 200, 200, 300, 300]);
    expect(t.segments.filter((s) => s.state === 'token_wait').map((s) => [s.request, s.start, s.end])).toEqual([
      [2, 0, 100], [3, 0, 100], [4, 0, 200], [5, 0, 200],
    ]);
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
