/** "Open trace…" for the File menu, and why a file did not open as a trace. */
import type { TraceViewState } from './useTraceView';
import type { MenuItem } from '../components/MenuButton';
import './trace.css';

export function openTraceItem(traces: TraceViewState): MenuItem {
  return { label: 'Open trace…', run: () => void traces.open(), title: 'Open a Chrome trace JSON (as saved by Export trace JSON) in a read-only view' };
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
