/**
 * The page's side of the analysis worker: created on the first request (never at start-up),
 * one request at a time (a newer one wins), every wait bounded. A worker that takes longer
 * than TIMEOUT_MS is stopped and the next request starts a fresh one.
 */
import type { AnalyseReply } from './analysisProtocol';

export const ANALYSIS_TIMEOUT_MS = 30_000;

export type AnalyseOutcome = Extract<AnalyseReply, { ok: true }> | { ok: false; error: string };

export interface AnalysisClient {
  analyse: (text: string, fileName: string) => Promise<AnalyseOutcome>;
  /** Starts the worker (which loads the parser) ahead of a reading that is about to come. */
  warm: () => void;
}

export function createAnalysisClient(makeWorker: () => Worker = defaultWorker): AnalysisClient {
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<number, (outcome: AnalyseOutcome) => void>();

  const start = (): Worker => {
    const w = makeWorker();
    w.onmessage = (event: MessageEvent<AnalyseReply>) => {
      const done = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      done?.(event.data);
    };
    w.onerror = (event) => {
      event.preventDefault();
      stop(`the Python parser could not start (${event.message || 'the analysis worker failed to load'})`);
    };
    return w;
  };
  const stop = (error: string) => {
    worker?.terminate();
    worker = null;
    for (const done of waiting.values()) done({ ok: false, error });
    waiting.clear();
  };

  return {
    warm() {
      worker ??= start();
    },
    analyse(text, fileName) {
      worker ??= start();
      const id = next++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => stop(`reading the file took longer than ${ANALYSIS_TIMEOUT_MS / 1000} s and was stopped`), ANALYSIS_TIMEOUT_MS);
        waiting.set(id, (outcome) => { clearTimeout(timer); resolve(outcome); });
        worker!.postMessage({ id, text, fileName });
      });
    },
  };
}

function defaultWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'looplab-analysis' });
}
