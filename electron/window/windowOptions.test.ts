import { describe, it, expect } from 'vitest';
import { isPermissionGranted, shouldBlockNavigation, WINDOW_OPEN_DECISION } from './windowOptions';
import { capturedWindowOptions } from './windowOptions.fixture';

describe('createMainWindow', () => {
  const prefs = capturedWindowOptions('/app/dist/electron/preload.cjs').webPreferences!;

  it('follows the Electron security checklist', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads the bundled preload and starts hidden until ready', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(capturedWindowOptions('/p').show).toBe(false);
  });
});

describe('navigation and permission policy', () => {
  it('blocks every navigation, window.open and permission request', () => {
    expect(shouldBlockNavigation('https://example.com/')).toBe(true);
    expect(shouldBlockNavigation('looplab://app/other.html')).toBe(true);
    expect(WINDOW_OPEN_DECISION).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });
});
