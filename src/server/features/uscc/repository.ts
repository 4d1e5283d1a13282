import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';

/**
 * Takes the next number of a block from its sequence (migration 0025): two issuers never get the same number and
 * neither waits for the other; the block row is read FOR SHARE so it cannot change meanwhile. Undefined: no such block.
 */
export async function takeNextSequence(tx: Tx, prefix: string): Promise<{ sequence: number } | undefined> {
  const r = await sql<{ seq: string }>`SELECT nextval(sequence_name::regclass) AS seq FROM uscc_blocks WHERE prefix = ${prefix} FOR SHARE`.execute(tx);
  const row = r.rows[0];
  return row ? { sequence: Number(row.seq) } : undefined;
}

/** The number a block would hand out next (for tests and reports; no lock, no number taken). */
export async function peekNextSequence(db: DbOrTx, prefix: string): Promise<number | undefined> {
  const block = await db.selectFrom('uscc_blocks').select('sequence_name').where('prefix', '=', prefix).executeTakeFirst();
  if (!block?.sequence_name) return undefined;
  const r = await sql<{ last_value: string; is_called: boolean }>`SELECT last_value, is_called FROM ${sql.table(block.sequence_name)}`.execute(db);
  const row = r.rows[0]!;
  return Number(row.last_value) + (row.is_called ? 1 : 0);
}

export function insertIssued(
  tx: Tx,
  row: { code: string; org_code: string; authority: string; entity_type: string; division: string; block: string; sequence: number; issued_by: string },
) {
  return tx.insertInto('uscc_issued').values(row).execute();
}
