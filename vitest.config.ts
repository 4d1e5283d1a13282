import { defineConfig } from 'vitest/config';

// Statutory dates must not depend on the machine's zone (domain-rules TIME-07): tests run in UTC
// and the code converts to Asia/Shanghai itself.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
