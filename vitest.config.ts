import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure logic, fast) and `integration` (a real Cassandra 5.0 started once for
// the whole run by test/integration/global-setup.ts, plus the Keyspaces emulator in front of it).
// `npm test` runs both.
export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    // CI runners set CI, and Ink then draws only the last frame; the views' frame tests and the
    // pseudo-terminal tests exercise a real terminal, so they run as if outside CI. Commands choose
    // their plain output under CI themselves (chooseViewMode, runMigrate), tested with explicit env.
    env: { CI: 'false', CONTINUOUS_INTEGRATION: 'false' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/integration/**', 'node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Cassandra node serves every file; files run one at a time so timings stay honest on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
