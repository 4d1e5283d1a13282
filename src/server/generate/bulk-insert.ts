// Bulk loading for `zimao generate` (issue 8: 3.5 million enterprises on PostgreSQL within 15 minutes on 2 cores,
// 1 million on PGlite). Everything is written in one transaction, so an interrupted run leaves nothing behind.
//
// On PostgreSQL rows go through COPY FROM STDIN on a connection of the generator's own, with a Kysely instance over
// that same connection for the ordinary statements. COPY is sent through pg's query interface for custom queries
// (the "submittable" pg-cursor and pg-copy-streams use): about 1.7× the rate of an INSERT … SELECT FROM unnest of
// the same rows on this machine, and no extra dependency. Statement-level triggers (the enterprise rollups, 0022)
// fire once per COPY as they do once per INSERT. On PGlite (one connection, in process) batches are inserted from
// one JSON parameter through json_populate_recordset, a little faster there than unnest of one array per column (and
// as fast as PGlite's COPY FROM '/dev/blob', measured: the name register's indexes dominate).
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database, Db, Tx } from '../db/database.ts';
import type { Tables } from '../db/tables.ts';

/** A value of one column: text, a number, a civil date as YYYY-MM-DD text, an instant, JSON (an object), or null. */
export type Cell = string | number | boolean | Date | Record<string, unknown> | null;

export interface BulkWriter {
  /** The transaction the whole generation runs in, for ordinary statements. */
  readonly tx: Tx;
  readonly kind: 'postgres' | 'pglite';
  /** Appends rows to `table`. On PostgreSQL the rows are on their way when this returns, so the next batch can be built meanwhile. */
  copy(table: keyof Tables & string, columns: readonly string[], rows: readonly (readonly Cell[])[]): Promise<void>;
  /** `n` fresh values of the serial column `column` of `table`, taken from its sequence (for rows that others refer to). */
  reserveIds(table: keyof Tables & string, column: string, n: number): Promise<number[]>;
}

/** COPY text format: backslash, tab, newline and carriage return escaped; \N for null. */
function copyCell(value: Cell): string {
  if (value === null) return '\\N';
  const text =
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : typeof value === 'boolean' ? (value ? 't' : 'f') : value instanceof Date ? value.toISOString() : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : text;
}

/** The part of pg's connection a custom query talks to (pg/lib/connection.js). */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** COPY … FROM STDIN with the whole batch as one chunk, as a pg "submittable". */
class CopyFromStdin {
  readonly done: Promise<number>;
  private resolveDone!: (rows: number) => void;
  private rejectDone!: (error: unknown) => void;
  private rows = 0;

  constructor(private readonly text: string, private readonly data: Buffer) {
    this.done = new Promise((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
  }

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: PgConnection): void {
    connection.sendCopyFromChunk(this.data);
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rows = Number(String(message.text ?? '').split(' ').pop());
  }

  handleReadyForQuery(): void {
    this.resolveDone(this.rows);
  }

  handleError(error: unknown): void {
    this.rejectDone(error);
  }

  handleEmptyQuery(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleCopyData(): void {}
}

const quoteIdent = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return `"${name}"`;
};

async function reserve(tx: Tx, table: string, column: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence(${table}, ${column}))::integer AS id FROM generate_series(1, ${n}::integer)`.execute(tx);
  return rows.rows.map((r) => Number(r.id));
}

/** Runs `work` in one transaction on PostgreSQL, with COPY on a connection of its own. */
async function onPostgres<T>(url: string, work: (writer: BulkWriter) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // The Kysely instance borrows the one client: its transaction and the COPY statements share the connection.
  const pool = { connect: async () => Object.assign(client, { release: () => {} }), end: async () => {} };
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  try {
    return await db.transaction().execute((tx) =>
      work({
        tx,
        kind: 'postgres',
        async copy(table, columns, rows) {
          if (rows.length === 0) return;
          let text = '';
          for (const row of rows) text += `${row.map(copyCell).join('\t')}\n`;
          const query = new CopyFromStdin(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`, Buffer.from(text, 'utf8'));
          client.query(query as unknown as pg.QueryConfig);
          await query.done;
        },
        reserveIds: (table, column, n) => reserve(tx, table, column, n),
      }),
    );
  } finally {
    await db.destroy();
    await client.end();
  }
}

/** Runs `work` in one transaction of the embedded database. */
function onPglite<T>(db: Db, work: (writer: BulkWriter) => Promise<T>): Promise<T> {
  return db.transaction().execute((tx) =>
    work({
      tx,
      kind: 'pglite',
      async copy(table, columns, rows) {
        if (rows.length === 0) return;
        const objects = rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] instanceof Date ? (row[i] as Date).toISOString() : row[i]])));
        const list = columns.map(quoteIdent).join(', ');
        await tx.executeQuery(CompiledQuery.raw(`INSERT INTO ${quoteIdent(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`, [JSON.stringify(objects)]));
      },
      reserveIds: (table, column, n) => reserve(tx, table, column, n),
    }),
  );
}

/** Opens the bulk writer for the database the command was given (its URL for PostgreSQL). */
export function withBulkWriter<T>(database: Database, postgresUrl: string | null, work: (writer: BulkWriter) => Promise<T>): Promise<T> {
  if (database.kind === 'postgres') {
    if (!postgresUrl) throw new Error('a PostgreSQL database needs its URL for COPY');
    return onPostgres(postgresUrl, work);
  }
  return onPglite(database.db, work);
}

/**
 * Runs `work` with the GIN indexes of `table` dropped, then builds them again from their own definitions, all in the
 * generation's transaction (an interrupted run leaves them as they were). A GIN index takes rows one by one through
 * its pending list; built once over all of them it costs a fraction (the public name search's index of 0026 slowed
 * the load of 3.5 million enterprises past ten minutes).
 */
export async function withGinIndexesDeferred<T>(writer: BulkWriter, table: keyof Tables & string, work: () => Promise<T>): Promise<T> {
  const { rows } = await sql<{ name: string; definition: string }>`
    SELECT indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = ${table} AND indexdef LIKE '% USING gin %'`.execute(writer.tx);
  for (const index of rows) await sql`DROP INDEX ${sql.id(index.name)}`.execute(writer.tx);
  const result = await work();
  // A server has the memory to sort a large build at once; PGlite runs in this process and keeps its default.
  if (writer.kind === 'postgres' && rows.length > 0) await sql`SET LOCAL maintenance_work_mem = '512MB'`.execute(writer.tx);
  for (const index of rows) await sql.raw(index.definition).execute(writer.tx);
  return result;
}

/**
 * Runs `work` with the foreign keys of `table` dropped, then adds them again from their own definitions, in the
 * generation's transaction: added once, each is checked by one join over the loaded rows instead of one index probe
 * per row (the holdings' two keys cost about 8 s of every 500,000 enterprises' load, and 2 s to add again).
 */
export async function withForeignKeysDeferred<T>(writer: BulkWriter, table: keyof Tables & string, work: () => Promise<T>): Promise<T> {
  const { rows } = await sql<{ name: string; definition: string }>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
    WHERE conrelid = to_regclass(${table}) AND contype = 'f' ORDER BY conname`.execute(writer.tx);
  for (const key of rows) await sql`ALTER TABLE ${sql.table(table)} DROP CONSTRAINT ${sql.id(key.name)}`.execute(writer.tx);
  const result = await work();
  for (const key of rows) await sql`ALTER TABLE ${sql.table(table)} ADD CONSTRAINT ${sql.id(key.name)} ${sql.raw(key.definition)}`.execute(writer.tx);
  return result;
}
