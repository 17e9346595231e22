import { defineConfig } from 'vitest/config';

// Unit tests live beside the code; e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['{shared,renderer,electron,cli,measure,scripts,assets,fidelity}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
