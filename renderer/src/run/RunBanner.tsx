/**
 * Above the charts while a real run is open: how many requests agree, measured against
 * simulated p50 / p95 / p99, what it ran on — or, for a run of another scenario, that it is one
 * and a button to open that scenario.
 */
import type { RunComparison } from '../../../shared/run/compareRun';
import type { RunFile } from '../../../shared/run/runFile';
import { environmentSummary } from '../../../shared/run/runSummary';
import { formatMs } from '../metrics/metricRows';
import './run.css';

interface Props {
  run: RunFile;
  name: string;
  matches: boolean;
  comparison: RunComparison | null;
  onOpenScenario: () => void;
  onClose: () => void;
}

/** "604", "1,005", "52.4": the unit is said once, in the table's heading. */
const figure = (ms: number) => (ms >= 100 ? Math.round(ms).toLocaleString('en-US') : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const signed = (ms: number) => (Math.abs(ms) < 0.05 ? '±0' : `${ms > 0 ? '+' : '−'}${formatMs(Math.abs(ms))}`);

export function RunBanner({ run, name, matches, comparison, onOpenScenario, onClose }: Props) {
  const source = `${name} · ${environmentSummary(run)}`;
  if (!matches && run.source === 'otlp') {
    const routes = run.scenario.routes.length;
    return (
      <section className="run-banner is-other" role="status" aria-label="Real run">
        <p><strong>{name}</strong>: {run.requests.length} requests to {routes} route{routes === 1 ? '' : 's'} of {run.environment.service ?? 'a traced app'}, from OpenTelemetry spans. Compare them with a scenario made from their arrivals.</p>
        <button type="button" onClick={onOpenScenario}>Open as a scenario</button>
        <button type="button" onClick={onClose}>Close comparison</button>
      </section>
    );
  }
  if (!matches) {
    return (
      <section className="run-banner is-other" role="status" aria-label="Real run">
        <p><strong>{name} measured another scenario</strong>: “{run.scenario.name}”. Its outlines show only over the scenario it measured.</p>
        <button type="button" onClick={onOpenScenario}>Open its scenario</button>
        <button type="button" onClick={onClose}>Close comparison</button>
      </section>
    );
  }
  return (
    <section className="run-banner" role="status" aria-label="Real run">
      <p className="run-headline">
        {comparison ? <strong>{comparison.agreeing} of {comparison.total} requests agree</strong> : <strong>Comparing…</strong>}
        <span className="run-band"> within max(15 ms, 15 %)</span>
      </p>
      {comparison && (
        <table className="run-percentiles" aria-label="Latency, measured and simulated">
          <thead><tr><th scope="col"><span className="visually-hidden">Latency</span></th><th scope="col">measured</th><th scope="col">vs simulated (ms)</th></tr></thead>
          <tbody>
            {comparison.percentiles.map((p) => (
              <tr key={p.p} title={`p${p.p}: measured ${formatMs(p.measured)}, simulated ${formatMs(p.simulated)}, difference ${signed(p.simulated - p.measured)}`}>
                <th scope="row">p{p.p}</th>
                <td>{figure(p.measured)}</td>
                <td><span className="run-word">vs </span>{figure(p.simulated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="run-source" title={source}>{source}</p>
      <button type="button" className="run-close" onClick={onClose} aria-label="Close comparison" title="Close comparison">Close</button>
    </section>
  );
}
