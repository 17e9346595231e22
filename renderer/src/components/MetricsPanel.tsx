/**
 * Both versions' metrics and the difference, said in words (better / worse), not colour alone.
 * Laid out as a strip of small cards under the charts (one table row per card), so the
 * charts keep the height; the heading button folds it away for more chart.
 */
import type { Metrics } from '../../../shared/engine/timeline';
import { metricRows } from '../metrics/metricRows';
import { fromTo } from '../metrics/fromTo';
import { MetricName } from '../metrics/MetricName';

interface Props {
  written: Metrics | null;
  variant: Metrics | null;
  variantName: string;
  /** Kitchen words for the labels (chef mode). */
  chef: boolean;
  open: boolean;
  onToggle: () => void;
  /** h2 under the charts; h3 in the lesson panel's foot, under the lesson's own h2. */
  headingLevel?: 2 | 3;
}

/** Folded, the strip still says the two numbers a lesson usually turns on. */
const SUMMARY = ['p95', 'blocked'];
const SUMMARY_LABEL: Record<string, string> = { p95: 'p95', blocked: 'Loop blocked' };

const VERDICT_TEXT = { better: 'better', worse: 'worse', same: '', neutral: '' } as const;

/**
 * The folded line's change: a relative one ("+150% worse", "28× worse"), or just the verdict
 * when the difference is in ms: "0 → 200 ms +200 ms worse" said the figures twice and ran out
 * of room.
 */
function summaryChange(difference: string, verdict: keyof typeof VERDICT_TEXT): string {
  const word = VERDICT_TEXT[verdict];
  return /[%×]$/.test(difference) || !word ? `${difference} ${word}`.trim() : word;
}

export function MetricsPanel({ written, variant, variantName, chef, open, onToggle, headingLevel = 2 }: Props) {
  const rows = metricRows(written, variant, chef);
  const summary = rows.filter((r) => SUMMARY.includes(r.key)).map((r) => ({
    key: r.key, verdict: r.verdict, help: r.help,
    label: SUMMARY_LABEL[r.key] && !chef ? SUMMARY_LABEL[r.key]! : r.label,
    figures: fromTo(r.written, r.variant),
    change: summaryChange(r.difference, r.verdict),
  }));
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className={open ? 'panel metrics-panel' : 'panel metrics-panel is-folded'} aria-labelledby="metrics-title">
      <div className="metrics-head">
        <Heading id="metrics-title">
          <button type="button" className="fold-button" aria-expanded={open} aria-controls="metrics-table" onClick={onToggle}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span> Metrics
          </button>
        </Heading>
        {open ? <p className="metrics-key">As written <span aria-hidden="true">→</span> {variantName}, and the difference</p>
          : <p className="metrics-summary" title={summary.map((s) => `${s.label}: ${s.figures} ${s.change}`).join('   ')}>{summary.map((s) => (
            <span key={s.key}><MetricName label={s.label} help={s.help} />: {s.figures} <span className={`verdict-${s.verdict}`}>{s.change}</span></span>
          ))}</p>}
      </div>
      {/* Folded, the table stays for screen readers (who lose nothing by the fold), only unseen.
          The wrapper is what is hidden: a table ignores a 1 px height, and the hidden table's
          full height made the whole page scroll (the toolbar slid away on a focus change). */}
      <div id="metrics-table" className={open ? undefined : 'visually-hidden'}>
        <table>
          <thead className="visually-hidden">
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
                <th scope="row"><MetricName label={r.label} help={r.help} focusable={open} /></th>
                <td>{r.written}</td>
                <td className="metric-variant">{r.variant}</td>
                <td className={`verdict-${r.verdict}`}>
                  {r.difference}{VERDICT_TEXT[r.verdict] && <span className="verdict-word"> {VERDICT_TEXT[r.verdict]}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
