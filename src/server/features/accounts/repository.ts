import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { UserColumns } from './account-view.ts';
import type { AccountChanges, NewAccount } from '../../db/tables.ts';

export function findAccountById(db: DbOrTx, id: number) {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAccountByUsername(db: DbOrTx, username: string) {
  return db.selectFrom('accounts').selectAll().where('username', '=', username).executeTakeFirst();
}

/** The address e-mail goes to for this account: one row when it has one and is not disabled, else none. */
export function mailAddressOf(db: DbOrTx, id: number) {
  return db.selectFrom('accounts').select((eb) => eb.ref('email').$notNull().as('email')).where('id', '=', id).where('email', 'is not', null).where('disabled', '=', false);
}

/**
 * A subquery for another feature's statement: the columns of a user view of the account whose id `id` names (a column
 * of that statement), as one JSON object, or null when there is no such account. The session read carries its account
 * with it this way (issue 8: one statement for every signed-in request instead of two).
 */
export function userColumnsSubquery(db: DbOrTx, id: RawBuilder<number>) {
  return db
    .selectFrom('accounts')
    .select(
      sql<UserColumns>`json_build_object('id', id, 'username', username, 'display_name', display_name, 'role', role, 'department_code', department_code, 'area_code', area_code, 'email', email, 'disabled', disabled)`.as(
        'account',
      ),
    )
    .where('id', '=', id);
}

/**
 * A subquery for another feature's statement: the display names of the accounts whose ids `ids` yields (an int[]
 * expression of that statement), as JSON pairs [[id, name], …].
 */
export function displayNamesSubquery(db: DbOrTx, ids: RawBuilder<number[]>) {
  return db
    .selectFrom('accounts')
    .select(sql<[number, string][] | null>`coalesce(json_agg(json_build_array(id, display_name)), '[]')`.as('names'))
    .where('id', '=', sql<number>`any(${ids})`);
}

/** The display names of the accounts with these ids (one array parameter, so one statement text for any count). */
export function displayNamesOf(db: DbOrTx, ids: readonly number[]) {
  return db.selectFrom('accounts').select(['id', 'display_name']).where('id', '=', sql<number>`any(${[...ids]}::int[])`).execute();
}

/** Active accounts that are not applicants (the officers), of one role and department when given, by id. */
export function listActiveStaff(db: DbOrTx, filter: { role?: string | undefined; departmentCode?: string | undefined }) {
  let q = db.selectFrom('accounts').selectAll().where('disabled', '=', false).where('role', '<>', 'applicant');
  if (filter.role) q = q.where('role', '=', filter.role);
  if (filter.departmentCode) q = q.where('department_code', '=', filter.departmentCode);
  return q.orderBy('id').execute();
}

export function listAccounts(db: DbOrTx) {
  return db.selectFrom('accounts').selectAll().orderBy('id').execute();
}

/**
 * Active applicant accounts whose username or display name contains `text` (case-insensitive; LIKE's wildcards
 * in it are matched as text), by display name, at most `limit`.
 */
export function searchActiveApplicants(db: DbOrTx, text: string | undefined, limit: number) {
  let query = db.selectFrom('accounts').select(['id', 'username', 'display_name']).where('role', '=', 'applicant').where('disabled', '=', false);
  if (text) {
    const like = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb(sql<string>`lower(username)`, 'like', like), eb(sql<string>`lower(display_name)`, 'like', like)]));
  }
  return query.orderBy('display_name').orderBy('id').limit(limit).execute();
}

export function insertAccount(db: DbOrTx, row: NewAccount) {
  return db
    .insertInto('accounts')
    .values(row)
    .onConflict((oc) => oc.constraint('accounts_username_key').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateAccount(
  db: DbOrTx,
  id: number,
  changes: Pick<AccountChanges, 'display_name' | 'role' | 'department_code' | 'area_code' | 'password_hash' | 'disabled' | 'email'>,
  now: Date,
) {
  return db
    .updateTable('accounts')
    .set({ ...changes, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
