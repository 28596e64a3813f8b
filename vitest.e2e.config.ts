import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (dist/) in Debian's Chromium through playwright-core.
// `npm test` builds first; run alone with `npm run build && npm run test:e2e`.
// Tests wait on the state that proves a view is ready (a data- mark, a count), never on time; the
// bounds below only decide how long a wait may last before it counts as a failure, and are sized
// for a shared machine under load (2 cores, other jobs), where a step may take ten times longer.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default: far too short for a browser on a loaded machine.
    expect: { poll: { timeout: 60_000 } },
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
  },
});
