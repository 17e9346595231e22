/**
 * The main window's options and the page's security settings, kept out of main.ts so a unit
 * test can pin every item of Electron's security checklist without starting Electron. Only
 * types are imported from 'electron'; they are erased at build time.
 */
import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;

/**
 * Creates the main window. Electron's class is passed in (main.ts passes the real one, tests a
 * fake), and the options are one literal on purpose: Electronegativity reads the literal at
 * `new BrowserWindow(...)` and cannot follow options built elsewhere.
 */
export function createMainWindow(BrowserWindow: BrowserWindowClass, preloadPath: string): ElectronBrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    title: 'LoopLab',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // Electronegativity asks for a manual review of any preload. Reviewed: it is sandboxed,
      // requires only 'electron', and exposes exactly LoopLabApi (electron/preload.ts, tested).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
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
      // A middle click would otherwise try to open a new window (denied anyway, but never offered).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
    },
  });
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
