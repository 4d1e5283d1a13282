import type { Tx } from '../../db/database.ts';

/** Takes the next sequence number of a block under a row lock: two issuers never get the same number. */
export function takeNextSequence(tx: Tx, prefix: string) {
  return tx
    .updateTable('uscc_blocks')
    .set((eb) => ({ next_seq: eb('next_seq', '+', 1) }))
    .where('prefix', '=', prefix)
    .returning(['next_seq'])
    .executeTakeFirst();
}

export function insertIssued(
  tx: Tx,
  row: { code: string; org_code: string; authority: string; entity_type: string; division: string; block: string; sequence: number; issued_by: string },
) {
  return tx.insertInto('uscc_issued').values(row).execute();
}
