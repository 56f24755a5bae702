import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // better-sqlite3 is a native addon: separate processes keep each file's database to itself.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
