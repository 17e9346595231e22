/** "Measure now" beside "a real run…", and while it runs, a strip with its progress and Cancel. */
import type { MeasureNowState } from './useMeasureNow';
import { progressText } from './useMeasureNow';

export function MeasureNowButton({ state, onMeasure }: { state: MeasureNowState; onMeasure: () => void }) {
  const a = state.available;
  if (!a?.ok) return null;
  return (
    <button type="button" className="compare-run" onClick={onMeasure} disabled={state.busy}
      title={`Run this scenario on real FastAPI with ${a.description} (loopback only, 5 timed runs) and compare`}>
      Measure now
    </button>
  );
}

export function MeasureStrip({ state }: { state: MeasureNowState }) {
  if (state.busy) {
    const on = state.available?.ok ? ` on ${state.available.description}` : '';
    return (
      <section className="run-banner" role="status" aria-label="Measuring">
        <p className="run-headline"><strong>Measuring{on}</strong> <span className="run-band">— {progressText(state.progress)}…</span></p>
        <button type="button" className="run-close" onClick={state.cancel}>Cancel</button>
      </section>
    );
  }
  if (state.failure) {
    return (
      <section className="run-banner is-failed" role="alert" aria-label="Measurement failed">
        <p><strong>The measurement failed:</strong> {state.failure.message}</p>
        {state.failure.tail && <pre className="run-tail" aria-label="The server's last output">{state.failure.tail}</pre>}
        <button type="button" className="run-close" onClick={state.dismiss}>Dismiss</button>
      </section>
    );
  }
  return null;
}
