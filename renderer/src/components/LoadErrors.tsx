/**
 * Why a file did not open: the one message (no toast besides it), every problem with its
 * place said once, until dismissed.
 */
import type { LoadFailure } from '../shell/fileCommands';
import { loadErrorText } from '../shell/loadErrorText';

export function LoadErrors({ failure, onDismiss }: { failure: LoadFailure; onDismiss: () => void }) {
  const one = failure.errors.length === 1;
  return (
    <section className="load-errors" role="alertdialog" aria-labelledby="load-errors-title" aria-describedby="load-errors-help">
      <h2 id="load-errors-title">{failure.file} did not open</h2>
      <p id="load-errors-help">Your document is unchanged. {one ? 'Fix this in the file and open it again:' : 'Fix these in the file and open it again:'}</p>
      <ul>
        {failure.errors.slice(0, 12).map((e, i) => {
          const { where, what } = loadErrorText(e);
          return <li key={i}>{where && <><code>{where}</code>: </>}{what}</li>;
        })}
      </ul>
      {failure.errors.length > 12 && <p>…and {failure.errors.length - 12} more.</p>}
      <button type="button" onClick={onDismiss} autoFocus>Dismiss</button>
    </section>
  );
}
