import type { AppContext } from './context.ts';
import { openDatabase, type DatabaseOptions } from './db/database.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import { migrate } from './db/migrate.ts';
import { appendAudit, sealAuditTrail } from './features/audit/service.ts';
import { loadBundledEditions } from './features/admission/service.ts';
import { fillFileDecisions } from './features/files/service.ts';
import { loadReferenceData } from './features/reference/load-reference-data.ts';

export interface Started {
  ctx: AppContext;
  migrations: string[];
  referenceLoaded: string[];
  close(): Promise<void>;
}

/**
 * Opens the database (locking an embedded data folder against a second process), applies
 * migrations and loads changed reference files, recording the load in the audit trail.
 */
export async function bootstrap(options: DatabaseOptions, now: () => Date = () => new Date()): Promise<Started> {
  const unlock = options.kind === 'pglite' && options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const database = await openDatabase(options);
    const ctx: AppContext = { database, db: database.db, now };
    const migrations = await migrate(database);
    // Migration 0023 added the decision columns of application files; files decided before it get theirs from their
    // logs, once, in the start that applied it.
    if (migrations.includes('0023_add-file-decisions')) await fillFileDecisions(database.db);
    const referenceLoaded = await database.db.transaction().execute(async (tx) => {
      // The industry table first: the editions' codes are checked against it when they are used.
      const loaded = await loadReferenceData(tx);
      const editions = await loadBundledEditions(tx, now());
      if (editions.length > 0) loaded.push(...editions.map((code) => `negative-list:${code}`));
      if (loaded.length > 0) {
        await appendAudit(tx, { actor: 'system:bootstrap', action: 'reference.load', subject: null, request: {}, result: { datasets: loaded } }, now());
      }
      return loaded;
    });
    return {
      ctx,
      migrations,
      referenceLoaded,
      close: async () => {
        // A command's audit rows are chained before it lets go of the database (migration 0031), so a CLI write does
        // not wait for the next server to seal it. If that fails the rows stay committed, unsealed, for the next
        // zimao process to chain, and the database is closed all the same.
        await sealAuditTrail(database.db).catch((error: unknown) =>
          process.stderr.write(`zimao: audit rows left for the next process to chain (${(error as Error).message})\n`),
        );
        await database.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
