/**
 * "Measure now" (desktop only): whether the host found a Python that can measure, and one
 * measurement at a time of the scenario on screen, with its progress, Cancel, and what went
 * wrong. The run it makes is shown like an opened RUN.json.
 */
import { useCallback, useEffect, useState } from 'react';
import { useLatest } from '../app/useLatest';
import type { LoopLabApi, MeasureAvailability, MeasureProgress } from '../../../shared/ipc/contract';
import type { RunFile } from '../../../shared/run/runFile';
import type { Scenario } from '../../../shared/scenario/types';

export const MEASURE_NOW_REPEATS = 5;

export interface MeasureNowState {
  /** null while asking, or in a host that cannot measure (the browser). */
  available: MeasureAvailability | null;
  busy: boolean;
  progress: MeasureProgress | null;
  failure: { message: string; tail?: string } | null;
  start: (scenario: Scenario) => Promise<void>;
  cancel: () => void;
  dismiss: () => void;
}

export function useMeasureNow(api: LoopLabApi, onRun: (run: RunFile) => void, announce: (text: string, tone?: 'info' | 'error') => void): MeasureNowState {
  const [available, setAvailable] = useState<MeasureAvailability | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<MeasureProgress | null>(null);
  const [failure, setFailure] = useState<{ message: string; tail?: string } | null>(null);
  const onRunRef = useLatest(onRun);

  useEffect(() => {
    if (!api.measureAvailability) return;
    let live = true;
    void api.measureAvailability().then((a) => { if (live) setAvailable(a); });
    return () => { live = false; };
  }, [api]);
  useEffect(() => api.onMeasureProgress?.(setProgress), [api]);

  const start = useCallback(async (scenario: Scenario) => {
    if (!api.measureNow || busy) return;
    setBusy(true);
    setFailure(null);
    setProgress({ phase: 'checking' });
    try {
      const result = await api.measureNow(scenario, MEASURE_NOW_REPEATS);
      if (result.ok) {
        onRunRef.current(result.run);
      } else if (result.canceled) {
        announce('Measurement stopped: the server and every process it started are gone.');
      } else {
        setFailure({ message: result.message, ...(result.tail ? { tail: result.tail } : {}) });
        announce(`The measurement failed: ${result.message}`, 'error');
      }
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }, [api, busy, announce, onRunRef]);
  const cancel = useCallback(() => api.cancelMeasure?.(), [api]);
  const dismiss = useCallback(() => setFailure(null), []);
  return { available, busy, progress, failure, start, cancel, dismiss };
}

export function progressText(p: MeasureProgress | null): string {
  switch (p?.phase) {
    case 'checking': return 'checking Python';
    case 'calibrating': return 'calibrating the busy loop';
    case 'starting': return 'starting uvicorn';
    case 'warmup': return 'warm-up run';
    case 'run': return `timed run ${p.run} of ${p.of}`;
    case 'stopping': return 'stopping the server';
    default: return 'starting';
  }
}
