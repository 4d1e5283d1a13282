// A write's audit rows commit unsealed with its change, and the database chains them afterwards (audit_seal_committed,
// migration 0031): each hash must be exactly chainHash of the row, for any content — Chinese, emoji, quotes and
// escapes, nested values, a null subject — and one batch must chain; a rolled-back transaction leaves nothing, and
// readers of the trail see their own writes sealed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainHash } from '../../../domain/audit/chain-hash.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { appendAudit, appendAuditBatch, listAudit, sealAuditTrail, verifyAuditChain, verifyChainUpTo } from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => t.close());

const unsealedActions = async () => (await t.ctx.db.selectFrom('audit_unsealed').select('action').orderBy('id').execute()).map((r) => r.action);

describe('sealing the audit trail after the commit', () => {
  it('keeps the rows unsealed until the seal, then hashes each as chainHash does and chains them in the order written', async () => {
    await sealAuditTrail(t.ctx.db);
    const now = new Date('2026-11-24T02:00:00.123Z');
    const entries = [
      { actor: 'system:test', action: 'test.one', subject: '企业:91500000MA5U', request: { name: '重庆赤霞科技有限公司', note: 'quote " backslash \\ tab \t', emoji: '🏭', nested: { b: [1, 2.5, null, true], a: 'x' } }, result: { ok: true } },
      { actor: 'system:test', action: 'test.two', subject: null, request: {}, result: { n: -0.001, big: 12345678901234 } },
    ];
    const before = await t.ctx.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    await t.ctx.db.transaction().execute((tx) => appendAuditBatch(tx, entries, now));
    await t.ctx.db.transaction().execute((tx) => appendAudit(tx, { actor: 'system:test', action: 'test.three', subject: 'x', request: { password: 'secret' }, result: {} }, now));

    // Committed, but neither numbered nor hashed yet: the head has not moved.
    expect(await unsealedActions()).toEqual(['test.one', 'test.two', 'test.three']);
    expect(await t.ctx.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()).toEqual(before);

    expect(await sealAuditTrail(t.ctx.db)).toBe(3);
    expect(await unsealedActions()).toEqual([]);
    const rows = await t.ctx.db.selectFrom('audit_log').selectAll().where('seq', '>', before.seq).orderBy('seq').execute();
    expect(rows.map((r) => [Number(r.seq), r.action])).toEqual([
      [Number(before.seq) + 1, 'test.one'],
      [Number(before.seq) + 2, 'test.two'],
      [Number(before.seq) + 3, 'test.three'],
    ]);
    expect(rows[0]!.prev_hash).toBe(before.hash);
    for (const row of rows) {
      const record = { seq: Number(row.seq), occurredAt: row.occurred_at.toISOString(), actor: row.actor, action: row.action, subject: row.subject, request: row.request, result: row.result };
      expect(row.hash).toBe(chainHash(row.prev_hash, record));
    }
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    expect(rows[2]!.request).toEqual({ password: '[redacted]' });
    expect(await t.ctx.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()).toEqual({ id: 1, seq: Number(before.seq) + 3, hash: rows[2]!.hash });
    expect(await sealAuditTrail(t.ctx.db)).toBe(0);
    expect(await verifyAuditChain(t.ctx.db)).toEqual({ ok: true, checked: Number(before.seq) + 3, firstBroken: null, awaitingSeal: 0 });
  });

  it('keeps nothing of a transaction that rolls back', async () => {
    const now = new Date('2026-11-24T03:00:00Z');
    await sealAuditTrail(t.ctx.db);
    const head = await t.ctx.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    const attempt = t.ctx.db.transaction().execute(async (tx) => {
      await appendAudit(tx, { actor: 'system:test', action: 'test.rolled-back', subject: null, request: {}, result: {} }, now);
      throw new Error('the change failed');
    });
    await expect(attempt).rejects.toThrow('the change failed');
    expect(await unsealedActions()).toEqual([]);
    expect(await sealAuditTrail(t.ctx.db)).toBe(0);
    expect(await t.ctx.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()).toEqual(head);
    expect(await t.ctx.db.selectFrom('audit_log').select('seq').where('action', '=', 'test.rolled-back').execute()).toEqual([]);
  });

  it('seals a batch larger than one seal transaction takes, in order, and the reader sees it all', async () => {
    const now = new Date('2026-11-24T04:00:00Z');
    const entries = Array.from({ length: 5_002 }, (_, i) => ({ actor: 'system:test', action: 'test.many', subject: `n${i}`, request: { i }, result: {} }));
    await t.ctx.db.transaction().execute((tx) => appendAuditBatch(tx, entries, now));
    // listAudit seals first, so the newest rows are the batch's last ones, numbered in the order written.
    const newest = await listAudit(t.ctx.db, { limit: 3 });
    expect(newest.map((e) => e.subject)).toEqual(['n5001', 'n5000', 'n4999']);
    expect(newest[0]!.seq - newest[2]!.seq).toBe(2);
    expect(await unsealedActions()).toEqual([]);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true, firstBroken: null, awaitingSeal: 0 });
  });

  it('checks the chain up to the head it read first: rows sealed while it runs are not taken for a break', async () => {
    await sealAuditTrail(t.ctx.db);
    const head = await t.ctx.db.selectFrom('audit_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
    // What `zimao serve`'s seal loop may do between the check's reading of the head and its last page of rows.
    await t.ctx.db.transaction().execute((tx) => appendAudit(tx, { actor: 'system:test', action: 'test.during-check', subject: null, request: {}, result: {} }, new Date('2026-11-24T05:00:00Z')));
    expect(await sealAuditTrail(t.ctx.db)).toBe(1);
    expect(await verifyChainUpTo(t.ctx.db, { seq: Number(head.seq), hash: head.hash })).toEqual({ ok: true, checked: Number(head.seq), firstBroken: null });
    // A head further on than the log names the missing rows.
    const ahead = await verifyChainUpTo(t.ctx.db, { seq: Number(head.seq) + 2, hash: head.hash });
    expect(ahead).toMatchObject({ ok: false, firstBroken: { seq: Number(head.seq) + 2 } });
  });
});
