import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../shared/scenario/types';
import type { SimulateRequest } from './engineProtocol';
import { createEngineClient } from './engineClient';

/** A worker that answers requests in the reverse order it got them. */
class ReversingWorker {
  terminate() {}
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  pending: SimulateRequest[] = [];
  postMessage(m: SimulateRequest) { this.pending.push(m); }
  flush() {
    for (const m of this.pending.reverse()) this.onmessage?.({ data: { id: m.id, result: { ok: false, error: m.scenario.name } } } as MessageEvent);
    this.pending = [];
  }
}

const scenario = (name: string) => ({ name }) as Scenario;

describe('engine client', () => {
  it('pairs each reply with its own request, whatever order replies arrive in', async () => {
    const worker = new ReversingWorker();
    const simulate = createEngineClient(() => worker as unknown as Worker, () => Promise.reject(new Error('no fallback')), 1);
    const a = simulate(scenario('a'));
    const b = simulate(scenario('b'));
    worker.flush();
    expect(await a).toEqual({ ok: false, error: 'a' });
    expect(await b).toEqual({ ok: false, error: 'b' });
  });

  it('runs on the main thread when a worker cannot start', async () => {
    const simulate = createEngineClient(() => { throw new Error('no workers'); }, async () => async (s) => ({ ok: false, error: `main:${s.name}` }));
    expect(await simulate(scenario('x'))).toEqual({ ok: false, error: 'main:x' });
  });

  it('spreads concurrent calls over the pool', async () => {
    const workers: ReversingWorker[] = [];
    const simulate = createEngineClient(() => { const w = new ReversingWorker(); workers.push(w); return w as unknown as Worker; }, () => Promise.reject(new Error('unused')), 2);
    const a = simulate(scenario('a'));
    const b = simulate(scenario('b'));
    expect(workers.map((w) => w.pending.length)).toEqual([1, 1]);
    workers.forEach((w) => w.flush());
    expect([await a, await b]).toEqual([{ ok: false, error: 'a' }, { ok: false, error: 'b' }]);
  });

  it('runs the calls a dead worker held, and later ones, through the fallback', async () => {
    const worker = new ReversingWorker();
    const simulate = createEngineClient(() => worker as unknown as Worker, async () => async (s) => ({ ok: false, error: `fallback:${s.name}` }), 1);
    const a = simulate(scenario('a'));
    worker.onerror?.({ message: 'could not load the module' } as ErrorEvent);
    expect(await a).toEqual({ ok: false, error: 'fallback:a' });
    expect(await simulate(scenario('b'))).toEqual({ ok: false, error: 'fallback:b' });
  });

  it('says why when the worker dies and the fallback cannot run either', async () => {
    const worker = new ReversingWorker();
    const simulate = createEngineClient(() => worker as unknown as Worker, () => Promise.reject(new Error('no fallback')), 1);
    const a = simulate(scenario('a'));
    worker.onerror?.({ message: 'boom' } as ErrorEvent);
    expect(await a).toEqual({ ok: false, error: 'The engine worker stopped: boom' });
  });

  it('warms every worker one run at a time, so real work never queues behind a batch of them', async () => {
    const workers: ReversingWorker[] = [];
    const client = createEngineClient(() => { const w = new ReversingWorker(); workers.push(w); return w as unknown as Worker; }, () => Promise.reject(new Error('unused')), 2);
    client.warmUp(scenario('warm'), 3);
    expect(workers.map((w) => w.pending.map((m) => m.scenario.name))).toEqual([['warm'], ['warm']]);
    const a = client(scenario('a'));
    expect(workers[0]!.pending.map((m) => m.scenario.name)).toEqual(['warm', 'a']);
    workers[0]!.flush();
    expect(await a).toEqual({ ok: false, error: 'a' });
    await new Promise((r) => setTimeout(r, 0));
    expect(workers[0]!.pending.map((m) => m.scenario.name)).toEqual(['warm']); // the second of three, once idle
  });

  it('drops warm-up runs when a worker fails to load, instead of running them on the fallback', async () => {
    const workers: ReversingWorker[] = [];
    const fallbackRuns: string[] = [];
    const client = createEngineClient(
      () => { const w = new ReversingWorker(); workers.push(w); return w as unknown as Worker; },
      async () => async (s) => { fallbackRuns.push(s.name); return { ok: false, error: 'fallback' }; },
      2,
    );
    client.warmUp(scenario('warm'), 5);
    const a = client(scenario('a'));
    workers[0]!.onerror?.({ message: 'could not load the module' } as ErrorEvent);
    expect(await a).toEqual({ ok: false, error: 'fallback' });
    expect(fallbackRuns).toEqual(['a']);
  });

  it('fails the calls of a worker that crashed after it had worked, rather than rerun them on the page', async () => {
    const worker = new ReversingWorker();
    const fallbackRuns: string[] = [];
    const simulate = createEngineClient(() => worker as unknown as Worker, async () => async (s) => { fallbackRuns.push(s.name); return { ok: true } as never; }, 1);
    const first = simulate(scenario('first'));
    worker.flush();
    await first;
    const big = simulate(scenario('big'));
    worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(await big).toEqual({ ok: false, error: 'The engine worker stopped: out of memory' });
    expect(fallbackRuns).toEqual([]);
  });

  it('stops a worker that does not answer in time, says so, and runs the next call on a fresh one', async () => {
    vi.useFakeTimers();
    try {
      const workers: ReversingWorker[] = [];
      let stopped = 0;
      const simulate = createEngineClient(() => {
        const w = new ReversingWorker();
        w.terminate = () => { stopped++; };
        workers.push(w);
        return w as unknown as Worker;
      }, () => Promise.reject(new Error('unused')), 1, 1_000);
      const a = simulate(scenario('a'));
      await vi.advanceTimersByTimeAsync(999);
      expect(workers[0]!.pending).toHaveLength(1); // still waiting, within the bound
      await vi.advanceTimersByTimeAsync(1);
      expect(await a).toEqual({ ok: false, error: 'The simulation took longer than 1 s and was stopped. Try fewer requests, or shorter steps.' });
      expect(stopped).toBe(1);
      const b = simulate(scenario('b'));
      expect(workers).toHaveLength(2);
      workers[1]!.flush();
      expect(await b).toEqual({ ok: false, error: 'b' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps no timer once a call is answered', async () => {
    vi.useFakeTimers();
    try {
      const worker = new ReversingWorker();
      const simulate = createEngineClient(() => worker as unknown as Worker, () => Promise.reject(new Error('unused')), 1, 1_000);
      const a = simulate(scenario('a'));
      worker.flush();
      expect(await a).toEqual({ ok: false, error: 'a' });
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
