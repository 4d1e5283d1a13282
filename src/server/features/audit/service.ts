import { canonicalJsonAroundSeq, findChainBreak, GENESIS_HASH, type StoredAuditRow } from '../../../domain/audit/chain-hash.ts';
import type { AuditEntryView, AuditVerifyResponse } from '../../../schemas/audit.ts';
import type { Db, DbOrTx, Tx } from '../../db/database.ts';
import * as repo from './repository.ts';

export interface AuditEntryInput {
  actor: string;
  action: string;
  subject: string | null;
  request: Record<string, unknown>;
  result: Record<string, unknown>;
}

// A key naming a token's id, name or prefix (tokenId, token_name) is not a secret: the trail keeps it.
const SECRET_KEYS = /password|secret|authorization|cookie|token(?!_?(?:id|name|prefix)$)/i;

/** A request summary with every secret-looking field replaced, so the trail never stores a password. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

/**
 * Appends one row inside the caller's transaction (so it commits with the change or not at all). The row gets its seq
 * and hash after the commit, when sealAuditTrail chains it (migration 0031); it is not in audit_log before then.
 */
export function appendAudit(tx: Tx, entry: AuditEntryInput, now: Date, options: AppendOptions = {}): Promise<void> {
  return appendAuditBatch(tx, [entry], now, options);
}

export interface AppendOptions {
  /**
   * Nothing follows in the transaction but its COMMIT, which then leaves with the append, on PostgreSQL, instead of a
   * round trip later (pipelined-transactions.ts). The caller must not fail after it: the transaction is committed.
   */
  lastInTransaction?: boolean;
}

/**
 * Appends several rows in order, to be chained one to the next: what the timer sweeper writes for a batch of timers
 * fired in one transaction. The canonical JSON of each row is built here, around its seq; the rows commit unsealed and
 * take no lock, so audited commits share WAL flushes, and sealAuditTrail numbers and hashes them after the commit.
 */
export async function appendAuditBatch(tx: Tx, entries: readonly AuditEntryInput[], now: Date, options: AppendOptions = {}): Promise<void> {
  if (entries.length === 0) return;
  const occurredAt = new Date(now.getTime()).toISOString();
  const rows = entries.map((entry) => {
    const request = redact(entry.request);
    const result = redact(entry.result);
    const { prefix, suffix } = canonicalJsonAroundSeq({ occurredAt, actor: entry.actor, action: entry.action, subject: entry.subject, request, result });
    return { prefix, suffix, occurredAt, actor: entry.actor, action: entry.action, subject: entry.subject, request, result };
  });
  await repo.insertUnsealed(tx, rows, options.lastInTransaction ?? false);
}

function toStored(row: Awaited<ReturnType<typeof repo.listRows>>[number]): StoredAuditRow {
  return {
    seq: Number(row.seq),
    occurredAt: row.occurred_at.toISOString(),
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    request: row.request,
    result: row.result,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

const SEAL_BATCH = 5000;

/**
 * Chains every committed unsealed row (migration 0031) in transactions of its own, oldest written first, and returns
 * how many it sealed. Rows of transactions that commit meanwhile wait for the next call.
 */
export async function sealAuditTrail(db: Db): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = await repo.sealCommitted(db, SEAL_BATCH);
    sealed += n;
    if (n < SEAL_BATCH) return sealed;
  }
}

const VERIFY_BATCH = 1000;

/** Seals what has committed, then recomputes the whole chain in batches and names the first broken row. */
export async function verifyAuditChain(db: Db): Promise<AuditVerifyResponse> {
  await sealAuditTrail(db);
  const awaitingSeal = await repo.countUnsealed(db);
  // The chain as it stands now: rows sealed while the check runs (`zimao serve` seals every 200 ms) come after this
  // head, and are the next check's.
  const head = await repo.readHead(db);
  return { ...(await verifyChainUpTo(db, { seq: Number(head.seq), hash: head.hash })), awaitingSeal };
}

/** Recomputes the chain from its start up to `head` (a reading of audit_head) and names the first broken row. */
export async function verifyChainUpTo(db: DbOrTx, head: { seq: number; hash: string }): Promise<Omit<AuditVerifyResponse, 'awaitingSeal'>> {
  let expected = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = (await repo.listRows(db, { afterSeq: expected.seq, beforeSeq: head.seq + 1, limit: VERIFY_BATCH, newestFirst: false })).map(toStored);
    const broken = findChainBreak(rows, expected);
    if (broken) return { ok: false, checked: checked + rows.findIndex((r) => r.seq === broken.seq), firstBroken: broken };
    checked += rows.length;
    const last = rows.at(-1);
    if (!last) break;
    expected = { seq: last.seq, hash: last.hash };
    if (rows.length < VERIFY_BATCH) break;
  }
  if (head.seq !== expected.seq || head.hash !== expected.hash) {
    // Rows up to the head were removed from the end of the log (the head still remembers them).
    return { ok: false, checked, firstBroken: { seq: expected.seq + 1, reason: `chain head is at ${head.seq} but the log ends at ${expected.seq} (rows removed)` } };
  }
  return { ok: true, checked, firstBroken: null };
}

/** The newest audit entries, paged backwards by seq, after sealing what has committed (so a reader sees its own writes). */
export async function listAudit(db: Db, query: { limit: number; beforeSeq?: number | undefined; action?: string | undefined }): Promise<AuditEntryView[]> {
  await sealAuditTrail(db);
  const rows = await repo.listRows(db, { limit: query.limit, beforeSeq: query.beforeSeq, action: query.action, newestFirst: true });
  return rows.map((r) => {
    const s = toStored(r);
    return { ...s, request: s.request as Record<string, unknown>, result: s.result as Record<string, unknown> };
  });
}
