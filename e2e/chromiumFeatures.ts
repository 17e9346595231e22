/**
 * Chromium features the test browser runs without (playwright.config.ts passes them).
 *
 * Headless Chromium builds each window's address-bar popups (chrome://omnibox-popup.top-chrome/)
 * in a renderer of their own, and every test opens a window: on this 2-core machine that
 * renderer took 1.8 s of CPU a test, a fifth of all the browser's. No test uses an address bar.
 */
export const ADDRESS_BAR_POPUPS = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The --disable-features list Playwright itself passes (playwright-core's chromiumSwitches.ts,
 * 1.65). Chromium reads only the last --disable-features switch, so ours repeats it;
 * e2e/testBrowser.spec.ts fails if Playwright's own list changes.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];

export const DISABLED_FEATURES = [...PLAYWRIGHT_DISABLED_FEATURES, ...ADDRESS_BAR_POPUPS];
