/** Why a file did not open: every problem with its JSON path, until dismissed. */
import type { LoadFailure } from '../shell/fileCommands';

export function LoadErrors({ failure, onDismiss }: { failure: LoadFailure; onDismiss: () => void }) {
  return (
    <section className="load-errors" role="alertdialog" aria-labelledby="load-errors-title" aria-describedby="load-errors-help">
      <h2 id="load-errors-title">{failure.file} did not open</h2>
      <p id="load-errors-help">Nothing was changed. Fix these in the file and open it again:</p>
      <ul>
        {failure.errors.slice(0, 12).map((e, i) => (
          <li key={i}>
            <code>{e.path || '(whole file)'}{e.line ? ` (line ${e.line}, column ${e.column ?? 1})` : ''}</code> {e.message}
          </li>
        ))}
      </ul>
      {failure.errors.length > 12 && <p>…and {failure.errors.length - 12} more.</p>}
      <button type="button" onClick={onDismiss} autoFocus>Dismiss</button>
    </section>
  );
}
