/**
 * Fullscreen where the browser allows it. Asking can fail (no user gesture, a kiosk, an
 * iframe, Electron policy): presentation mode then simply fills the window.
 */
export async function enterFullscreen(): Promise<boolean> {
  const root = document.documentElement;
  if (document.fullscreenElement || !root.requestFullscreen) return Boolean(document.fullscreenElement);
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => { /* already left */ });
}

/** Called when fullscreen ends from outside (the browser's own Esc); returns an unsubscribe. */
export function onFullscreenExit(listener: () => void): () => void {
  const handler = () => { if (!document.fullscreenElement) listener(); };
  document.addEventListener('fullscreenchange', handler);
  return () => document.removeEventListener('fullscreenchange', handler);
}
