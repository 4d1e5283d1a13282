import { sql } from 'kysely';
import type { Db, DbOrTx, Tx } from '../../db/database.ts';
import { LAST_IN_TRANSACTION } from '../../db/pipelined-transactions.ts';

/** The chain head as it stands (no lock: a reading, not an append). */
export function readHead(db: DbOrTx) {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

/**
 * Puts rows whose canonical JSON is built around their seq in audit_unsealed, in order, in one statement that takes no
 * lock; they commit with the caller's change, and audit_seal_committed (migration 0031) chains them afterwards.
 */
export async function insertUnsealed(
  tx: Tx,
  rows: readonly { prefix: string; suffix: string; occurredAt: string; actor: string; action: string; subject: string | null; request: unknown; result: unknown }[],
  lastInTransaction: boolean,
): Promise<void> {
  await sql`${sql.raw(lastInTransaction ? LAST_IN_TRANSACTION : '')}INSERT INTO audit_unsealed (occurred_at, actor, action, subject, request, result, prefix, suffix)
    SELECT (e ->> 'occurredAt')::timestamptz, e ->> 'actor', e ->> 'action', e ->> 'subject', e -> 'request', e -> 'result', e ->> 'prefix', e ->> 'suffix'
    FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS x (e, n) ORDER BY n`.execute(tx);
}

/** Chains at most maxRows committed unsealed rows in a transaction of its own; how many it sealed. */
export async function sealCommitted(db: Db, maxRows: number): Promise<number> {
  const { rows } = await sql<{ sealed: number }>`SELECT audit_seal_committed(${maxRows}::int) AS sealed`.execute(db);
  return Number(rows[0]!.sealed);
}

/** Committed rows still waiting for their seal. */
export async function countUnsealed(db: DbOrTx): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_unsealed`.execute(db);
  return rows[0]!.n;
}

export function listRows(db: DbOrTx, opts: { afterSeq?: number; beforeSeq?: number; action?: string; limit: number; newestFirst: boolean }) {
  let q = db.selectFrom('audit_log').selectAll();
  if (opts.afterSeq !== undefined) q = q.where('seq', '>', opts.afterSeq);
  if (opts.beforeSeq !== undefined) q = q.where('seq', '<', opts.beforeSeq);
  if (opts.action) q = q.where('action', '=', opts.action);
  return q.orderBy('seq', opts.newestFirst ? 'desc' : 'asc').limit(opts.limit).execute();
}
