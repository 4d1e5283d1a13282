// A connection the PostgreSQL server ends while it sits idle in the pool (a restart, a failover, an administrator)
// must not end the zimao process: the pool drops it and the next query gets a new one. Without the pool's error
// listener the termination surfaces as an uncaught exception and this file fails.
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.ts';
import { openDatabase, type Database } from './database.ts';

let testDb: TestDatabase;
let database: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  database = await openDatabase(testDb.options);
});
afterAll(async () => {
  await database.close();
  await testDb.drop();
});

it('survives the server ending an idle connection, and queries again', async () => {
  const pid = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(database.db)).rows[0]!.pid;
  const admin = new pg.Client({ connectionString: testDb.url! });
  await admin.connect();
  try {
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
  } finally {
    await admin.end();
  }
  await new Promise((resolve) => setTimeout(resolve, 200)); // let the termination reach the idle client
  const again = (await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)).rows[0]!.one;
  expect(again).toBe(1);
});
