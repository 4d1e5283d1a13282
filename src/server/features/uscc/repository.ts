import { sql } from 'kysely';
import { compiledOnce } from '../../db/compiled-once.ts';
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

type IssuedRow = { code: string; org_code: string; authority: string; entity_type: string; division: string; block: string; sequence: number; issued_by: string };

// Every credit code issued is recorded: built and compiled once (issue 8).
const insertIssuedOnce = compiledOnce((db, v: IssuedRow) =>
  db.insertInto('uscc_issued').values({
    code: v.code,
    org_code: v.org_code,
    authority: v.authority,
    entity_type: v.entity_type,
    division: v.division,
    block: v.block,
    sequence: v.sequence,
    issued_by: v.issued_by,
  }),
);

export async function insertIssued(tx: Tx, row: IssuedRow): Promise<void> {
  await insertIssuedOnce(tx, row);
}
