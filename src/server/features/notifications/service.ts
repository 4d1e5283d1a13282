import { AppError } from '../../../domain/app-error.ts';
import type { EmailOutboxItem, EmailStatus, NotificationView } from '../../../schemas/notifications.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { mailAddressQuery } from '../accounts/service.ts';
import * as repo from './repository.ts';

export interface NotifyInput {
  accountId: number;
  /** What happened, `feature.event`, e.g. `deadline.moved`. */
  kind: string;
  messageZh: string;
  messageEn: string;
  data: Record<string, unknown>;
  /** The e-mail's subject line; a generic bilingual one when absent. */
  subject?: string;
}

export interface NotifyResult {
  notificationId: number;
  /** The queued e-mail, or null when the account has no address (or is disabled). */
  emailId: number | null;
}

const DEFAULT_SUBJECT = '自贸 zimao 通知 / zimao notification';
const SUBJECT_MAX = 200;
const FOOTER = [
  '—',
  '自贸 zimao · 中国（重庆）自由贸易试验区管理平台',
  'China (Chongqing) Pilot Free Trade Zone administration platform',
  '此邮件由系统自动发送，请勿直接回复。This message was sent automatically; please do not reply.',
].join('\n');

/** One line, at most 200 characters: a subject never carries a line break into the mail header. */
function subjectLine(subject: string | undefined): string {
  const line = (subject ?? '').replace(/\s+/g, ' ').trim();
  if (!line) return DEFAULT_SUBJECT;
  return line.length > SUBJECT_MAX ? `${line.slice(0, SUBJECT_MAX - 1)}…` : line;
}

/** The plain-text body of a notification e-mail: the Chinese message, then the English one, then who sent it. */
export function emailText(textZh: string, textEn: string): string {
  return `${textZh}\n\n${textEn}\n\n${FOOTER}\n`;
}

/**
 * Notifies an account inside the caller's transaction: the in-app notification and, when the
 * account has an e-mail address and is not disabled, an e-mail in the outbox. Both commit with
 * the change that caused them, or neither does.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<NotifyResult> {
  const notification = { account_id: input.accountId, kind: input.kind, message_zh: input.messageZh, message_en: input.messageEn, data: input.data };
  // The account's address, the notification and its e-mail in one statement: two round trips fewer on every write
  // that notifies (issue 8). No address (or a disabled account): the notification alone.
  const email = { subject: subjectLine(input.subject), text_zh: input.messageZh, text_en: input.messageEn };
  return repo.insertNotificationAndEmail(tx, notification, mailAddressQuery, email);
}

export async function listNotifications(db: DbOrTx, actor: AccountActor): Promise<NotificationView[]> {
  const rows = await repo.listNotifications(db, actor.account.id);
  return rows.map((n) => ({ id: n.id, kind: n.kind, message: n.message_zh, messageEn: n.message_en, data: n.data, createdAt: n.created_at.toISOString(), readAt: n.read_at?.toISOString() ?? null }));
}

export async function unreadCount(db: DbOrTx, actor: AccountActor): Promise<number> {
  return repo.countUnread(db, actor.account.id);
}

/** Marks one of the actor's notifications read (again: the first reading time stays); NOT_FOUND for anyone else's. */
export async function markNotificationRead(ctx: AppContext, tx: Tx, actor: AccountActor, id: number): Promise<void> {
  if (!(await repo.markNotificationRead(tx, actor.account.id, id, ctx.now()))) {
    throw new AppError('NOT_FOUND', { field: 'id', message: `no notification ${id} of yours` });
  }
}

/** The latest 200 e-mails, newest first: what was sent, or, without SMTP, what would have been. */
export async function listOutbox(db: DbOrTx): Promise<EmailOutboxItem[]> {
  const rows = await repo.listOutbox(db, 200);
  return rows.map((r) => ({
    id: r.id,
    notificationId: r.notification_id,
    recipient: r.recipient,
    subject: r.subject,
    textZh: r.text_zh,
    textEn: r.text_en,
    text: emailText(r.text_zh, r.text_en),
    status: r.status as EmailStatus,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at?.toISOString() ?? null,
    nextAttemptAt: r.next_attempt_at?.toISOString() ?? null,
  }));
}
