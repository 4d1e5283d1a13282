// The database finishes each audit row's hash at commit (audit_seal, migration 0028): it must be exactly chainHash of
// the row, for any content — Chinese, emoji, quotes and escapes, nested values, a null subject — and one batch must
// chain; a row is in audit_log only once its transaction has committed, and a rolled-back one never.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainHash } from '../../../domain/audit/chain-hash.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { appendAudit, appendAuditBatch, verifyAuditChain } from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => t.close());

describe('audit_seal', () => {
  it('hashes each row as chainHash does and chains a batch', async () => {
    const now = new Date('2026-11-24T02:00:00.123Z');
    const entries = [
      { actor: 'system:test', action: 'test.one', subject: '企业:91500000MA5U', request: { name: '重庆赤霞科技有限公司', note: 'quote " backslash \\ tab \t', emoji: '🏭', nested: { b: [1, 2.5, null, true], a: 'x' } }, result: { ok: true } },
      { actor: 'system:test', action: 'test.two', subject: null, request: {}, result: { n: -0.001, big: 12345678901234 } },
    ];
    const before = await t.ctx.db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow();
    const inside = await t.ctx.db.transaction().execute(async (tx) => {
      await appendAuditBatch(tx, entries, now);
      return (await tx.selectFrom('audit_log').select('seq').where('seq', '>', before.seq).execute()).length;
    });
    expect(inside).toBe(0); // numbered at commit, not before
    await t.ctx.db.transaction().execute((tx) => appendAudit(tx, { actor: 'system:test', action: 'test.three', subject: 'x', request: { password: 'secret' }, result: {} }, now));
    const rows = await t.ctx.db.selectFrom('audit_log').selectAll().where('seq', '>', before.seq).orderBy('seq').execute();
    expect(rows.map((r) => [Number(r.seq), r.action])).toEqual([
      [Number(before.seq) + 1, 'test.one'],
      [Number(before.seq) + 2, 'test.two'],
      [Number(before.seq) + 3, 'test.three'],
    ]);
    for (const row of rows) {
      const record = { seq: Number(row.seq), occurredAt: row.occurred_at.toISOString(), actor: row.actor, action: row.action, subject: row.subject, request: row.request, result: row.result };
      expect(row.hash).toBe(chainHash(row.prev_hash, record));
    }
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    expect(rows[2]!.request).toEqual({ password: '[redacted]' });
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true, firstBroken: null });
  });

  it('keeps nothing of a transaction that rolls back, and leaves no pending row after a commit', async () => {
    const now = new Date('2026-11-24T03:00:00Z');
    const head = await t.ctx.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    const attempt = t.ctx.db.transaction().execute(async (tx) => {
      await appendAudit(tx, { actor: 'system:test', action: 'test.rolled-back', subject: null, request: {}, result: {} }, now);
      throw new Error('the change failed');
    });
    await expect(attempt).rejects.toThrow('the change failed');
    expect(await t.ctx.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()).toEqual(head);
    expect(await t.ctx.db.selectFrom('audit_log').select('seq').where('action', '=', 'test.rolled-back').execute()).toEqual([]);
    expect((await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_pending`.execute(t.ctx.db)).rows[0]!.n).toBe(0);
  });
});
