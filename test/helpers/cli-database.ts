// The database the CLI tests run their database commands against: the embedded PGlite in a fresh
// data folder, or, in the vitest project where TEST_DATABASE_URL is set, a fresh PostgreSQL database
// on that server (created by createTestDatabase, dropped afterwards) passed to each process as
// DATABASE_URL. Test files run in parallel on one server, so each file gets a database of its own.
import { sql } from 'kysely';
import { openDatabase, type DatabaseOptions } from '../../src/server/db/database.ts';
import { freshDataDir, type CliTarget } from './cli.ts';
import { createTestDatabase } from './test-database.ts';

export interface CliDatabase {
  name: 'PGlite' | 'PostgreSQL';
  target: CliTarget;
  /**
   * Whether `zimao calendar` reads this database (the administrator's overrides). It does with
   * DATABASE_URL; with the embedded database it never opens the folder, so as not to contend with a server.
   */
  calendarReadsDatabase: boolean;
  /** Runs one SQL statement on the database from the test process (never while a CLI process holds it). */
  execute(statement: string): Promise<void>;
  drop(): Promise<void>;
}

/** True in the vitest project that runs the database suites on PostgreSQL. */
export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Runs one statement over a connection of the test process's own, closed again before it returns. */
async function executeOn(options: DatabaseOptions, statement: string): Promise<void> {
  const database = await openDatabase(options);
  try {
    await sql.raw(statement).execute(database.db);
  } finally {
    await database.close();
  }
}

export async function createCliDatabase(): Promise<CliDatabase> {
  const dataDir = freshDataDir();
  if (!onPostgres) {
    return {
      name: 'PGlite',
      target: { dataDir },
      calendarReadsDatabase: false,
      execute: (statement) => executeOn({ kind: 'pglite', dataDir }, statement),
      drop: async () => {}, // the folder goes with removeTempDirs
    };
  }
  const testDb = await createTestDatabase();
  const url = testDb.url!;
  return {
    name: 'PostgreSQL',
    // The data folder stays empty: the tests check that DATABASE_URL, not the folder, was used.
    target: { dataDir, databaseUrl: url },
    calendarReadsDatabase: true,
    execute: (statement) => executeOn({ kind: 'postgres', url, poolSize: 1 }, statement),
    drop: () => testDb.drop(),
  };
}
