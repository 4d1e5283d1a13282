import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Arbitrary constant: the advisory-lock key that lets only one process migrate at a time. */
const MIGRATION_LOCK_KEY = 70_322_018;

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** Lists the numbered SQL migrations in order (`NNNN_verb-object.sql`). */
export function listMigrations(): MigrationFile[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(migrationsDir + file, 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.sql$/, ''),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

/**
 * Applies every migration not yet applied, each in its own transaction, under an advisory lock so
 * several zimao processes starting together over one PostgreSQL do not race. Refuses to run when an
 * applied migration's file was edited afterwards (migrations are never edited once merged).
 * Returns the names of the migrations it applied.
 */
export async function migrate(database: Database): Promise<string[]> {
  const files = listMigrations();
  return database.withScriptConnection(async (run) => {
    await run(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    await run(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      const rows = await run('SELECT version, checksum FROM schema_migrations');
      const done = new Map(rows.map((r) => [Number(r.version), String(r.checksum)]));
      const ran: string[] = [];
      for (const m of files) {
        const checksum = done.get(m.version);
        if (checksum !== undefined) {
          if (checksum !== m.checksum) {
            throw new Error(`migration ${m.name} was edited after it was applied; add a new migration instead`);
          }
          continue;
        }
        // name and checksum are [a-z0-9-] and hex by construction, so inlining them is safe.
        const record = `INSERT INTO schema_migrations (version, name, checksum) VALUES (${m.version}, '${m.name}', '${m.checksum}')`;
        try {
          await run(`BEGIN;\n${m.sql}\n;${record};\nCOMMIT;`);
        } catch (error) {
          await run('ROLLBACK');
          throw error;
        }
        ran.push(m.name);
      }
      return ran;
    } finally {
      await run(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  });
}
