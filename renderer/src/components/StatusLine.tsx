/**
 * The one live region: confirmations are polite, refusals assertive. Shown in a status bar of
 * its own along the window's foot, a line high and always laid out (empty when there is
 * nothing to say), as desktop apps do: a message there covers nothing and moves nothing. A
 * toast floating over the window had to sit over something; wherever it went it hid a part a
 * learner was using for 4 s: the side panel's buttons, the variant chart's last rows, the
 * metrics figures a lesson turns on, and above the metrics the foot of the last chart.
 * A confirmation keeps one line (its whole text is in its title and the live region) and
 * fades after a few seconds; a refusal stays, whole, until the next message or until dismissed.
 * Either can be dismissed.
 */
import { useEffect, useState } from 'react';
import type { Status } from '../shell/useDocument';

const INFO_SECONDS = 4;

export function StatusLine({ status }: { status: Status }) {
  const [hiddenId, setHiddenId] = useState(-1);
  useEffect(() => {
    if (status.tone !== 'info' || !status.text) return;
    const timer = setTimeout(() => setHiddenId(status.id), INFO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [status]);
  const visible = status.text !== '' && hiddenId !== status.id;
  return (
    <div className="status-bar">
      {/* The title is the message's box: on the live region it would become the region's name. */}
      <div className={`status-line tone-${status.tone}${visible ? ' is-visible' : ''}`} title={visible ? status.text : undefined}>
        <p role="status" aria-live="polite">{status.tone === 'info' && visible ? status.text : ''}</p>
        <p role="alert" aria-live="assertive">{status.tone === 'error' && visible ? status.text : ''}</p>
        {visible && (
          <button type="button" aria-label="Dismiss message" title="Dismiss" onClick={() => setHiddenId(status.id)}>×</button>
        )}
      </div>
    </div>
  );
}
