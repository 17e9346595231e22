/** Both versions' metrics and the difference, said in words (better / worse), not colour alone. */
import type { Metrics } from '../../../shared/engine/timeline';
import { metricRows } from '../metrics/metricRows';

interface Props {
  written: Metrics | null;
  variant: Metrics | null;
  variantName: string;
}

const VERDICT_TEXT = { better: 'better', worse: 'worse', same: '', neutral: '' } as const;

export function MetricsPanel({ written, variant, variantName }: Props) {
  const rows = metricRows(written, variant);
  return (
    <section className="panel metrics-panel" aria-labelledby="metrics-title">
      <h2 id="metrics-title">Metrics</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">As written</th>
            <th scope="col">{variantName}</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-metric={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.written}</td>
              <td>{r.variant}</td>
              <td className={`verdict-${r.verdict}`}>
                {r.difference}{VERDICT_TEXT[r.verdict] && <span className="verdict-word"> {VERDICT_TEXT[r.verdict]}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
