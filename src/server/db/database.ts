import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { preparingPool } from './prepared-statements.ts';
import type { Tables } from './tables.ts';

export type Db = Kysely<Tables>;
export type Tx = Transaction<Tables>;
/** Either the pool or a transaction: repositories accept both so services decide the boundary. */
export type DbOrTx = Db | Tx;

/** Runs one SQL script (several statements, no parameters) and returns the last statement's rows. */
export type RunScript = (script: string) => Promise<Record<string, unknown>[]>;

export interface Database {
  db: Db;
  /** Holds one raw connection for scripts such as migrations, which the query builder cannot send. */
  withScriptConnection<T>(fn: (run: RunScript) => Promise<T>): Promise<T>;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for the start banner (never prints a password). */
  describe: string;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null };

// `date` (OID 1082) stays a YYYY-MM-DD string: a civil date must never pass through a JS Date (TIME-07).
// `int8` (OID 20) becomes a number: our bigint columns (audit seq, code sequences) stay far below 2^53.
pg.types.setTypeParser(1082, (v: string) => v);
pg.types.setTypeParser(20, (v: string) => Number(v));

const pgliteParsers = { 1082: (v: string) => v, 20: (v: string) => Number(v) };

/** Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite (in memory when dataDir is null). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    // Pipeline mode: a connection sends a statement without waiting for the answer to the one before, so the work
    // that together.ts runs at once costs one round trip instead of one per statement. Statements awaited one by one
    // behave as before.
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, pipeline: true });
    // An idle connection the server ends (a restart, a failover, a dropped test database) is an error on the pool;
    // unheard, it would end the process. The pool discards that connection and opens another on the next query.
    pool.on('error', (error) => process.stderr.write(`zimao: database connection lost (${error.message}); it will be replaced\n`));
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
    const withScriptConnection = async <T>(fn: (run: RunScript) => Promise<T>): Promise<T> => {
      const client = await pool.connect();
      try {
        return await fn(async (script) => {
          // A multi-statement simple query answers with an array of results.
          const res = (await client.query(script)) as pg.QueryResult | pg.QueryResult[];
          return Array.isArray(res) ? (res.at(-1)?.rows ?? []) : res.rows;
        });
      } finally {
        client.release();
      }
    };
    return { db, kind: 'postgres', describe: redactUrl(options.url), withScriptConnection, close: () => db.destroy() };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir ?? undefined, { extensions: { pg_trgm } });
  // PGlite 0.4 ignores `parsers` given at creation, so every query passes them itself.
  const parsingClient = {
    query: (text: string, params?: unknown[]) => client.query(text, params, { parsers: pgliteParsers }),
    close: () => client.close(),
  } as unknown as PGlite;
  const db = new Kysely<Tables>({ dialect: new PGliteDialect(parsingClient) });
  const describe = options.dataDir ? `PGlite in ${options.dataDir}` : 'PGlite in memory';
  // PGlite has one connection; scripts run through exec() (simple protocol), which allows many statements.
  const withScriptConnection = <T>(fn: (run: RunScript) => Promise<T>): Promise<T> =>
    fn(async (script) => (await client.exec(script)).at(-1)?.rows ?? []);
  return { db, kind: 'pglite', describe, withScriptConnection, close: () => db.destroy() };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return `PostgreSQL ${u.toString()}`;
  } catch {
    return 'PostgreSQL';
  }
}
