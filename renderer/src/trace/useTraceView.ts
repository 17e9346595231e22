/**
 * The trace view's state, apart from the document: opening a trace never loads, edits or
 * records history, and closing it shows the document exactly as it was.
 */
import { useCallback, useState } from 'react';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import { readTraceFile, type OpenTrace } from './readTraceFile';

export interface TraceViewState {
  trace: OpenTrace | null;
  error: string | null;
  open: () => Promise<void>;
  close: () => void;
  dismissError: () => void;
}

export function useTraceView(api: LoopLabApi): TraceViewState {
  const [trace, setTrace] = useState<OpenTrace | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The host's scenario picker is a plain "pick a .json file and read it": a trace is one too.
  const open = useCallback(async () => {
    let file;
    try {
      file = await api.openScenario();
    } catch (e) {
      setError(`Could not read the file: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (!file) return;
    const read = readTraceFile(file);
    if (read.ok) { setTrace(read.trace); setError(null); } else setError(read.error);
  }, [api]);
  const close = useCallback(() => setTrace(null), []);
  const dismissError = useCallback(() => setError(null), []);
  return { trace, error, open, close, dismissError };
}
