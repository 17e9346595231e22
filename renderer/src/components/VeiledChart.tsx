/** The lesson's second chart before the reveal: it exists, but the learner predicts it first. */
export function VeiledChart({ name }: { name: string }) {
  return (
    <section className="chart-panel chart-veiled" aria-labelledby="veiled-title">
      <h2 id="veiled-title">{name}</h2>
      <p>Hidden until you commit to an answer, then press <strong>Reveal</strong>.</p>
    </section>
  );
}
