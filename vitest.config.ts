import { defineConfig } from 'vitest/config';

// Tests that load every core on purpose (the other-process meter's live checks start CPU-bound
// threads and an outside busy loop) would slow whatever ran beside them, and the tests that
// measure real uvicorn runs against the simulation must not be slowed: those tests run last, on
// their own.
const LOADS_THE_MACHINE = ['measure/othersMeter.test.ts'];

// Unit tests live beside the code; e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    environment: 'node',
    // A bound against a hang, not a speed target (speed lives in `npm run bench`): property
    // tests run hundreds of simulations, and on a busy 2-core machine vitest's 5 s default cut
    // them off while they were passing.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{shared,renderer,electron,cli,measure,scripts,assets,fidelity}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', ...LOADS_THE_MACHINE],
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'loads the machine', include: LOADS_THE_MACHINE, sequence: { groupOrder: 1 } } },
    ],
  },
});
