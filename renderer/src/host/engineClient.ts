/**
 * Calls into engine workers, pairing replies with requests by id. A small pool (two by
 * default) lets the "as written" and the variant simulations run side by side. Falls
 * back to the main thread when workers are unavailable (some file:// setups).
 */
import type { Scenario } from '../../../shared/scenario/types';
import type { SimulateOptions } from '../../../shared/engine/timeline';
import type { SimulateResult } from '../../../shared/ipc/contract';
import type { SimulateReply, SimulateRequest } from './engineProtocol';
import { unpackTimeline } from './packedTimeline';

export type SimulateFn = (scenario: Scenario, options?: SimulateOptions) => Promise<SimulateResult>;

export interface EngineClient extends SimulateFn {
  /**
   * Start every worker of the pool and have each simulate `scenario` `runs` times, results
   * dropped. A fresh worker runs the engine 3–6× slower until V8 has optimised it (about
   * five runs): done in idle time, the first big scenario a user opens gets a warm engine.
   */
  warmUp: (scenario: Scenario, runs: number) => void;
}

/** `replied`: it has answered at least once, so it loaded; a later failure is a crash. */
interface PoolWorker { worker: Worker; busy: number; replied: boolean }

/**
 * The longest the page waits for one simulation. The engine's event budget ends a runaway
 * scenario with a clear error first (20 million events: seconds, or tens of them on a busy
 * machine, like a million requests); this bounds what the budget cannot: a worker that stops
 * answering. Its worker is stopped and replaced.
 */
export const SIMULATION_TIMEOUT_MS = 120_000;

export function createEngineClient(makeWorker: () => Worker, fallback: () => Promise<SimulateFn>, size = 2, timeoutMs = SIMULATION_TIMEOUT_MS): EngineClient {
  const pool: PoolWorker[] = [];
  let broken = false;
  let nextId = 1;
  // `measured`: record User Timing for the reply (not for warm-up runs, which nobody waits for).
  const waiting = new Map<number, { resolve: (r: SimulateResult) => void; slot: PoolWorker; measured: boolean; scenario: Scenario; options?: SimulateOptions; timer?: ReturnType<typeof setTimeout> }>();

  /**
   * A call went unanswered for `timeoutMs`: its worker is stopped (a later call starts a fresh
   * one) and every call it held fails with the reason, so no chart waits for ever.
   */
  function stopSlow(slot: PoolWorker) {
    slot.worker.terminate?.();
    const at = pool.indexOf(slot);
    if (at >= 0) pool.splice(at, 1);
    const failure: SimulateResult = { ok: false, error: `The simulation took longer than ${timeoutMs / 1000} s and was stopped. Try fewer requests, or shorter steps.` };
    for (const [id, w] of [...waiting]) {
      if (w.slot !== slot) continue;
      clearTimeout(w.timer);
      waiting.delete(id);
      w.resolve(failure);
    }
  }

  /**
   * A worker failed. If it never answered, it never loaded (a host that cannot start module
   * workers): the calls it held run again on the fallback, and so do later calls, so the user
   * sees a result, not the failure. If it had answered before, it crashed on a call (out of
   * memory on a huge scenario): running that again on the page's own thread could freeze or
   * crash the page, so its calls fail with the reason. Warm-up runs are dropped either way.
   */
  function failAll(reason: string, failed: PoolWorker | undefined) {
    broken = true;
    const crashed = failed?.replied ?? false;
    for (const w of waiting.values()) clearTimeout(w.timer);
    const orphans = [...waiting.values()].filter((w) => w.measured);
    waiting.clear();
    for (const p of pool) p.worker.terminate?.();
    pool.length = 0;
    const failure: SimulateResult = { ok: false, error: `The engine worker stopped: ${reason}` };
    for (const w of orphans) {
      if (crashed) { w.resolve(failure); continue; }
      fallback()
        .then((run) => run(w.scenario, w.options))
        .then(w.resolve, () => w.resolve(failure));
    }
  }

  function spawn(): PoolWorker | null {
    let worker: Worker;
    try {
      worker = makeWorker();
    } catch {
      return null;
    }
    const slot: PoolWorker = { worker, busy: 0, replied: false };
    worker.onmessage = (e: MessageEvent<SimulateReply>) => {
      const entry = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      if (!entry) return;
      clearTimeout(entry.timer);
      entry.slot.busy--;
      entry.slot.replied = true;
      const r = e.data.result;
      const unpackStart = performance.now();
      const result: SimulateResult = r.ok ? { ok: true, timeline: unpackTimeline(r.packed) } : r;
      if (entry.measured && e.data.workerMs !== undefined) {
        performance.measure('looplab:engine', { start: unpackStart - e.data.workerMs, duration: e.data.workerMs });
        performance.measure('looplab:unpack', { start: unpackStart, end: performance.now() });
      }
      entry.resolve(result);
    };
    worker.onerror = (e) => failAll(e.message || 'unknown error', slot);
    pool.push(slot);
    return slot;
  }

  /** The least busy worker, starting another one while the pool is not full. */
  function pick(): PoolWorker | null {
    if (broken) return null;
    const idle = pool.find((p) => p.busy === 0);
    if (idle) return idle;
    if (pool.length < size) {
      const fresh = spawn();
      if (fresh) return fresh;
      if (pool.length === 0) { broken = true; return null; }
    }
    return pool.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  function post(slot: PoolWorker, scenario: Scenario, options: SimulateOptions | undefined, measured = true): Promise<SimulateResult> {
    const id = nextId++;
    return new Promise<SimulateResult>((resolve) => {
      // Warm-up runs are not waited for: only a call someone waits on is bounded.
      const timer = measured ? setTimeout(() => stopSlow(slot), timeoutMs) : undefined;
      waiting.set(id, { resolve, slot, measured, scenario, options, timer });
      slot.busy++;
      const message: SimulateRequest = { id, scenario, options };
      slot.worker.postMessage(message);
    });
  }

  const simulate: SimulateFn = async (scenario, options) => {
    const slot = pick();
    if (!slot) return (await fallback())(scenario, options);
    return post(slot, scenario, options);
  };
  // One warm-up run at a time per worker, and only while it has nothing else to do: a real
  // simulation never queues behind five of them.
  const warmUp = (scenario: Scenario, runs: number) => {
    while (!broken && pool.length < size && spawn()) { /* start the whole pool */ }
    for (const slot of pool) {
      let left = runs;
      const next = () => {
        if (left-- <= 0 || broken || !pool.includes(slot) || slot.busy > 0) return;
        void post(slot, scenario, { segments: true }, false).then(next);
      };
      next();
    }
  };
  return Object.assign(simulate, { warmUp });
}
