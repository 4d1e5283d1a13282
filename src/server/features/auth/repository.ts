import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { compiledOnce, compiledPerComposed } from '../../db/compiled-once.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { Tables } from '../../db/tables.ts';

/** Queries for sessions and API tokens. Accounts themselves are read through the accounts feature. */

export function insertSession(db: DbOrTx, row: { tokenHash: string; accountId: number; csrfToken: string; expiresAt: Date }) {
  return db
    .insertInto('sessions')
    .values({ token_hash: row.tokenHash, account_id: row.accountId, csrf_token: row.csrfToken, expires_at: row.expiresAt })
    .execute();
}

type AccountSubquery<A> = (db: DbOrTx, id: RawBuilder<number>) => SelectQueryBuilder<Tables, 'accounts', { account: A }>;

/** The session read, built and compiled once per way of reading its account (in practice one): every signed-in request runs it. */
function sessionRead<A>(account: AccountSubquery<A>) {
  return compiledOnce((db, v: { tokenHash: string; now: Date }) =>
    db
      .selectFrom('sessions')
      .select(['account_id', 'csrf_token', 'expires_at'])
      .select(account(db, sql<number>`sessions.account_id`).as('account'))
      .where('token_hash', '=', v.tokenHash)
      .where('expires_at', '>', v.now),
  );
}
const sessionReads = compiledPerComposed((account: AccountSubquery<unknown>) => sessionRead(account));

/** A live session with its account, read through `account`: a subquery the accounts feature gives for the session's account_id. */
export async function findLiveSession<A>(db: DbOrTx, tokenHash: string, now: Date, account: AccountSubquery<A>) {
  const read = sessionReads(account as AccountSubquery<unknown>) as ReturnType<typeof sessionRead<A>>;
  return (await read(db, { tokenHash, now })).rows[0];
}

export function deleteSession(db: DbOrTx, tokenHash: string) {
  return db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export function deleteSessionsOfAccount(db: DbOrTx, accountId: number) {
  return db.deleteFrom('sessions').where('account_id', '=', accountId).execute();
}

export function insertApiToken(db: DbOrTx, row: { accountId: number; name: string; prefix: string; tokenHash: string }) {
  return db
    .insertInto('api_tokens')
    .values({ account_id: row.accountId, name: row.name, prefix: row.prefix, token_hash: row.tokenHash })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findLiveApiToken(db: DbOrTx, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'account_id'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export function touchApiToken(db: DbOrTx, id: number, now: Date) {
  return db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export function listApiTokens(db: DbOrTx, accountId: number) {
  return db.selectFrom('api_tokens').selectAll().where('account_id', '=', accountId).orderBy('id').execute();
}

export function revokeApiToken(db: DbOrTx, accountId: number, id: number, now: Date) {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .returning(['id'])
    .executeTakeFirst();
}
