// A database of the benchmark's own on a PostgreSQL server (BENCH_DATABASE_URL), created fresh for
// one scenario and dropped afterwards, so runs never see each other's rows or leave any behind.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchDatabase {
  /** The server URL with the new database's name as its path. */
  url: string;
  drop(): Promise<void>;
}

/** Creates `zimao_bench_<random>` on the PostgreSQL server at `serverUrl`. */
export async function createPostgresDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `zimao_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
