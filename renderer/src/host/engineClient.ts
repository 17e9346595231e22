/**
 * Calls into the engine worker, pairing replies with requests by id. Falls back to the
 * main thread when workers are unavailable (some file:// setups), slower but correct.
 */
import type { Scenario } from '../../../shared/scenario/types';
import type { SimulateOptions } from '../../../shared/engine/timeline';
import type { SimulateResult } from '../../../shared/ipc/contract';
import type { SimulateReply, SimulateRequest } from './engineProtocol';

export type SimulateFn = (scenario: Scenario, options?: SimulateOptions) => Promise<SimulateResult>;

export function createEngineClient(makeWorker: () => Worker, fallback: () => Promise<SimulateFn>): SimulateFn {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const waiting = new Map<number, (r: SimulateResult) => void>();

  function start(): Worker | null {
    if (worker || broken) return worker;
    try {
      worker = makeWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (e: MessageEvent<SimulateReply>) => {
      const resolve = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      resolve?.(e.data.result);
    };
    worker.onerror = (e) => {
      // A dead worker fails every pending call with a reason, and the next call retries on the main thread.
      broken = true;
      worker = null;
      for (const resolve of waiting.values()) resolve({ ok: false, error: `The engine worker stopped: ${e.message || 'unknown error'}` });
      waiting.clear();
    };
    return worker;
  }

  return async (scenario, options) => {
    const w = start();
    if (!w) return (await fallback())(scenario, options);
    const id = nextId++;
    return new Promise<SimulateResult>((resolve) => {
      waiting.set(id, resolve);
      const message: SimulateRequest = { id, scenario, options };
      w.postMessage(message);
    });
  };
}
