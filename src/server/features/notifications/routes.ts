import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse, OkResponse, SerialId } from '../../../schemas/common.ts';
import { EmailOutboxResponse, NotificationsResponse, UnreadCountResponse } from '../../../schemas/notifications.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requireAccount, requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as notifications from './service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const tags = ['notifications'];

export function registerNotificationRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/me/notifications',
    { schema: { tags, summary: 'My notifications, newest first (the latest 200)', response: { 200: NotificationsResponse, 401: ErrorResponse } } },
    async (req) => ({ items: await notifications.listNotifications(ctx.db, requireAccount(req)) }),
  );
  app.get(
    '/api/me/notifications/unread-count',
    { schema: { tags, summary: 'How many of my notifications are unread', response: { 200: UnreadCountResponse, 401: ErrorResponse } } },
    async (req) => ({ unread: await notifications.unreadCount(ctx.db, requireAccount(req)) }),
  );
  app.post(
    '/api/me/notifications/:id/read',
    { schema: { tags, summary: 'Mark one of my notifications read', params: z.object({ id: SerialId }), response: { 200: OkResponse, ...errors } } },
    async (req, reply) => {
      const actor = requireAccount(req);
      return auditedWrite(ctx, req, reply, { action: 'notification.read', subject: `notification:${req.params.id}` }, async (tx) => {
        await notifications.markNotificationRead(ctx, tx, actor, req.params.id);
        return { body: { ok: true as const } };
      });
    },
  );
  app.get(
    '/api/admin/email-outbox',
    {
      schema: {
        tags,
        summary: 'The latest 200 e-mails, newest first: sent, failed, or (without SMTP_URL) what would have been sent (administrator)',
        response: { 200: EmailOutboxResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (req) => {
      requirePermission(req, Permission.EMAIL_OUTBOX_READ);
      return { items: await notifications.listOutbox(ctx.db) };
    },
  );
}
