/** "Open trace…" for the toolbar, and why a file did not open as a trace. */
import type { TraceViewState } from './useTraceView';
import './trace.css';

export function OpenTraceButton({ traces }: { traces: TraceViewState }) {
  return (
    <button type="button" onClick={() => void traces.open()} title="Open a Chrome trace JSON (as saved by Save trace JSON) in a read-only view">
      Open trace…
    </button>
  );
}

export function TraceError({ traces }: { traces: TraceViewState }) {
  if (!traces.error) return null;
  return (
    <section className="trace-error" role="alert" aria-label="Trace did not open">
      <p>{traces.error}</p>
      <button type="button" onClick={traces.dismissError}>Dismiss</button>
    </section>
  );
}
