import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { LAST_IN_TRANSACTION } from '../../db/pipelined-transactions.ts';

/** The chain head as it stands (no lock: a reading, not an append). */
export function readHead(db: DbOrTx) {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

/**
 * Puts rows whose canonical JSON is built around their seq in audit_pending, in order, in one statement that takes no
 * lock; at COMMIT the trigger audit_seal (migration 0028), once per transaction, numbers and hashes them and moves the
 * head.
 */
export async function insertPending(
  tx: Tx,
  rows: readonly { prefix: string; suffix: string; occurredAt: string; actor: string; action: string; subject: string | null; request: unknown; result: unknown }[],
  lastInTransaction: boolean,
): Promise<void> {
  // With the rows, the transaction's one row in audit_seals, whose deferred trigger seals them at commit.
  await sql`${sql.raw(lastInTransaction ? LAST_IN_TRANSACTION : '')}WITH pending AS (
      INSERT INTO audit_pending (occurred_at, actor, action, subject, request, result, prefix, suffix)
      SELECT (e ->> 'occurredAt')::timestamptz, e ->> 'actor', e ->> 'action', e ->> 'subject', e -> 'request', e -> 'result', e ->> 'prefix', e ->> 'suffix'
      FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS x (e, n) ORDER BY n)
    INSERT INTO audit_seals (txid) VALUES (txid_current()) ON CONFLICT (txid) DO NOTHING`.execute(tx);
}

export function listRows(db: DbOrTx, opts: { afterSeq?: number; beforeSeq?: number; action?: string; limit: number; newestFirst: boolean }) {
  let q = db.selectFrom('audit_log').selectAll();
  if (opts.afterSeq !== undefined) q = q.where('seq', '>', opts.afterSeq);
  if (opts.beforeSeq !== undefined) q = q.where('seq', '<', opts.beforeSeq);
  if (opts.action) q = q.where('action', '=', opts.action);
  return q.orderBy('seq', opts.newestFirst ? 'desc' : 'asc').limit(opts.limit).execute();
}
