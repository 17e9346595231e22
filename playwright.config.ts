import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { DISABLED_FEATURES } from './e2e/chromiumFeatures';

// Playwright's own Chromium cannot be downloaded on machines without internet; Debian's works.
function chromiumPath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    /* no bundled browser */
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

// LOOPLAB_E2E_PORT lets two checkouts run their end-to-end tests at once without one reusing
// the other's server.
const PORT = Number(process.env.LOOPLAB_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    // The web build's service worker precaches the whole app (1.7 MB, the parser's .wasm files
    // among it) on every fresh context's first visit, and its "Ready to work offline" toast can
    // land on whatever a test measures. Only the tests of the offline app and of the desktop
    // host's refusal need it: they opt back in with test.use({ serviceWorkers: 'allow' }).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        `--disable-features=${DISABLED_FEATURES.join(',')}`],
    },
  },
  projects: [
    { name: 'web', testIgnore: /electron\..*\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\..*\.spec\.ts/ },
  ],
  webServer: {
    command: `npm run build:web && npx vite preview --config renderer/vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
