import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (dist/) in Debian's Chromium through playwright-core.
// `npm test` builds first; run alone with `npm run build && npm run test:e2e`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
  },
});
