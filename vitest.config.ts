import { defineConfig } from 'vitest/config';

// Unit tests live beside the code; e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['{shared,renderer,electron,cli,measure,scripts,assets,fidelity}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A bound against a hang, not a speed target (speed lives in `npm run bench`): property
    // tests run hundreds of simulations, and on a busy 2-core machine vitest's 5 s default cut
    // them off while they were passing.
    testTimeout: 60_000,
  },
});
