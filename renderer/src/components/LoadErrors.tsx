/**
 * Why a file did not open: the one message (no toast besides it), every problem with its
 * place said once, until dismissed (its button, or Escape from anywhere on the page, as
 * every other dialog here closes). Focus goes back where it was when the file was chosen.
 */
import { useEffect, useState } from 'react';
import type { LoadFailure } from '../shell/fileCommands';
import { loadErrorText } from '../shell/loadErrorText';

export function LoadErrors({ failure, onDismiss }: { failure: LoadFailure; onDismiss: () => void }) {
  const one = failure.errors.length === 1;
  // Read while rendering, before the Dismiss button takes focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onDismiss();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onDismiss]);
  useEffect(() => () => { if (opener?.isConnected) opener.focus(); }, [opener]);
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
