/** The one live region: confirmations are polite, refusals assertive, both visible. */
import type { Status } from '../shell/useDocument';

export function StatusLine({ status }: { status: Status }) {
  return (
    <div className="status-line">
      <p role="status" aria-live="polite" className="status-info">{status.tone === 'info' ? status.text : ''}</p>
      <p role="alert" aria-live="assertive" className="status-error">{status.tone === 'error' ? status.text : ''}</p>
    </div>
  );
}
