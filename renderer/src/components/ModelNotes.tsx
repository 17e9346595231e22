/** What the simulation leaves out, so a learner never mistakes the model for a measurement. */
import { MODEL_NOTES } from '../../../shared/engine/modelNotes';

export function ModelNotes() {
  return (
    <details className="panel model-notes">
      <summary>Model notes</summary>
      <p className="hint">LoopLab is a simulation. What it simplifies:</p>
      <dl>
        {MODEL_NOTES.map((note) => (
          <div key={note.title}>
            <dt>{note.title}</dt>
            <dd>{note.text}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
