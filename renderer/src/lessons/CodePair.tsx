/** A pitfall's Python, wrong and fixed, each labelled with the chart it became. */
import type { CodePair as Code } from '../../../shared/lessons/index';

export function CodePair({ code, wrongLabel, fixedLabel }: { code: Code; wrongLabel: string; fixedLabel: string }) {
  return (
    <div className="code-pair">
      <figure className="code-wrong">
        <figcaption><span className="code-tag">Wrong</span> top chart: {wrongLabel}</figcaption>
        <pre tabIndex={0} aria-label={`Wrong code: ${wrongLabel}`}><code>{code.wrong}</code></pre>
      </figure>
      <figure className="code-fixed">
        <figcaption><span className="code-tag">Fixed</span> bottom chart: {fixedLabel}</figcaption>
        <pre tabIndex={0} aria-label={`Fixed code: ${fixedLabel}`}><code>{code.fixed}</code></pre>
      </figure>
    </div>
  );
}
