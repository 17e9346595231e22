/**
 * The one live region: confirmations are polite, refusals assertive. Shown as a toast at
 * the bottom so it never pushes the charts around; confirmations fade after a few seconds,
 * refusals stay until the next message or until dismissed.
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
    <div className={`status-line tone-${status.tone}${visible ? ' is-visible' : ''}`}>
      <p role="status" aria-live="polite">{status.tone === 'info' && visible ? status.text : ''}</p>
      <p role="alert" aria-live="assertive">{status.tone === 'error' && visible ? status.text : ''}</p>
      {visible && status.tone === 'error' && (
        <button type="button" aria-label="Dismiss message" onClick={() => setHiddenId(status.id)}>×</button>
      )}
    </div>
  );
}
