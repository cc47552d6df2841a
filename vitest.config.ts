// Vitest: every test under test/, with today pinned so review dates never drift.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One temporary folder per run, removed when it ends (see the file).
    globalSetup: ['test/helpers/temp-root.ts'],
    env: { SOP_TODAY: '2026-11-23', NO_COLOR: '1' },
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
