// The database finishes each audit row's hash (audit_append, migration 0024): it must be exactly chainHash of the row,
// for any content — Chinese, emoji, quotes and escapes, nested values, a null subject — and one batch must chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainHash } from '../../../domain/audit/chain-hash.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { appendAudit, appendAuditBatch, verifyAuditChain } from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => t.close());

describe('audit_append', () => {
  it('hashes each row as chainHash does and chains a batch', async () => {
    const now = new Date('2026-11-24T02:00:00.123Z');
    const entries = [
      { actor: 'system:test', action: 'test.one', subject: '企业:91500000MA5U', request: { name: '重庆赤霞科技有限公司', note: 'quote " backslash \\ tab \t', emoji: '🏭', nested: { b: [1, 2.5, null, true], a: 'x' } }, result: { ok: true } },
      { actor: 'system:test', action: 'test.two', subject: null, request: {}, result: { n: -0.001, big: 12345678901234 } },
    ];
    const seqs = await t.ctx.db.transaction().execute((tx) => appendAuditBatch(tx, entries, now));
    const single = await t.ctx.db.transaction().execute((tx) => appendAudit(tx, { actor: 'system:test', action: 'test.three', subject: 'x', request: { password: 'secret' }, result: {} }, now));
    expect(seqs.map((s) => s + 1)).toEqual([seqs[0]! + 1, single]);
    const rows = await t.ctx.db.selectFrom('audit_log').selectAll().where('seq', '>=', seqs[0]!).orderBy('seq').execute();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const record = { seq: Number(row.seq), occurredAt: row.occurred_at.toISOString(), actor: row.actor, action: row.action, subject: row.subject, request: row.request, result: row.result };
      expect(row.hash).toBe(chainHash(row.prev_hash, record));
    }
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    expect(rows[2]!.request).toEqual({ password: '[redacted]' });
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true, firstBroken: null });
  });
});
