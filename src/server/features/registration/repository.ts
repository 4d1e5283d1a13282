// Establishment applications and the follow-up tasks of new enterprises (migration 0013). Queries only.
import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { EstablishmentApplicationsTable, EstablishmentFollowUpsTable } from '../../db/tables.ts';

export type ApplicationRow = Selectable<EstablishmentApplicationsTable>;
export type FollowUpRow = Selectable<EstablishmentFollowUpsTable>;

export async function insertApplication(db: DbOrTx, row: Insertable<EstablishmentApplicationsTable>): Promise<number> {
  return (await db.insertInto('establishment_applications').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findApplication(db: DbOrTx, id: number) {
  return db.selectFrom('establishment_applications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the application row until the transaction ends (two officers registering one application at once). */
export function lockApplication(db: DbOrTx, id: number) {
  return db.selectFrom('establishment_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function listApplications(db: DbOrTx, filter: { applicantId?: number; status?: ApplicationRow['status'] }, limit: number) {
  let q = db.selectFrom('establishment_applications').selectAll();
  if (filter.applicantId !== undefined) q = q.where('applicant_account_id', '=', filter.applicantId);
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

/** Marks the application registered and answers it as it now stands (the view is built from it, not read again). */
export function markRegistered(db: DbOrTx, id: number, uscc: string, at: Date): Promise<ApplicationRow> {
  return db.updateTable('establishment_applications').set({ status: 'registered', uscc, decided_at: at }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function markRejected(db: DbOrTx, id: number, at: Date): Promise<void> {
  await db.updateTable('establishment_applications').set({ status: 'rejected', decided_at: at }).where('id', '=', id).execute();
}

export async function insertFollowUps(db: DbOrTx, rows: Insertable<EstablishmentFollowUpsTable>[]): Promise<FollowUpRow[]> {
  return rows.length > 0 ? db.insertInto('establishment_follow_ups').values(rows).returningAll().execute() : [];
}

export function listFollowUps(db: DbOrTx, filter: { uscc?: string; departmentCode?: string; status?: 'open' | 'done' }, limit = 200) {
  let q = db.selectFrom('establishment_follow_ups').selectAll();
  if (filter.uscc !== undefined) q = q.where('uscc', '=', filter.uscc);
  if (filter.departmentCode !== undefined) q = q.where('department_code', '=', filter.departmentCode);
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  return q.orderBy('due_on').orderBy('id').limit(limit).execute();
}

export function findFollowUp(db: DbOrTx, id: number) {
  return db.selectFrom('establishment_follow_ups').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockFollowUp(db: DbOrTx, id: number) {
  return db.selectFrom('establishment_follow_ups').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function completeFollowUp(db: DbOrTx, id: number, by: number, at: Date, note: string | null): Promise<void> {
  await db.updateTable('establishment_follow_ups').set({ status: 'done', done_by: by, done_at: at, note }).where('id', '=', id).execute();
}
