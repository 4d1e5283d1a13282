import type { SelectQueryBuilder } from 'kysely';
import type { Tables } from '../../db/tables.ts';
import { compiledOnce, compiledPerComposed } from '../../db/compiled-once.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';

type NotificationInsert = { account_id: number; kind: string; message_zh: string; message_en: string; data: Record<string, unknown> };
type EmailInsert = { subject: string; text_zh: string; text_en: string };
/** The accounts service's query of an account's mail address (accounts: mailAddressQuery), composed into the insert. */
type AddressQuery = (db: DbOrTx, accountId: number) => SelectQueryBuilder<Tables, 'accounts', { email: string }>;

/** The insert built and compiled once per way of finding the address (in practice one). */
const insertStatement = compiledPerComposed((address: AddressQuery) =>
  compiledOnce((db, v: Omit<NotificationInsert, 'data'> & EmailInsert & { data: string }) =>
    db
      .with('address', () => address(db, v.account_id))
      .with('n', (q) => q.insertInto('notifications').values({ account_id: v.account_id, kind: v.kind, message_zh: v.message_zh, message_en: v.message_en, data: v.data }).returning(['id']))
      .with('e', (q) =>
        q
          .insertInto('email_outbox')
          .columns(['notification_id', 'recipient', 'subject', 'text_zh', 'text_en'])
          .expression((eb) => eb.selectFrom(['n', 'address']).select((s) => ['n.id', 'address.email', s.val(v.subject).as('subject'), s.val(v.text_zh).as('text_zh'), s.val(v.text_en).as('text_en')]))
          .returning(['id']),
      )
      .selectFrom('n')
      .select((eb) => ['n.id', eb.selectFrom('e').select('e.id').as('email_id')]),
  ),
);

/**
 * A notification and, when `address` finds one, its e-mail in the outbox: one statement (a data-modifying WITH).
 * `address` selects one `email` column, or no row when no e-mail is to be sent.
 */
export async function insertNotificationAndEmail(db: DbOrTx, row: NotificationInsert, address: AddressQuery, email: EmailInsert): Promise<{ notificationId: number; emailId: number | null }> {
  const inserted = (await insertStatement(address)(db, { ...row, ...email, data: JSON.stringify(row.data) })).rows[0];
  if (!inserted) throw new Error('notification insert answered no row');
  return { notificationId: inserted.id, emailId: inserted.email_id ?? null };
}

export function listNotifications(db: DbOrTx, accountId: number) {
  return db.selectFrom('notifications').selectAll().where('account_id', '=', accountId).orderBy('id', 'desc').limit(200).execute();
}

export async function countUnread(db: DbOrTx, accountId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function markNotificationRead(db: DbOrTx, accountId: number, id: number, now: Date) {
  return db
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(now)) }))
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .returning(['id'])
    .executeTakeFirst();
}

export function listOutbox(db: DbOrTx, limit: number) {
  return db.selectFrom('email_outbox').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

/**
 * Locks up to `limit` e-mails due at `now` that no other process holds (SKIP LOCKED), so several
 * zimao processes over one PostgreSQL never take the same e-mail.
 */
export function lockDueEmails(tx: Tx, now: Date, maxAttempts: number, limit: number) {
  return tx
    .selectFrom('email_outbox')
    .selectAll()
    .where('status', '<>', 'sent')
    .where('attempts', '<', maxAttempts)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Counts an attempt and holds the e-mail until `leaseUntil`, so a crash mid-send only delays it. */
export function beginAttempt(tx: Tx, ids: number[], leaseUntil: Date) {
  return tx
    .updateTable('email_outbox')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil }))
    .where('id', 'in', ids)
    .execute();
}

export function markEmailSent(db: DbOrTx, id: number, now: Date) {
  // last_error stays: an e-mail sent on a later attempt still shows why the earlier one failed.
  return db.updateTable('email_outbox').set({ status: 'sent', sent_at: now, next_attempt_at: null }).where('id', '=', id).execute();
}

export function markEmailFailed(db: DbOrTx, id: number, error: string, retryAt: Date | null) {
  return db.updateTable('email_outbox').set({ status: 'failed', last_error: error, next_attempt_at: retryAt }).where('id', '=', id).execute();
}
