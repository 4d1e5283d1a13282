import type { DbOrTx, Tx } from '../../db/database.ts';

/** Locks the chain head for this transaction: appends are serialised, so the chain never forks. */
export function lockHead(tx: Tx) {
  return tx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
}

export function readHead(db: DbOrTx) {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

type AuditRowInput = { seq: number; occurredAt: Date; actor: string; action: string; subject: string | null; request: unknown; result: unknown; prevHash: string; hash: string };

/** Inserts rows already chained (in order) and moves the head to the last one. */
export async function appendRows(tx: Tx, rows: readonly AuditRowInput[]) {
  const last = rows.at(-1);
  if (!last) return;
  await tx
    .insertInto('audit_log')
    .values(
      rows.map((row) => ({
        seq: row.seq,
        occurred_at: row.occurredAt,
        actor: row.actor,
        action: row.action,
        subject: row.subject,
        request: JSON.stringify(row.request),
        result: JSON.stringify(row.result),
        prev_hash: row.prevHash,
        hash: row.hash,
      })),
    )
    .execute();
  await tx.updateTable('audit_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
}

export function listRows(db: DbOrTx, opts: { afterSeq?: number; beforeSeq?: number; action?: string; limit: number; newestFirst: boolean }) {
  let q = db.selectFrom('audit_log').selectAll();
  if (opts.afterSeq !== undefined) q = q.where('seq', '>', opts.afterSeq);
  if (opts.beforeSeq !== undefined) q = q.where('seq', '<', opts.beforeSeq);
  if (opts.action) q = q.where('action', '=', opts.action);
  return q.orderBy('seq', opts.newestFirst ? 'desc' : 'asc').limit(opts.limit).execute();
}
