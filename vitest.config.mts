import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // LibreOffice and Chromium tests start real programs; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
    // The pane's English texts load lazily; tests use them as the started pane does.
    setupFiles: ['test/support/pane-languages.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
