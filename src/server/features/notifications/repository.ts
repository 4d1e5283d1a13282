import type { DbOrTx, Tx } from '../../db/database.ts';

type NotificationInsert = { account_id: number; kind: string; message_zh: string; message_en: string; data: Record<string, unknown> };
type EmailInsert = { recipient: string; subject: string; text_zh: string; text_en: string };

export function insertNotification(db: DbOrTx, row: NotificationInsert) {
  return db.insertInto('notifications').values({ ...row, data: JSON.stringify(row.data) }).returning(['id']).executeTakeFirstOrThrow();
}

/** A notification and its e-mail in the outbox, in one statement (a data-modifying WITH). */
export async function insertNotificationWithEmail(db: DbOrTx, row: NotificationInsert, email: EmailInsert): Promise<{ notificationId: number; emailId: number }> {
  const inserted = await db
    .with('n', (q) => q.insertInto('notifications').values({ ...row, data: JSON.stringify(row.data) }).returning(['id']))
    .insertInto('email_outbox')
    .columns(['notification_id', 'recipient', 'subject', 'text_zh', 'text_en'])
    .expression((eb) => eb.selectFrom('n').select((s) => ['n.id', s.val(email.recipient).as('recipient'), s.val(email.subject).as('subject'), s.val(email.text_zh).as('text_zh'), s.val(email.text_en).as('text_en')]))
    .returning(['id', 'notification_id'])
    .executeTakeFirstOrThrow();
  return { notificationId: inserted.notification_id!, emailId: inserted.id };
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
