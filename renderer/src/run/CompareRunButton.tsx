/**
 * "Compare with a real run…" beside the second chart's picker ("Compare with …"): opens a
 * RUN.json measured with `looplab measure`. Its visible words are the end of its name, so
 * the row stays one line at 1280 px.
 */
export function CompareRunButton({ onPick }: { onPick: () => void }) {
  return (
    <button type="button" className="compare-run" onClick={onPick} aria-label="Compare with a real run…"
      title="Compare with a real run: open a RUN.json from “looplab measure”, or your app's OpenTelemetry spans (OTLP JSON Lines), and outline the measured latencies over the simulation">
      a real run…
    </button>
  );
}
