/**
 * The main window's options and the page's security settings, as data, so a unit test can pin
 * every item of Electron's security checklist without starting Electron. Only the type is
 * imported from 'electron'; it is erased at build time.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export function mainWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    title: 'LoopLab',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    ...(iconPath !== undefined ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      // The checklist: isolate the preload's world, sandbox the renderer, no Node in the page.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}

/**
 * Every navigation away from the loaded page is refused: the app has one page and shows no
 * remote content. Reloads of the app itself do not go through will-navigate.
 */
export function shouldBlockNavigation(_targetUrl: string): boolean {
  return true;
}

/** window.open and target=_blank links: always denied, the app never opens other windows. */
export const WINDOW_OPEN_DECISION = { action: 'deny' } as const;

/** Camera, microphone, notifications, geolocation…: the app needs none, so every request is denied. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}
