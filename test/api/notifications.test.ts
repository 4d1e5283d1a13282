import nodemailer from 'nodemailer';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/server/context.ts';
import { DEFAULT_MAIL_FROM } from '../../src/server/config.ts';
import { deliverPendingEmails, MAX_ATTEMPTS, startEmailDelivery, type MailTransport, type OutgoingMail } from '../../src/server/features/notifications/deliver-email.ts';
import { notify } from '../../src/server/features/notifications/service.ts';
import { createTestApp, errorOf, TEST_NOW, type Session, type TestApp } from '../helpers/test-app.ts';
import { sealAuditTrail } from '../../src/server/features/audit/service.ts';

let t: TestApp;
let admin: Session;
/** A window officer with an e-mail address, and one without. */
let withMail: Session;
let withoutMail: Session;

beforeAll(async () => {
  t = await createTestApp();
  // The demo's own e-mail (the notice of the demo company's registration) is not this file's subject: it counts
  // and delivers the deadline notices it causes itself.
  await t.ctx.db.deleteFrom('email_outbox').execute();
  admin = await t.login('admin');
  withMail = await createOfficer('holder-mail', 'holder.mail@example.cn');
  withoutMail = await createOfficer('holder-none', undefined);
});
afterAll(async () => t.close());

async function createOfficer(username: string, email: string | undefined): Promise<Session> {
  const password = 'holder-password-1';
  const res = await t.request('POST', '/api/accounts', {
    as: admin,
    body: { username, displayName: username, password, role: 'window_officer', ...(email ? { email } : {}) },
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().email).toBe(email ?? null);
  return t.login(username, password);
}

const outbox = () => t.ctx.db.selectFrom('email_outbox').selectAll().orderBy('id').execute();
const notificationsOf = (s: Session) => t.ctx.db.selectFrom('notifications').selectAll().where('account_id', '=', s.userId).orderBy('id').execute();
const unread = async (s: Session) => {
  const res = await t.request('GET', '/api/me/notifications/unread-count', { as: s });
  expect(res.statusCode).toBe(200);
  return res.json().unread as number;
};
/** The same context at another instant: delivery reads the clock from it. */
const at = (iso: string): AppContext => ({ ...t.ctx, now: () => new Date(iso) });
const failing = (message: string) => {
  const calls: OutgoingMail[] = [];
  const transport: MailTransport = {
    sendMail: async (mail) => {
      calls.push(mail);
      throw new Error(message);
    },
  };
  return { transport, calls };
};

describe('notifying deadline holders', () => {
  it('a calendar change that moves a deadline notifies its holder in-app and queues an e-mail only when the holder has an address', async () => {
    for (const s of [withMail, withoutMail]) {
      const res = await t.request('POST', '/api/calendar/deadlines', { as: s, body: { subject: 'test: notice', from: '2026-12-07', workingDays: 2 } });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().due).toBe('2026-12-09');
    }
    expect(await t.count('email_outbox')).toBe(0);

    const res = await t.request('PUT', '/api/calendar/overrides/2026-12-08', { as: admin, body: { workday: false, reason: 'emergency: fog', name: '临时停工' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ deadlinesChanged: 2, holdersNotified: 2 });

    // In-app, for both holders.
    for (const s of [withMail, withoutMail]) {
      const items = (await t.request('GET', '/api/me/notifications', { as: s })).json().items as { id: number; kind: string; message: string; messageEn: string; data: Record<string, unknown>; readAt: string | null }[];
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ kind: 'deadline.moved', readAt: null, data: { subject: 'test: notice', previousDue: '2026-12-09', due: '2026-12-10', provisional: false } });
      expect(items[0]!.message).toContain('2026-12-10');
      expect(items[0]!.messageEn).toContain('moved from 2026-12-09 to 2026-12-10');
    }

    // One e-mail, to the holder with an address, tied to its notification; none for the other.
    const [note] = await notificationsOf(withMail);
    const rows = await outbox();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      notification_id: note!.id,
      recipient: 'holder.mail@example.cn',
      status: 'pending',
      attempts: 0,
      last_error: null,
      sent_at: null,
      next_attempt_at: null,
      text_zh: note!.message_zh,
      text_en: note!.message_en,
    });
    expect(rows[0]!.subject).toContain('test: notice');
    expect(rows[0]!.subject).not.toMatch(/[\r\n]/);
  });

  it('writes the notification and its e-mail in the caller’s transaction: a rolled-back change leaves neither', async () => {
    const notes = await t.count('notifications');
    const emails = await t.count('email_outbox');
    await expect(
      t.ctx.db.transaction().execute(async (tx) => {
        const r = await notify(tx, { accountId: withMail.userId, kind: 'test.rollback', messageZh: '回滚', messageEn: 'rolled back', data: {} });
        expect(r.emailId).not.toBeNull();
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.count('notifications')).toBe(notes);
    expect(await t.count('email_outbox')).toBe(emails);
  });

  it('counts unread notifications and marks them read', async () => {
    expect(await unread(withMail)).toBe(1);
    const [note] = await notificationsOf(withMail);
    const res = await t.request('POST', `/api/me/notifications/${note!.id}/read`, { as: withMail });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(await unread(withMail)).toBe(0);
    const readAt = (await notificationsOf(withMail))[0]!.read_at;
    expect(readAt).toEqual(TEST_NOW);
    // Marking again answers ok and keeps the first reading time.
    expect((await t.request('POST', `/api/me/notifications/${note!.id}/read`, { as: withMail })).statusCode).toBe(200);
    expect((await notificationsOf(withMail))[0]!.read_at).toEqual(readAt);
  });

  it('refuses to mark someone else’s notification (404) and changes nothing', async () => {
    const [theirs] = await notificationsOf(withoutMail);
    expect(theirs!.read_at).toBeNull();
    const before = await t.ctx.db.selectFrom('notifications').selectAll().orderBy('id').execute();
    const res = await t.request('POST', `/api/me/notifications/${theirs!.id}/read`, { as: withMail });
    expect(errorOf(res)).toMatchObject({ status: 404, code: 'NOT_FOUND', field: 'id' });
    expect(await t.ctx.db.selectFrom('notifications').selectAll().orderBy('id').execute()).toEqual(before);
    expect(await unread(withoutMail)).toBe(1);
    // The refusal is in the audit trail, once sealed.
    await sealAuditTrail(t.ctx.db);
    const last = await t.ctx.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'notification.read', result: { refused: 'NOT_FOUND', field: 'id' } });
    // An unknown id, and the public.
    expect(errorOf(await t.request('POST', '/api/me/notifications/999999/read', { as: withMail }))).toMatchObject({ status: 404 });
    expect(errorOf(await t.request('POST', `/api/me/notifications/${theirs!.id}/read`))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(errorOf(await t.request('GET', '/api/me/notifications/unread-count'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});

describe('the e-mail outbox', () => {
  it('is shown to administrators only, newest first, with the text that is or would be sent', async () => {
    // Removing the rest day moves the deadlines back: a second e-mail.
    expect((await t.request('DELETE', '/api/calendar/overrides/2026-12-08', { as: admin })).statusCode).toBe(200);
    const res = await t.request('GET', '/api/admin/email-outbox', { as: admin });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: number; recipient: string; subject: string; textZh: string; textEn: string; text: string; status: string; attempts: number; sentAt: string | null; createdAt: string }[];
    expect(items).toHaveLength(2);
    expect(items[0]!.id).toBeGreaterThan(items[1]!.id);
    expect(items[0]).toMatchObject({ recipient: 'holder.mail@example.cn', status: 'pending', attempts: 0, sentAt: null });
    expect(items[0]!.textEn).toContain('moved from 2026-12-10 to 2026-12-09');
    expect(items[0]!.text).toContain(items[0]!.textZh);
    expect(items[0]!.text).toContain(items[0]!.textEn);
    expect(items[0]!.text.indexOf(items[0]!.textZh)).toBeLessThan(items[0]!.text.indexOf(items[0]!.textEn));

    for (const username of ['window', 'reviewer', 'area-lj', 'analyst', 'inspector', 'applicant']) {
      const other = await t.request('GET', '/api/admin/email-outbox', { as: await t.login(username) });
      expect(errorOf(other), username).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      expect(other.body).not.toContain('holder.mail@example.cn');
    }
    const anonymous = await t.request('GET', '/api/admin/email-outbox');
    expect(errorOf(anonymous)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(anonymous.body).not.toContain('holder.mail@example.cn');
  });
});

describe('delivering e-mail', () => {
  it('sends nothing without SMTP: the rows stay pending as the development outbox', async () => {
    const before = await outbox();
    expect(before.length).toBeGreaterThan(0);
    expect(await deliverPendingEmails(t.ctx, null)).toEqual({ sent: 0, failed: 0 });
    expect(startEmailDelivery(t.ctx, { smtpUrl: null, from: DEFAULT_MAIL_FROM })).toBeNull();
    expect(await outbox()).toEqual(before);
  });

  it('marks e-mails failed with the attempt and the error when the transport fails, and retries them later', async () => {
    const pending = await outbox();
    const { transport, calls } = failing('550 5.1.1 mailbox unavailable');
    expect(await deliverPendingEmails(t.ctx, transport)).toEqual({ sent: 0, failed: pending.length });
    expect(calls.map((c) => c.to)).toEqual(pending.map((r) => r.recipient));
    for (const row of await outbox()) {
      expect(row).toMatchObject({ status: 'failed', attempts: 1, last_error: '550 5.1.1 mailbox unavailable', sent_at: null });
      expect(row.next_attempt_at).toEqual(new Date(TEST_NOW.getTime() + 60_000));
    }
    // Not due yet: nothing is tried.
    const again = failing('should not be called');
    expect(await deliverPendingEmails(t.ctx, again.transport)).toEqual({ sent: 0, failed: 0 });
    expect(again.calls).toEqual([]);

    // Two minutes later, through nodemailer's JSON transport (no network): sent.
    const json = nodemailer.createTransport({ jsonTransport: true });
    const messages: { from: { address: string }; to: { address: string }[]; subject: string; text: string }[] = [];
    const recording: MailTransport = {
      sendMail: async (mail) => {
        const info = await json.sendMail(mail);
        messages.push(JSON.parse(info.message));
        return info;
      },
    };
    const later = '2026-11-24T02:02:00.000Z';
    expect(await deliverPendingEmails(at(later), recording)).toEqual({ sent: pending.length, failed: 0 });
    for (const row of await outbox()) {
      expect(row).toMatchObject({ status: 'sent', attempts: 2, next_attempt_at: null, last_error: '550 5.1.1 mailbox unavailable' });
      expect(row.sent_at).toEqual(new Date(later));
    }
    expect(messages).toHaveLength(pending.length);
    expect(messages[0]).toMatchObject({ from: { address: 'no-reply@zimao.local' }, to: [{ address: 'holder.mail@example.cn' }], subject: pending[0]!.subject });
    expect(messages[0]!.text).toContain(pending[0]!.text_zh);
    expect(messages[0]!.text).toContain(pending[0]!.text_en);

    // Sent e-mails are never sent again.
    expect(await deliverPendingEmails(at('2026-11-25T00:00:00Z'), recording)).toEqual({ sent: 0, failed: 0 });
    expect(messages).toHaveLength(pending.length);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts and leaves the e-mail failed`, async () => {
    const { emailId } = await t.ctx.db.transaction().execute((tx) =>
      notify(tx, { accountId: withMail.userId, kind: 'test.bounce', messageZh: '测试', messageEn: 'test', data: {}, subject: 'bounce\r\nBcc: someone@example.cn' }),
    );
    expect(emailId).not.toBeNull();
    const row = () => t.ctx.db.selectFrom('email_outbox').selectAll().where('id', '=', emailId!).executeTakeFirstOrThrow();
    expect((await row()).subject).toBe('bounce Bcc: someone@example.cn');
    const { transport, calls } = failing('connection refused');
    let clock = TEST_NOW.getTime();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      clock += 2 * 3_600_000;
      expect(await deliverPendingEmails(at(new Date(clock).toISOString()), transport)).toEqual({ sent: 0, failed: 1 });
      expect(await row()).toMatchObject({ status: 'failed', attempts: attempt });
    }
    expect(await row()).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, next_attempt_at: null, last_error: 'connection refused' });
    expect(await deliverPendingEmails(at('2027-06-01T00:00:00Z'), transport)).toEqual({ sent: 0, failed: 0 });
    expect(calls).toHaveLength(MAX_ATTEMPTS);
  });

  it('runs periodically when SMTP is configured, and stops', async () => {
    const { emailId } = await t.ctx.db.transaction().execute((tx) =>
      notify(tx, { accountId: withMail.userId, kind: 'test.timer', messageZh: '定时', messageEn: 'timer', data: {} }),
    );
    const sent: OutgoingMail[] = [];
    let closed = false;
    const delivery = startEmailDelivery(
      t.ctx,
      { smtpUrl: 'smtp://user:secret@mail.invalid:587', from: 'zimao test <test@zimao.local>' },
      {
        intervalMs: 60_000,
        transport: {
          sendMail: async (mail) => void sent.push(mail),
          close: () => void (closed = true),
        },
      },
    );
    expect(delivery).not.toBeNull();
    await delivery!.stop(); // waits for the first run, which starts at once
    expect(sent.map((m) => [m.to, m.from])).toEqual([['holder.mail@example.cn', 'zimao test <test@zimao.local>']]);
    expect(closed).toBe(true);
    expect(await t.ctx.db.selectFrom('email_outbox').select('status').where('id', '=', emailId!).executeTakeFirstOrThrow()).toEqual({ status: 'sent' });
  });
});

describe('e-mail addresses of accounts', () => {
  it('are optional, validated, changeable and removable', async () => {
    const bad = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'bad-mail', displayName: 'x', password: 'holder-password-1', role: 'analyst', email: 'not an address' } });
    expect(errorOf(bad)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'email' });
    const changed = await t.request('PATCH', `/api/accounts/${withoutMail.userId}`, { as: admin, body: { email: '  holder.none@example.cn ' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().email).toBe('holder.none@example.cn');
    expect((await t.request('GET', '/api/auth/me', { as: withoutMail })).json().user.email).toBe('holder.none@example.cn');
    const removed = await t.request('PATCH', `/api/accounts/${withoutMail.userId}`, { as: admin, body: { email: null } });
    expect(removed.json().email).toBeNull();
  });

  it('no e-mail goes to a disabled account, though its notification is kept; enabled again, it gets mail', async () => {
    const officer = await createOfficer('holder-disabled', 'holder.disabled@example.cn');
    const send = (kind: string) => t.ctx.db.transaction().execute((tx) => notify(tx, { accountId: officer.userId, kind, messageZh: '停用', messageEn: 'disabled', data: {} }));
    const disabled = await t.request('PATCH', `/api/accounts/${officer.userId}`, { as: admin, body: { disabled: true } });
    expect(disabled.statusCode, disabled.body).toBe(200);
    const emails = await t.count('email_outbox');
    const whileDisabled = await send('test.disabled');
    expect(whileDisabled.emailId).toBeNull();
    expect(await t.count('email_outbox')).toBe(emails);
    expect((await notificationsOf(officer)).map((n) => [n.id, n.kind])).toEqual([[whileDisabled.notificationId, 'test.disabled']]);

    expect((await t.request('PATCH', `/api/accounts/${officer.userId}`, { as: admin, body: { disabled: false } })).statusCode).toBe(200);
    const enabled = await send('test.enabled');
    const mail = await t.ctx.db.selectFrom('email_outbox').selectAll().where('id', '=', enabled.emailId!).executeTakeFirstOrThrow();
    expect(mail).toMatchObject({ notification_id: enabled.notificationId, recipient: 'holder.disabled@example.cn', text_en: 'disabled' });
  });

  it('are checked by the database too (accounts_email_check)', async () => {
    await expect(sql`UPDATE accounts SET email = 'no-at-sign' WHERE id = ${withoutMail.userId}`.execute(t.ctx.db)).rejects.toThrow(/accounts_email_check/);
  });

  it('the outbox lists the latest 200 only', async () => {
    await t.ctx.db
      .insertInto('email_outbox')
      .values(Array.from({ length: 205 }, (_, i) => ({ notification_id: null, recipient: `bulk${i}@example.cn`, subject: `bulk ${i}`, text_zh: '批量', text_en: 'bulk' })))
      .execute();
    const items = (await t.request('GET', '/api/admin/email-outbox', { as: admin })).json().items as { id: number; subject: string }[];
    expect(items).toHaveLength(200);
    expect(items[0]!.subject).toBe('bulk 204');
    expect(items.map((i) => i.id)).toEqual([...items.map((i) => i.id)].sort((a, b) => b - a));
  });
});
