// PostgreSQL only (the postgres vitest project runs *.pg.test.ts): PGlite has one connection, so no
// second transaction can hold an outbox row while delivery runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverPendingEmails, type MailTransport } from '../../src/server/features/notifications/deliver-email.ts';
import { notify } from '../../src/server/features/notifications/service.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let withMail: Session;
beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) throw new Error('this file runs only against PostgreSQL (TEST_DATABASE_URL)');
  t = await createTestApp();
  // Only this file's e-mails: the demo's own (the demo company's registration notice) would be delivered too.
  await t.ctx.db.deleteFrom('email_outbox').execute();
  const admin = await t.login('admin');
  const res = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'locked-mail', displayName: 'Mail holder', password: 'holder-password-1', role: 'analyst', email: 'locked.mail@example.cn' } });
  expect(res.statusCode).toBe(201);
  withMail = await t.login('locked-mail', 'holder-password-1');
});
afterAll(async () => t?.close());

describe('e-mail delivery on PostgreSQL', () => {
  it('skips e-mails another process holds (FOR UPDATE SKIP LOCKED)', async () => {
    const ids: number[] = [];
    for (const kind of ['test.held', 'test.free']) {
      const r = await t.ctx.db.transaction().execute((tx) => notify(tx, { accountId: withMail.userId, kind, messageZh: kind, messageEn: kind, data: {} }));
      ids.push(r.emailId!);
    }
    const [held, free] = ids as [number, number];
    const sent: string[] = [];
    const transport: MailTransport = { sendMail: async (mail) => void sent.push(mail.text) };
    await t.ctx.db.transaction().execute(async (tx) => {
      await tx.selectFrom('email_outbox').select('id').where('id', '=', held).forUpdate().execute();
      // Another connection of the pool: it must not wait for the lock, and must not take the held row.
      expect(await deliverPendingEmails(t.ctx, transport)).toEqual({ sent: 1, failed: 0 });
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('test.free');
    const status = async (id: number) => (await t.ctx.db.selectFrom('email_outbox').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    expect(await status(free)).toBe('sent');
    expect(await status(held)).toBe('pending');
    expect(await deliverPendingEmails(t.ctx, transport)).toEqual({ sent: 1, failed: 0 });
    expect(await status(held)).toBe('sent');
  });
});
