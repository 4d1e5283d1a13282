// Summary-deregistration notices and their objections (migration 0015). Queries only.
import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { DeregistrationNoticesTable, DeregistrationObjectionsTable, LiquidationsTable } from '../../db/tables.ts';

export type NoticeRow = Selectable<DeregistrationNoticesTable>;
export type ObjectionRow = Selectable<DeregistrationObjectionsTable>;

export async function insertNotice(db: DbOrTx, row: Insertable<DeregistrationNoticesTable>): Promise<number> {
  return (await db.insertInto('deregistration_notices').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findNotice(db: DbOrTx, id: number) {
  return db.selectFrom('deregistration_notices').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the notice until the transaction ends: an objection and the application must not cross. */
export function lockNotice(db: DbOrTx, id: number) {
  return db.selectFrom('deregistration_notices').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function liveNoticeOf(db: DbOrTx, uscc: string) {
  return db.selectFrom('deregistration_notices').selectAll().where('uscc', '=', uscc).where('status', '=', 'in_notice').executeTakeFirst();
}

export function noticesOf(db: DbOrTx, uscc: string) {
  return db.selectFrom('deregistration_notices').selectAll().where('uscc', '=', uscc).orderBy('id', 'desc').execute();
}

/** Notices whose period includes `today`, newest first: what the public portal shows. */
export function runningNotices(db: DbOrTx, today: string, limit: number) {
  return db
    .selectFrom('deregistration_notices')
    .selectAll()
    .where('route', '=', 'public-notice')
    .where('status', '=', 'in_notice')
    .where('notice_to', '>=', today)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** EXIT-06: the cases of individual businesses pushed to the departments, newest first. */
export function pushedCases(db: DbOrTx, limit: number) {
  return db.selectFrom('deregistration_notices').selectAll().where('route', '=', 'departments').orderBy('id', 'desc').limit(limit).execute();
}

export async function setStatus(db: DbOrTx, id: number, status: NoticeRow['status'], at: Date): Promise<void> {
  await db.updateTable('deregistration_notices').set({ status, closed_at: at }).where('id', '=', id).execute();
}

export async function insertObjection(db: DbOrTx, row: Insertable<DeregistrationObjectionsTable>): Promise<number> {
  return (await db.insertInto('deregistration_objections').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function objectionsOf(db: DbOrTx, noticeId: number) {
  return db.selectFrom('deregistration_objections').selectAll().where('notice_id', '=', noticeId).orderBy('id').execute();
}

export type LiquidationRow = Selectable<LiquidationsTable>;

export function insertLiquidation(db: DbOrTx, row: Insertable<LiquidationsTable>) {
  return db.insertInto('liquidations').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findLiquidation(db: DbOrTx, id: number) {
  return db.selectFrom('liquidations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks one liquidation of the enterprise until the transaction ends (two applications must not cross). */
export function lockLiquidation(db: DbOrTx, uscc: string, id: number) {
  return db.selectFrom('liquidations').selectAll().where('id', '=', id).where('uscc', '=', uscc).forUpdate().executeTakeFirst();
}

export async function markLiquidationDeregistered(db: DbOrTx, id: number, report: Record<string, unknown>, at: Date): Promise<void> {
  await db.updateTable('liquidations').set({ status: 'deregistered', report: JSON.stringify(report), deregistered_at: at }).where('id', '=', id).execute();
}

export function liquidationsOfUscc(db: DbOrTx, uscc: string) {
  return db.selectFrom('liquidations').selectAll().where('uscc', '=', uscc).orderBy('id', 'desc').execute();
}

/** Liquidations whose claims period includes `today`: what the public portal announces. */
export function runningLiquidations(db: DbOrTx, today: string, limit: number) {
  return db.selectFrom('liquidations').selectAll().where('status', '=', 'liquidating').where('claims_until', '>=', today).orderBy('id', 'desc').limit(limit).execute();
}
