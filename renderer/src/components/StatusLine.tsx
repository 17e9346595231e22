/**
 * The one live region: confirmations are polite, refusals assertive. Shown as a toast at the
 * bottom right, in the slot at the end of the metrics line (MetricsPanel) where it covers no
 * chart, figure or button: floating over the page it hid the metrics line's figures and its
 * "Loop blocked" term at 1280 px. A confirmation keeps one line (the line never grows, so the
 * charts never move; its whole text is in its title and the live region) and fades after a few
 * seconds; a refusal stays, whole, until the next message or until dismissed. Either can be
 * dismissed. Without the slot in view (the trace view; a 1024 px window scrolled to the editor,
 * the metrics line below the fold) it floats at the bottom right instead, so it is seen.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Status } from '../shell/useDocument';

const INFO_SECONDS = 4;

export function StatusLine({ status, slot }: { status: Status; slot?: HTMLElement | null }) {
  const [hiddenId, setHiddenId] = useState(-1);
  useEffect(() => {
    if (status.tone !== 'info' || !status.text) return;
    const timer = setTimeout(() => setHiddenId(status.id), INFO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [status]);
  // The slot counts only while its row is wholly in the window.
  const [slotInView, setSlotInView] = useState(true);
  useEffect(() => {
    const row = slot?.parentElement;
    if (!row) return;
    const watch = new IntersectionObserver(([entry]) => setSlotInView(entry ? entry.intersectionRatio >= 0.99 : true), { threshold: [0, 0.99, 1] });
    watch.observe(row);
    return () => watch.disconnect();
  }, [slot]);
  const inSlot = slot && slotInView ? slot : null;
  const visible = status.text !== '' && hiddenId !== status.id;
  const info = status.tone === 'info' && visible ? status.text : '';
  const line = (
    <div className={`status-line tone-${status.tone}${visible ? ' is-visible' : ''}${inSlot ? ' in-slot' : ''}`}>
      <p role="status" aria-live="polite" title={info || undefined}>{info}</p>
      <p role="alert" aria-live="assertive">{status.tone === 'error' && visible ? status.text : ''}</p>
      {visible && (
        <button type="button" aria-label="Dismiss message" title="Dismiss" onClick={() => setHiddenId(status.id)}>×</button>
      )}
    </div>
  );
  return inSlot ? createPortal(line, inSlot) : line;
}
