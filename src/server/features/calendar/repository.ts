import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import { PREPARE_ALWAYS } from '../../db/prepared-statements.ts';

export function listOverrides(db: DbOrTx, year?: number) {
  let q = db.selectFrom('calendar_overrides').selectAll();
  if (year !== undefined) q = q.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return q.orderBy('date').execute();
}

export function upsertOverride(
  db: DbOrTx,
  row: { date: string; workday: boolean; name: string | null; reason: string; notice_url: string | null; created_by: string },
) {
  return db
    .insertInto('calendar_overrides')
    .values(row)
    .onConflict((oc) => oc.column('date').doUpdateSet({ workday: row.workday, name: row.name, reason: row.reason, notice_url: row.notice_url, created_by: row.created_by }))
    .execute();
}

export function deleteOverride(db: DbOrTx, date: string) {
  return db.deleteFrom('calendar_overrides').where('date', '=', date).returning(['date']).executeTakeFirst();
}

/** An administrator's override as the calendar is built from it. */
export interface OverrideInput {
  date: string;
  workday: boolean;
  name: string | null;
  reason: string;
  noticeUrl: string | null;
}

/**
 * What building the calendar needs, in one round trip instead of two (it is read on every request that computes a
 * deadline, issue 8): the overrides in date order and the published years in order. Prepared, though it has no
 * parameters.
 */
export async function calendarInputs(db: DbOrTx): Promise<{ overrides: OverrideInput[]; years: number[] }> {
  const { rows } = await sql<{ overrides: OverrideInput[]; years: number[] }>`${sql.raw(PREPARE_ALWAYS)}
    SELECT
      (SELECT coalesce(json_agg(json_build_object('date', o.date, 'workday', o.workday, 'name', o.name, 'reason', o.reason, 'noticeUrl', o.notice_url) ORDER BY o.date), '[]')
         FROM calendar_overrides o) AS overrides,
      (SELECT coalesce(json_agg(y.year ORDER BY y.year), '[]') FROM calendar_published_years y) AS years`.execute(db);
  return rows[0]!;
}

export function listPublishedYears(db: DbOrTx) {
  return db.selectFrom('calendar_published_years').selectAll().orderBy('year').execute();
}

export function upsertPublishedYear(db: DbOrTx, row: { year: number; notice_url: string; published_by: string }) {
  return db
    .insertInto('calendar_published_years')
    .values(row)
    .onConflict((oc) => oc.column('year').doUpdateSet({ notice_url: row.notice_url, published_by: row.published_by }))
    .execute();
}

export function insertDeadline(
  db: DbOrTx,
  row: { subject: string; from_date: string; working_days: number; due_date: string; provisional: boolean; holder_account_id: number | null; area_code: string | null },
) {
  return db.insertInto('deadlines').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Deadlines a calendar change between `first` and `last` may move: provisional ones, and those whose window holds a changed day. */
export function listDeadlinesTouching(db: DbOrTx, first: string, last: string) {
  return db
    .selectFrom('deadlines')
    .selectAll()
    .where((eb) => eb.or([eb('provisional', '=', true), eb.and([eb('from_date', '<', last), eb('due_date', '>=', first)])]))
    .orderBy('id')
    .forUpdate()
    .execute();
}

export function updateDeadline(db: DbOrTx, id: number, due: string, provisional: boolean, now: Date) {
  return db.updateTable('deadlines').set({ due_date: due, provisional, recomputed_at: now }).where('id', '=', id).execute();
}

export function listDeadlines(db: DbOrTx, holderId: number | null, limit: number) {
  let q = db.selectFrom('deadlines').selectAll();
  if (holderId !== null) q = q.where('holder_account_id', '=', holderId);
  return q.orderBy('due_date').orderBy('id').limit(limit).execute();
}
