/**
 * The offline web app, told to the learner quietly: "Ready to work offline" after the first
 * visit (through the page's one status line), and "Updated — reload" when a new version has
 * downloaded. The update notice is held back while a lesson is open or the teacher presents,
 * so an update never interrupts one; it shows once they end.
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
  announce: (text: string) => void;
  handle?: ServiceWorkerHandle | null;
}

export function UpdateNotice({ held, announce, handle = activeServiceWorker() }: Props) {
  const status = useServiceWorkerStatus(handle);
  const [later, setLater] = useState(false);
  // Said once, when the app becomes ready offline: a new announce callback is no news.
  const announceRef = useLatest(announce);
  useEffect(() => {
    if (status.offlineReady) announceRef.current('Ready to work offline: LoopLab now opens in this browser without a network.');
  }, [status.offlineReady, announceRef]);
  if (!handle || held || later || !status.updateReady) return null;
  return (
    <section className="pwa-notice" aria-label="Update available">
      <p aria-live="polite">LoopLab was updated.</p>
      <button type="button" className="primary" onClick={handle.applyUpdate}>Reload</button>
      <button type="button" onClick={() => setLater(true)} title="The new version opens on your next visit">Later</button>
    </section>
  );
}
