import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'web/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Storage tests open real SQLite files and PostgreSQL schemas; two cores are all CI has.
    maxWorkers: 2,
  },
});
