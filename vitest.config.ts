// Test runner settings: real decks are built and rendered, so tests get generous time limits. The LibreOffice-based
// suites (test/render, test/export) run after the others, one file at a time: two LibreOffice conversions at once on a
// two-core machine take four times as long as one after the other.
import { defineConfig } from 'vitest/config';

const LIBREOFFICE = ['test/render/**/*.test.ts', 'test/export/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    globalSetup: ['test/setup/tools.ts'], // missing programs: one line saying what to install; with CI set, the run fails
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: LIBREOFFICE, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'libreoffice', include: LIBREOFFICE, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
