// Change applications (migration 0015), the form an enterprise is registered with now, and the filings of its
// articles of association (migration 0017). Queries only.
import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { ArticlesFilingsTable, ChangeApplicationsTable } from '../../db/tables.ts';

export type ChangeRow = Selectable<ChangeApplicationsTable>;

export async function insertChange(db: DbOrTx, row: Insertable<ChangeApplicationsTable>): Promise<number> {
  return (await db.insertInto('change_applications').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findChange(db: DbOrTx, id: number) {
  return db.selectFrom('change_applications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the change row until the transaction ends (two officers registering one change at once). */
export function lockChange(db: DbOrTx, id: number) {
  return db.selectFrom('change_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function listChanges(db: DbOrTx, uscc: string, filter: { status?: ChangeRow['status'] } = {}, limit = 200) {
  let q = db.selectFrom('change_applications').selectAll().where('uscc', '=', uscc);
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

export async function markChangeRegistered(db: DbOrTx, id: number, licenceVersion: number | null, at: Date): Promise<void> {
  await db.updateTable('change_applications').set({ status: 'registered', licence_version: licenceVersion, decided_at: at }).where('id', '=', id).execute();
}

export async function markChangeRejected(db: DbOrTx, id: number, at: Date): Promise<void> {
  await db.updateTable('change_applications').set({ status: 'rejected', decided_at: at }).where('id', '=', id).execute();
}

/**
 * The form the enterprise is registered with now: that of its latest registered change, else that of its
 * establishment (null for an enterprise not established through zimao).
 */
export async function currentForm(db: DbOrTx, uscc: string): Promise<Record<string, unknown> | null> {
  const change = await db
    .selectFrom('change_applications')
    .select('form')
    .where('uscc', '=', uscc)
    .where('status', '=', 'registered')
    // Changes are decided in the order filed: a change under review holds back the next (changes.ts).
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (change) return change.form;
  const established = await db.selectFrom('establishment_applications').select('form').where('uscc', '=', uscc).where('status', '=', 'registered').executeTakeFirst();
  return established?.form ?? null;
}

export type ArticlesFilingRow = Selectable<ArticlesFilingsTable>;

export async function insertArticlesFiling(db: DbOrTx, row: Insertable<ArticlesFilingsTable>): Promise<ArticlesFilingRow> {
  return db.insertInto('articles_filings').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The filings without their bytes, newest first: the first one is in force. */
export function listArticlesFilings(db: DbOrTx, uscc: string) {
  return db.selectFrom('articles_filings').select(['id', 'uscc', 'name', 'media_type', 'sha256', 'size_bytes', 'adopted_on', 'amendment', 'filed_by_account_id', 'filed_at']).where('uscc', '=', uscc).orderBy('id', 'desc').execute();
}

export function findArticlesFiling(db: DbOrTx, uscc: string, id: number) {
  return db.selectFrom('articles_filings').selectAll().where('uscc', '=', uscc).where('id', '=', id).executeTakeFirst();
}
