import { describe, expect, it } from 'vitest';
import { ends, run, workersOf } from './testScenario';

describe('the event loop', () => {
  it('serialises blocking calls in an async route: 5 × time.sleep(0.2) end at 200, 400, …, 1000', () => {
    const t = run([{ name: 'r', kind: 'async', steps: [{ blocking_io: 200 }] }], [{ route: 'r', at: 0, count: 5, every: 0 }]);
    expect(ends(t)).toEqual([200, 400, 600, 800, 1000]);
    expect(t.metrics.loopBlockedTotalMs).toBe(1000);
  });

  it('overlaps awaited I/O: 5 × await asyncio.sleep(0.2) all end at 200', () => {
    const t = run([{ name: 'r', kind: 'async', steps: [{ await_io: 200 }] }], [{ route: 'r', at: 0, count: 5, every: 0 }]);
    expect(ends(t)).toEqual([200, 200, 200, 200, 200]);
    expect(t.metrics.loopBlockedTotalMs).toBe(0);
  });

  it('runs a CPU burst on the loop, so a request arriving during it waits (loop_wait) until it ends', () => {
    const t = run(
      [
        { name: 'cpu', kind: 'async', steps: [{ cpu: 100 }] },
        { name: 'io', kind: 'async', steps: [{ await_io: 10 }] },
      ],
      [{ route: 'cpu', at: 0 }, { route: 'io', at: 30 }],
    );
    expect(ends(t)).toEqual([100, 110]);
    const wait = t.segments.find((s) => s.request === 1 && s.state === 'loop_wait');
    expect(wait).toMatchObject({ start: 30, end: 100, lane: null });
  });

  it('does not yield between consecutive CPU steps of one coroutine', () => {
    const t = run(
      [
        { name: 'two', kind: 'async', steps: [{ cpu: 50 }, { cpu: 50 }] },
        { name: 'one', kind: 'async', steps: [{ cpu: 10 }] },
      ],
      [{ route: 'two', at: 0 }, { route: 'one', at: 10 }],
    );
    expect(ends(t)).toEqual([100, 110]);
  });

  it('delays a finished await while the loop is blocked, and shows it as loop_wait', () => {
    const t = run(
      [
        { name: 'io', kind: 'async', steps: [{ await_io: 20 }] },
        { name: 'block', kind: 'async', steps: [{ blocking_io: 100 }] },
      ],
      [{ route: 'io', at: 0 }, { route: 'block', at: 0 }],
    );
    expect(ends(t)).toEqual([100, 100]);
    expect(t.segments.find((s) => s.request === 0 && s.state === 'loop_wait')).toMatchObject({ start: 20, end: 100 });
  });

  it('runs gather branches concurrently: three awaited 100 ms calls take 100 ms', () => {
    const t = run(
      [{ name: 'g', kind: 'async', steps: [{ gather: [[{ await_io: 100 }], [{ await_io: 100 }], [{ await_io: 100 }]] }, { cpu: 5 }] }],
      [{ route: 'g', at: 0 }],
    );
    expect(ends(t)).toEqual([105]);
  });
});

describe('several workers share one listening socket (docs/model.md#accept)', () => {
  it('hands a batch that arrives at once to one worker: 4 blocking requests end 200, 400, 600, 800', () => {
    const t = run([{ name: 'r', kind: 'async', steps: [{ blocking_io: 200 }] }], [{ route: 'r', at: 0, count: 4 }], { workers: 2 });
    expect(ends(t)).toEqual([200, 400, 600, 800]);
    expect(workersOf(t)).toEqual([0, 0, 0, 0]);
  });

  it('sends requests that arrive while worker A runs a CPU burst to the idle worker B', () => {
    const t = run(
      [
        { name: 'cpu', kind: 'async', steps: [{ cpu: 300 }] },
        { name: 'io', kind: 'async', steps: [{ await_io: 50 }] },
      ],
      [{ route: 'cpu', at: 0 }, { route: 'io', at: 50, count: 3 }],
      { workers: 2 },
    );
    expect(workersOf(t)).toEqual([0, 1, 1, 1]);
    expect(ends(t)).toEqual([300, 100, 100, 100]);
  });

  it('keeps a light load on the most recently idle (warm) worker', () => {
    const t = run([{ name: 'io', kind: 'async', steps: [{ await_io: 10 }] }], [{ route: 'io', at: 0, count: 5, every: 50 }], { workers: 3 });
    expect(workersOf(t)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('closed-loop users', () => {
  it('sends each user’s next request think ms after the previous one ended, numbered base + u·k + j', () => {
    const t = run([{ name: 'a', kind: 'async', steps: [{ await_io: 10 }] }], [{ route: 'a', users: 2, each: 3, think: 5 }]);
    expect(t.requests.map((r) => r.arrival)).toEqual([0, 15, 30, 0, 15, 30]);
    expect(ends(t)).toEqual([10, 25, 40, 10, 25, 40]);
  });
});

describe('lanes', () => {
  it("draws every worker's event loop, even one that never blocked", () => {
    const t = run([{ name: 'io', kind: 'async', steps: [{ await_io: 200 }] }], [{ route: 'io', at: 0, count: 3 }], { workers: 2 });
    expect(t.lanes.filter((l) => l.kind === 'loop').map((l) => l.name)).toEqual(['worker 0 · event loop', 'worker 1 · event loop']);
  });
});
