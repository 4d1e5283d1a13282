import { defineConfig } from 'vitest/config';

// Statutory dates must not depend on the machine's zone (domain-rules TIME-07): tests run in UTC
// and the code converts to Asia/Shanghai itself.
process.env.TZ = 'UTC';

const everything = ['src/**/*.test.ts', 'test/**/*.test.ts'];
/** The tests that touch a database: run a second time on PostgreSQL when TEST_DATABASE_URL is set (CI sets it). */
const databaseSuites = ['test/api/**/*.test.ts', 'src/server/**/*.test.ts', 'test/timers/**/*.test.ts', 'test/cli.test.ts'];
const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      // *.pg.test.ts need a second connection holding locks, which only a PostgreSQL server gives.
      { extends: true, test: { name: 'pglite', include: everything, exclude: ['**/node_modules/**', '**/*.pg.test.ts'], env: { TEST_DATABASE_URL: '' } } },
      ...(postgresUrl ? [{ extends: true, test: { name: 'postgres', include: databaseSuites, env: { TEST_DATABASE_URL: postgresUrl } } }] : []),
    ],
  },
});
