// On PostgreSQL, writers commit their audit rows while sealers run, in several processes at once (migration 0031): a
// row of a transaction still open when a seal runs must be sealed by a later one, no row may be sealed twice, and the
// chain must verify whatever the interleaving.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { appendAudit, sealAuditTrail, verifyAuditChain } from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => t.close());

const now = new Date('2026-11-24T05:00:00Z');
const entry = (action: string, subject: string) => ({ actor: 'system:test', action, subject, request: {}, result: {} });
const sealedSubjects = async (action: string) => (await t.ctx.db.selectFrom('audit_log').select('subject').where('action', '=', action).orderBy('seq').execute()).map((r) => r.subject);

it('leaves a row of an open transaction for a later seal, and seals it after its commit', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let written!: () => void;
  const inside = new Promise<void>((resolve) => (written = resolve));
  const open = t.ctx.db.transaction().execute(async (tx) => {
    await appendAudit(tx, entry('test.open', 'first written'), now);
    written();
    await gate;
  });
  await inside;
  await t.ctx.db.transaction().execute((tx) => appendAudit(tx, entry('test.open', 'committed first'), now));
  await sealAuditTrail(t.ctx.db);
  expect(await sealedSubjects('test.open')).toEqual(['committed first']);
  release();
  await open;
  expect(await sealAuditTrail(t.ctx.db)).toBe(1);
  expect(await sealedSubjects('test.open')).toEqual(['committed first', 'first written']);
  expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true, awaitingSeal: 0 });
});

it('seals each row exactly once while writers commit and four sealers run at once', async () => {
  const writers = 12;
  const perWriter = 40;
  let writing = true;
  const sealers = Array.from({ length: 4 }, async () => {
    let sealed = 0;
    while (writing) sealed += await sealAuditTrail(t.ctx.db);
    return sealed;
  });
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) await t.ctx.db.transaction().execute((tx) => appendAudit(tx, entry('test.race', `${w}-${i}`), now));
    }),
  );
  writing = false;
  const byLoops = (await Promise.all(sealers)).reduce((a, b) => a + b, 0);
  const rest = await sealAuditTrail(t.ctx.db);
  expect(byLoops + rest).toBe(writers * perWriter);
  const subjects = await sealedSubjects('test.race');
  expect(subjects).toHaveLength(writers * perWriter);
  expect(new Set(subjects).size).toBe(writers * perWriter);
  // Each writer's rows are sealed in the order it committed them.
  for (let w = 0; w < writers; w++) {
    const mine = subjects.filter((s) => s!.startsWith(`${w}-`));
    expect(mine).toEqual(Array.from({ length: perWriter }, (_, i) => `${w}-${i}`));
  }
  expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true, firstBroken: null, awaitingSeal: 0 });
});
