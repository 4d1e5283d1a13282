// The name register's rows (table enterprise_names, migration 0012). Only the names feature reads or writes it.
import { sql } from 'kysely';
import { compiledOnce } from '../../db/compiled-once.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { EnterpriseNameStatus } from '../../db/tables.ts';

const CANDIDATE_COLUMNS = ['id', 'name', 'status', 'since', 'uscc'] as const;

/**
 * Names whose trade name is one of `tradeNames` or sounds like `pinyin`, still in force on `asOf`: released
 * reservations and reservations past their day are gone. Each branch reads one index (migration 0012).
 */
export async function findCandidates(db: DbOrTx, keys: { tradeNames: readonly string[]; pinyin: string }, asOf: string, excludeId?: number) {
  const live = (qb: ReturnType<typeof base>) =>
    qb
      .where('status', '<>', 'released')
      .where((eb) => eb.or([eb('status', '<>', 'reserved'), eb('reserved_until', '>=', asOf)]))
      .$if(excludeId !== undefined, (q) => q.where('id', '<>', excludeId!));
  const base = () => db.selectFrom('enterprise_names').select(CANDIDATE_COLUMNS);
  return live(base().where('trade_name', 'in', [...keys.tradeNames]))
    .union(live(base().where('trade_name_pinyin', '=', keys.pinyin)))
    .orderBy('id')
    .execute();
}

// A type, not an interface: compiledOnce takes its values as a record.
export type NewNameRow = {
  name: string;
  trade_name: string;
  trade_name_pinyin: string;
  industry: string | null;
  status: EnterpriseNameStatus;
  since: string;
  reserved_until: string | null;
  uscc: string | null;
  account_id: number | null;
  commitment: string | null;
};

// Every registration and reservation inserts a name: built and compiled once (issue 8).
const insertNameOnce = compiledOnce((db, v: NewNameRow) =>
  db
    .insertInto('enterprise_names')
    .values({
      name: v.name,
      trade_name: v.trade_name,
      trade_name_pinyin: v.trade_name_pinyin,
      industry: v.industry,
      status: v.status,
      since: v.since,
      reserved_until: v.reserved_until,
      uscc: v.uscc,
      account_id: v.account_id,
      commitment: v.commitment,
    })
    .returning('id'),
);

export async function insertName(db: DbOrTx, row: NewNameRow): Promise<number> {
  return (await insertNameOnce(db, row)).rows[0]!.id;
}

export async function findName(db: DbOrTx, id: number) {
  return db.selectFrom('enterprise_names').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The name(s) an enterprise is registered under now. */
export async function findRegisteredOf(db: DbOrTx, uscc: string) {
  return db.selectFrom('enterprise_names').select('id').where('uscc', '=', uscc).where('status', '=', 'registered').execute();
}

export async function listByAccount(db: DbOrTx, accountId: number, limit: number) {
  return db.selectFrom('enterprise_names').selectAll().where('account_id', '=', accountId).orderBy('id', 'desc').limit(limit).execute();
}

export async function setStatus(db: DbOrTx, id: number, status: EnterpriseNameStatus, since: string, uscc?: string): Promise<void> {
  await db
    .updateTable('enterprise_names')
    .set({ status, since, ...(uscc ? { uscc } : {}) })
    .where('id', '=', id)
    .execute();
}

/** The registered name row of an enterprise gets a new status (deregistration, revocation). */
export async function setStatusOfUscc(db: DbOrTx, uscc: string, status: EnterpriseNameStatus, since: string): Promise<void> {
  await db.updateTable('enterprise_names').set({ status, since }).where('uscc', '=', uscc).where('status', '=', 'registered').execute();
}

/**
 * Serialises declarations of one trade name across processes until the transaction ends, so two applicants
 * cannot both reserve 红光科技 between their checks and their inserts (hashtext: a 32-bit key per trade name).
 */
export async function lockTradeName(tx: DbOrTx, tradeName: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${'enterprise-name:' + tradeName}))`.execute(tx);
}
