/**
 * The main process's handle on the engine worker. The worker starts lazily (first request or
 * an idle warm-up after the window shows), so it costs nothing on the startup path. Requests
 * carry ids; results come back in any order. If the worker crashes, runs out of memory or
 * exceeds the time limit, every waiting request gets a clear error, and the next request
 * starts a fresh worker. simulate() never rejects: errors are SimulateResults.
 */
import { Worker } from 'node:worker_threads';
import type { SimulateResult } from '../../shared/ipc/contract';
import type { SimulateOptions } from '../../shared/engine/timeline';
import type { EngineRequest, EngineResponse } from './workerProtocol';

/** What EngineHost needs of a worker; tests pass a fake. */
export interface EngineWorker {
  postMessage: (request: EngineRequest) => void;
  on: EngineWorkerEvents;
  terminate: () => Promise<number>;
}

/** The three events EngineHost listens to (Node's Worker.on overloads). */
interface EngineWorkerEvents {
  (event: 'message', listener: (response: EngineResponse) => void): unknown;
  (event: 'error', listener: (error: Error) => void): unknown;
  (event: 'exit', listener: (code: number) => void): unknown;
}

/** Longer than any real scenario (the engine's event budget is ~15 s on a slow machine). */
export const DEFAULT_TIMEOUT_MS = 60_000;

interface Pending {
  resolve: (result: SimulateResult) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class EngineHost {
  private worker: EngineWorker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly spawn: () => EngineWorker,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {}

  /** Start the worker ahead of the first request, e.g. once the window is shown. */
  warmUp(): void {
    this.ensureWorker();
  }

  simulate(scenario: unknown, options?: SimulateOptions): Promise<SimulateResult> {
    const id = this.nextId++;
    return new Promise<SimulateResult>((resolve) => {
      const timer = setTimeout(() => void this.restart(`The simulation took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped.`), this.timeoutMs);
      this.pending.set(id, { resolve, timer });
      try {
        this.ensureWorker().postMessage(options === undefined ? { id, scenario } : { id, scenario, options });
      } catch (error) {
        this.settle(id, { ok: false, error: `The simulation engine could not start: ${messageOf(error)}` });
      }
    });
  }

  get running(): boolean {
    return this.worker !== undefined;
  }

  async dispose(): Promise<void> {
    await this.restart('LoopLab is closing.');
  }

  private ensureWorker(): EngineWorker {
    if (this.worker !== undefined) return this.worker;
    const worker = this.spawn();
    worker.on('message', (response) => this.settle(response.id, response.result));
    worker.on('error', (error) => this.crashed(worker, `The simulation engine crashed (${messageOf(error)}); it has been restarted, try again.`));
    worker.on('exit', (code) => this.crashed(worker, `The simulation engine stopped unexpectedly (exit code ${code}); it has been restarted, try again.`));
    this.worker = worker;
    return worker;
  }

  private crashed(worker: EngineWorker, message: string): void {
    if (this.worker !== worker) return; // an old worker we already replaced
    this.worker = undefined;
    this.failAll(message);
  }

  private async restart(message: string): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(message);
    if (worker !== undefined) await worker.terminate().catch(() => undefined);
  }

  private failAll(error: string): void {
    for (const id of [...this.pending.keys()]) this.settle(id, { ok: false, error });
  }

  private settle(id: number, result: SimulateResult): void {
    const waiting = this.pending.get(id);
    if (waiting === undefined) return;
    clearTimeout(waiting.timer);
    this.pending.delete(id);
    waiting.resolve(result);
  }
}

/**
 * Spawns the bundled worker. The heap cap makes a runaway scenario kill the worker (which
 * EngineHost reports and replaces) instead of the whole app.
 */
export function spawnEngineWorker(workerPath: string): EngineWorker {
  return new Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
