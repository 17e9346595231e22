import { describe, it, expect, vi, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';
import { EngineHost } from './engineHost';
import type { EngineRequest } from './workerProtocol';

/** A worker we drive by hand: it records requests and replies when told to. */
class FakeWorker extends EventEmitter {
  readonly requests: EngineRequest[] = [];
  terminated = false;
  postMessage(request: EngineRequest): void { this.requests.push(request); }
  reply(id: number, timeline = { lanes: [] }): void { this.emit('message', { id, result: { ok: true, timeline } }); }
  async terminate(): Promise<number> { this.terminated = true; return 1; }
}

function hostWithFakes(timeoutMs?: number) {
  const workers: FakeWorker[] = [];
  const spawn = vi.fn(() => { const w = new FakeWorker(); workers.push(w); return w; });
  return { host: new EngineHost(spawn, timeoutMs), workers, spawn };
}

afterEach(() => { vi.useRealTimers(); });

describe('EngineHost', () => {
  it('does not start the worker until it is needed', () => {
    const { host, spawn } = hostWithFakes();
    expect(spawn).not.toHaveBeenCalled();
    host.warmUp();
    host.warmUp();
    expect(spawn).toHaveBeenCalledOnce();
  });

  it('matches replies to requests by id, in any order', async () => {
    const { host, workers } = hostWithFakes();
    const first = host.simulate({ name: 'a' });
    const second = host.simulate({ name: 'b' }, { segments: false });
    const [w] = workers;
    expect(w!.requests).toEqual([{ id: 1, scenario: { name: 'a' } }, { id: 2, scenario: { name: 'b' }, options: { segments: false } }]);
    w!.reply(2, { lanes: ['b'] } as never);
    w!.reply(1, { lanes: ['a'] } as never);
    expect(await first).toEqual({ ok: true, timeline: { lanes: ['a'] } });
    expect(await second).toEqual({ ok: true, timeline: { lanes: ['b'] } });
  });

  it('answers every waiting request when the worker crashes, then starts a fresh one', async () => {
    const { host, workers, spawn } = hostWithFakes();
    const waiting = [host.simulate({}), host.simulate({})];
    workers[0]!.emit('error', new Error('heap out of memory'));
    workers[0]!.emit('exit', 1); // the exit that follows the error must not fail anything twice
    for (const result of await Promise.all(waiting)) {
      expect(result).toEqual({ ok: false, error: expect.stringMatching(/crashed \(heap out of memory\).*restarted/) });
    }
    const again = host.simulate({});
    expect(spawn).toHaveBeenCalledTimes(2);
    workers[1]!.reply(3);
    expect(await again).toMatchObject({ ok: true });
  });

  it('stops a simulation that runs too long and reports it', async () => {
    vi.useFakeTimers();
    const { host, workers } = hostWithFakes(1000);
    const result = host.simulate({});
    await vi.advanceTimersByTimeAsync(1000);
    expect(await result).toEqual({ ok: false, error: expect.stringContaining('longer than 1 s') });
    expect(workers[0]!.terminated).toBe(true);
    expect(host.running).toBe(false);
  });

  it('reports a worker that cannot start as a result, not an exception', async () => {
    const host = new EngineHost(() => { throw new Error('ENOENT engineWorker.js'); });
    expect(await host.simulate({})).toEqual({ ok: false, error: expect.stringContaining('could not start: ENOENT') });
  });
});
