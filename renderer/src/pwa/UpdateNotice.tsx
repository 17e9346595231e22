/**
 * The offline web app, told quietly. "Ready to work offline" once, after the first visit
 * finished precaching, through the status line, and only if that has said nothing yet (it
 * must not replace the message of something the learner did, or of a link just opened).
 * "Updated — reload" when a new version has downloaded, in a corner of its own, held back
 * while a lesson is open or the teacher presents, so an update never interrupts one.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { activeServiceWorker, type ServiceWorkerHandle, type ServiceWorkerStatus } from './serviceWorker';
import { useLatest } from '../app/useLatest';
import './pwa.css';

const NONE: ServiceWorkerStatus = { offlineReady: false, updateReady: false };
const noSubscription = () => () => {};

function useServiceWorkerStatus(handle: ServiceWorkerHandle | null): ServiceWorkerStatus {
  return useSyncExternalStore(handle ? handle.subscribe : noSubscription, handle ? handle.status : () => NONE);
}

interface Props {
  /** A lesson or a presentation is under way: keep the update for later. */
  held: boolean;
  /** The status line has said nothing yet in this visit. */
  statusIdle: boolean;
  announce: (text: string) => void;
  handle?: ServiceWorkerHandle | null;
}

export function UpdateNotice({ held, statusIdle, announce, handle = activeServiceWorker() }: Props) {
  const status = useServiceWorkerStatus(handle);
  const [later, setLater] = useState(false);
  // Said once, when the app becomes ready offline (and only if the status line is free then):
  // a new announce callback, or the line falling quiet later, is no news.
  const announceRef = useLatest(announce);
  const statusIdleRef = useLatest(statusIdle);
  useEffect(() => {
    if (status.offlineReady && statusIdleRef.current) announceRef.current('Ready to work offline.');
  }, [status.offlineReady, announceRef, statusIdleRef]);
  if (!handle || held || later || !status.updateReady) return null;
  return (
    <section className="pwa-notice" aria-label="Update available">
      <p aria-live="polite">LoopLab was updated.</p>
      <button type="button" className="primary" onClick={handle.applyUpdate}>Reload</button>
      <button type="button" onClick={() => setLater(true)} title="The new version opens on your next visit">Later</button>
    </section>
  );
}
