import { createHash } from 'node:crypto';

/** The fields of an audit row that its hash covers. */
export interface AuditRecord {
  seq: number;
  occurredAt: string;
  actor: string;
  action: string;
  subject: string | null;
  request: unknown;
  result: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so a value read back from jsonb hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 of the previous row's hash and this row's canonical content: the link of the chain. */
export function chainHash(prevHash: string, record: AuditRecord): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(record)).digest('hex');
}

/**
 * The canonical JSON of a record around its `seq`, which is known only under the chain head's lock: prefix + seq +
 * suffix is exactly canonicalJson(record), so the database can finish the hash of chainHash when it seals the row
 * after its commit (migration 0031, audit_seal_committed) while the JSON is built here, outside the lock.
 */
export function canonicalJsonAroundSeq(record: Omit<AuditRecord, 'seq'>): { prefix: string; suffix: string } {
  // Keys in canonical (sorted) order: action, actor, occurredAt, request, result, seq, subject.
  const prefix =
    `{"action":${canonicalJson(record.action)},"actor":${canonicalJson(record.actor)},"occurredAt":${canonicalJson(record.occurredAt)},` +
    `"request":${canonicalJson(record.request)},"result":${canonicalJson(record.result)},"seq":`;
  return { prefix, suffix: `,"subject":${canonicalJson(record.subject)}}` };
}

export interface StoredAuditRow extends AuditRecord {
  prevHash: string;
  hash: string;
}

export type ChainBreak = { seq: number; reason: string };

/**
 * Checks a run of rows that should follow `expected` (the previous row's seq and hash): consecutive
 * seq, each prev_hash equal to the previous hash, each hash recomputed. Returns the first break.
 */
export function findChainBreak(rows: StoredAuditRow[], expected: { seq: number; hash: string }): ChainBreak | null {
  let prev = expected;
  for (const row of rows) {
    if (row.seq !== prev.seq + 1) return { seq: row.seq, reason: `sequence jumps from ${prev.seq} to ${row.seq}` };
    if (row.prevHash !== prev.hash) return { seq: row.seq, reason: 'prev_hash does not match the hash of the row before' };
    const { prevHash: _p, hash: _h, ...record } = row;
    if (chainHash(row.prevHash, record) !== row.hash) return { seq: row.seq, reason: 'content does not match its hash (row altered)' };
    prev = { seq: row.seq, hash: row.hash };
  }
  return null;
}
