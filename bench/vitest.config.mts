import { defineConfig } from 'vitest/config';

// The benchmark runs once, in order, in one process: its numbers are ratios taken side by side.
export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    root: new URL('..', import.meta.url).pathname,
    fileParallelism: false,
    testTimeout: 120_000,
    pool: 'forks',
    sequence: { concurrent: false },
  },
});
