// Establishment applications and the follow-up tasks of new enterprises (migration 0013). Queries only.
import type { Insertable, Selectable } from 'kysely';
import { compiledOnce } from '../../db/compiled-once.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { EstablishmentApplicationsTable, EstablishmentFollowUpsTable } from '../../db/tables.ts';

export type ApplicationRow = Selectable<EstablishmentApplicationsTable>;
export type FollowUpRow = Selectable<EstablishmentFollowUpsTable>;

type NewApplication = Required<Omit<Insertable<EstablishmentApplicationsTable>, 'id' | 'created_at' | 'decided_at' | 'uscc'>>;

// The application's insert and its registration are built and compiled once (issue 8): each registration on the spot runs both.
const insertApplicationOnce = compiledOnce((db, v: NewApplication) =>
  db
    .insertInto('establishment_applications')
    .values({
      applicant_account_id: v.applicant_account_id,
      filed_by_account_id: v.filed_by_account_id,
      name: v.name,
      name_id: v.name_id,
      form: v.form,
      review: v.review,
      route: v.route,
      status: v.status,
      file_id: v.file_id,
      kind: v.kind,
    })
    .returning('id'),
);

export async function insertApplication(db: DbOrTx, row: NewApplication): Promise<number> {
  return (await insertApplicationOnce(db, row)).rows[0]!.id;
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
const markRegisteredOnce = compiledOnce((db, v: { id: number; uscc: string; at: Date }) =>
  db.updateTable('establishment_applications').set({ status: 'registered', uscc: v.uscc, decided_at: v.at }).where('id', '=', v.id).returningAll(),
);

export async function markRegistered(db: DbOrTx, id: number, uscc: string, at: Date): Promise<ApplicationRow> {
  const row = (await markRegisteredOnce(db, { id, uscc, at })).rows[0];
  if (row === undefined) throw new Error(`establishment application ${id} is not there to be marked registered`);
  return row;
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
