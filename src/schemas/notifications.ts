import { z } from 'zod';

/** A message to one account, e.g. a deadline moved when a year's schedule was loaded. */
export const NotificationView = z.object({
  id: z.number().int(),
  kind: z.string().describe('What happened, `feature.event`, e.g. deadline.moved'),
  message: z.string().describe('The message in Chinese'),
  messageEn: z.string().describe('The message in English'),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;
export const NotificationsResponse = z.object({ items: z.array(NotificationView) });
export type NotificationsResponse = z.infer<typeof NotificationsResponse>;

export const UnreadCountResponse = z.object({ unread: z.number().int().min(0).describe('My notifications not yet marked read') });
export type UnreadCountResponse = z.infer<typeof UnreadCountResponse>;

export const EmailStatus = z
  .enum(['pending', 'sent', 'failed'])
  .describe('pending: not sent yet (without SMTP_URL it stays so: the development outbox); sent; failed: the last attempt failed (retried later until the attempts run out)');
export type EmailStatus = z.infer<typeof EmailStatus>;

/** One e-mail copy of a notification, as it was or would be sent. */
export const EmailOutboxItem = z.object({
  id: z.number().int(),
  notificationId: z.number().int().nullable().describe('The in-app notification the e-mail copies'),
  recipient: z.string(),
  subject: z.string(),
  textZh: z.string().describe('The Chinese part of the message'),
  textEn: z.string().describe('The English part of the message'),
  text: z.string().describe('The plain-text body exactly as sent: Chinese, then English'),
  status: EmailStatus,
  attempts: z.number().int().describe('Delivery attempts so far'),
  lastError: z.string().nullable().describe("The last failed attempt's error"),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable().describe('When a failed e-mail is tried again; null when it is not'),
});
export type EmailOutboxItem = z.infer<typeof EmailOutboxItem>;
export const EmailOutboxResponse = z.object({ items: z.array(EmailOutboxItem).describe('The latest 200, newest first') });
export type EmailOutboxResponse = z.infer<typeof EmailOutboxResponse>;
