/**
 * The main process's handle on the measuring worker: started on first use, requests matched
 * by id, progress relayed to the page. A worker that crashes fails what was waiting with a
 * plain message and is replaced on the next request. Never rejects.
 */
import { Worker } from 'node:worker_threads';
import type { MeasureAvailability, MeasureNowResult, MeasureProgress } from '../../shared/ipc/contract';
import type { MeasureRequest, MeasureResponse, MeasureWorkerData } from './measureProtocol';

/** What MeasureHost needs of a worker; tests pass a fake or the real bundle. */
export interface MeasureWorker {
  postMessage: (request: MeasureRequest) => void;
  on: ((event: 'message', listener: (response: MeasureResponse) => void) => unknown) & ((event: 'error', listener: (error: Error) => void) => unknown) & ((event: 'exit', listener: (code: number) => void) => unknown);
  terminate: () => Promise<number>;
}

type Waiting = (response: MeasureResponse | { failed: string }) => void;

export class MeasureHost {
  private worker: MeasureWorker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly spawn: () => MeasureWorker, private readonly onProgress: (progress: MeasureProgress) => void) {}

  availability(): Promise<MeasureAvailability> {
    return this.request({ type: 'availability' }).then((r) => ('failed' in r ? { ok: false, message: r.failed } : r.type === 'availability' ? r.result : { ok: false, message: 'unexpected reply' }));
  }

  measureNow(scenario: unknown, repeats: number): Promise<MeasureNowResult> {
    return this.request({ type: 'measure', scenario, repeats }).then((r) =>
      'failed' in r ? { ok: false, canceled: false, message: r.failed } : r.type === 'measure' ? r.result : { ok: false, canceled: false, message: 'unexpected reply' });
  }

  cancel(): void {
    this.worker?.postMessage({ type: 'cancel' });
  }

  /** App quit: stop any measurement (its Python then stops its server) and the thread. */
  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    worker?.postMessage({ type: 'cancel' });
    this.failAll('LoopLab is closing.');
    // A moment for the Python to be told; if it is not, it sees its input close and stops anyway.
    if (worker) await new Promise((r) => setTimeout(r, 200)).then(() => worker.terminate().catch(() => undefined));
  }

  private request(message: { type: 'availability' } | { type: 'measure'; scenario: unknown; repeats: number }): Promise<MeasureResponse | { failed: string }> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      try {
        this.ensureWorker().postMessage({ id, ...message });
      } catch (error) {
        this.settle(id, { failed: `Measuring could not start: ${error instanceof Error ? error.message : String(error)}` });
      }
    });
  }

  private ensureWorker(): MeasureWorker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.on('message', (response) => {
      if (response.type === 'progress') this.onProgress(response.progress);
      else this.settle(response.id, response);
    });
    const crashed = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(`The measurement stopped unexpectedly (${why}); try again.`);
    };
    worker.on('error', (error) => crashed(error.message));
    worker.on('exit', (code) => crashed(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private failAll(message: string): void {
    for (const id of [...this.waiting.keys()]) this.settle(id, { failed: message });
  }

  private settle(id: number, response: MeasureResponse | { failed: string }): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    this.waiting.delete(id);
    waiting(response);
  }
}

export function spawnMeasureWorker(workerPath: string, data: MeasureWorkerData): MeasureWorker {
  return new Worker(workerPath, { workerData: data });
}
