/**
 * A modal dialog on the platform's <dialog>: showModal() moves focus in, makes the page
 * behind inert (Tab cannot leave, clicks cannot reach it) and lets Esc close it; closing
 * puts focus back on whatever opened it. A div with role="dialog" did none of that. Tab
 * past the last control wraps to the first (Chromium would let it leave for the browser's
 * own toolbar, and then the next Tab lands on the page behind).
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keep Tab and Shift+Tab inside `dialog`: from the last control to the first and back. */
function wrapTab(dialog: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const tabbable = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.getClientRects().length > 0);
  const first = tabbable[0];
  const last = tabbable[tabbable.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) { event.preventDefault(); last.focus(); }
  else if (!event.shiftKey && (active === last || !dialog.contains(active))) { event.preventDefault(); first.focus(); }
}

interface Props {
  /** id of the element that names the dialog (its heading). */
  labelledBy: string;
  className?: string;
  /** The user asked to close (Esc, or a Close button calling it): the owner unmounts the dialog. */
  onClose: () => void;
  children: ReactNode;
}

export function ModalDialog({ labelledBy, className, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useLayoutEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Esc: let the owner unmount us (the 'cancel' default would close the element under React's feet).
    const onCancel = (event: Event) => { event.preventDefault(); onCloseRef.current(); };
    const onKeyDown = (event: KeyboardEvent) => wrapTab(dialog, event);
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('keydown', onKeyDown);
    if (!dialog.open) dialog.showModal();
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('keydown', onKeyDown);
      if (dialog.open) dialog.close();
      // close() restores focus itself where the browser implements it; an opener that is still there gets it either way.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={className} aria-labelledby={labelledBy}>
      {children}
    </dialog>
  );
}
