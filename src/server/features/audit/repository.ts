import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';

/** The chain head as it stands (no lock: a reading, not an append). */
export function readHead(db: DbOrTx) {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

/**
 * Appends rows whose canonical JSON is built around their seq (audit_append, migration 0024): one statement takes the
 * head's lock, numbers and hashes the rows and moves the head. Returns the sequence numbers in order.
 */
export async function appendChained(tx: Tx, rows: readonly { prefix: string; suffix: string; occurredAt: string; actor: string; action: string; subject: string | null; request: unknown; result: unknown }[]) {
  const r = await sql<{ out_seq: string }>`SELECT out_seq FROM audit_append(${JSON.stringify(rows)}::jsonb)`.execute(tx);
  return r.rows.map((row) => Number(row.out_seq));
}

export function listRows(db: DbOrTx, opts: { afterSeq?: number; beforeSeq?: number; action?: string; limit: number; newestFirst: boolean }) {
  let q = db.selectFrom('audit_log').selectAll();
  if (opts.afterSeq !== undefined) q = q.where('seq', '>', opts.afterSeq);
  if (opts.beforeSeq !== undefined) q = q.where('seq', '<', opts.beforeSeq);
  if (opts.action) q = q.where('action', '=', opts.action);
  return q.orderBy('seq', opts.newestFirst ? 'desc' : 'asc').limit(opts.limit).execute();
}
