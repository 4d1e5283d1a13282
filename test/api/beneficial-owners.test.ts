// Beneficial owners over HTTP (BO-01 … BO-26): the register states each company's direct holdings at establishment and
// change; the owners of one company are computed from the holdings above it, multiplied along chains and added across
// them; 25% exactly is an owner; an entity holder whose holders are not on record is named; cycles are reported;
// only officers who may read it see it, and every read is in the audit trail (BO-06).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId, validForm } from '../../src/domain/registration/registration-test-kit.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
let analyst: Session;
let demoUscc: string;
beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant');
  analyst = await t.login('analyst');
  demoUscc = (await t.ctx.db.selectFrom('enterprises').select('uscc').where('name', '=', '重庆两江云启软件有限公司').executeTakeFirstOrThrow()).uscc;
});
afterAll(async () => t.close());

const personA = { name: '甲一', nationality: 'CN', idType: 'resident-id' as const, idNumber: residentId('19800101', 11) };
const personB = { name: '乙二', nationality: 'CN', idType: 'resident-id' as const, idNumber: residentId('19810202', 22) };
const personC = { name: '丙三', nationality: 'CN', idType: 'resident-id' as const, idNumber: residentId('19820303', 33) };
const due = { contributionDueOn: '2030-12-31' };

async function establish(name: string, investors: unknown[], registeredCapitalYuan = 1_000_000): Promise<string> {
  const res = await t.request('POST', '/api/establishments', { as: applicant, body: validForm({ name, registeredCapitalYuan, investors: investors as never }) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().uscc as string;
}
const owners = (uscc: string, as: Session = analyst, query = '') => t.request('GET', `/api/enterprises/${uscc}/beneficial-owners${query}`, { as });
const byName = (body: { ultimateHolders: { name: string; sharePercent: { min: number }; beneficialOwner: string | null }[] }) =>
  Object.fromEntries(body.ultimateHolders.map((h) => [h.name, [h.sharePercent.min, h.beneficialOwner]]));

describe('beneficial owners of a company held through another', () => {
  let parent: string;
  let child: string;
  beforeAll(async () => {
    parent = await establish('重庆母鹰科技有限公司', [{ ...personA, kind: 'person', subscribedYuan: 600_000, ...due }, { ...personB, kind: 'person', subscribedYuan: 400_000, ...due }]);
    child = await establish('重庆雏鹰科技有限公司', [
      { name: '重庆母鹰科技有限公司', nationality: 'CN', idType: 'uscc', idNumber: parent, kind: 'entity', subscribedYuan: 500_000, ...due },
      { ...personC, kind: 'person', subscribedYuan: 250_000, ...due },
      { name: '重庆两江云启软件有限公司', nationality: 'CN', idType: 'uscc', idNumber: demoUscc, kind: 'entity', subscribedYuan: 250_000, ...due },
    ]);
  });

  it('multiplies along the chain, keeps 25% exactly as an owner, and names the holder whose owners are unknown', async () => {
    const res = await owners(child);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    // 甲一 60% of 50% = 30%; 乙二 40% of 50% = 20%; 丙三 25% directly (以上 includes 25%, BO-02).
    expect(byName(body)).toEqual({ 甲一: [30, 'definite'], 丙三: [25, 'definite'], 乙二: [20, null] });
    expect(body.ultimateHolders[0]).toMatchObject({ idType: 'resident-id', nationality: 'CN' });
    expect(body.ultimateHolders[0].idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(body.entitiesWithoutKnownHolders).toEqual([{ key: demoUscc, name: '重庆两江云启软件有限公司' }]);
    expect(body.holdings).toHaveLength(5);
    expect(body.rule).toMatchObject({ id: 'CN-2024', thresholdPercent: 25, comparison: 'gte' });
    expect(body).toMatchObject({ cycles: [], unresolved: null, exemptByCommitment: false, dayToDayManager: null });
  });

  it('a small company of natural persons may file a commitment instead (BO-04)', async () => {
    expect((await owners(parent)).json()).toMatchObject({ exemptByCommitment: true });
  });

  it('a change of the parent’s investors changes the child’s owners from that day', async () => {
    const res = await t.request('POST', `/api/enterprises/${parent}/changes`, {
      as: applicant,
      body: { investors: [{ ...personA, kind: 'person', subscribedYuan: 200_000, ...due }, { ...personB, kind: 'person', subscribedYuan: 800_000, ...due }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(byName((await owners(child)).json())).toEqual({ 乙二: [40, 'definite'], 丙三: [25, 'definite'], 甲一: [10, null] });
    // The register keeps what was stated before: the first holdings end on the day of the change, not deleted.
    const rows = await t.ctx.db.selectFrom('holdings').innerJoin('parties', 'parties.id', 'holdings.holder_id').select(['parties.name', 'share_min', 'valid_from', 'valid_to'])
      .where('subject_id', '=', (await t.ctx.db.selectFrom('parties').select('id').where('key', '=', parent).executeTakeFirstOrThrow()).id).orderBy('holdings.id').execute();
    expect(rows).toEqual([
      { name: '甲一', share_min: 0.6, valid_from: '2026-11-24', valid_to: '2026-11-24' },
      { name: '乙二', share_min: 0.4, valid_from: '2026-11-24', valid_to: '2026-11-24' },
      { name: '甲一', share_min: 0.2, valid_from: '2026-11-24', valid_to: null },
      { name: '乙二', share_min: 0.8, valid_from: '2026-11-24', valid_to: null },
    ]);
  });

  it('every read is in the audit trail, with the day asked for and how many owners were shown', async () => {
    const before = await t.count('audit_log');
    await owners(child, analyst, '?asOf=2026-11-24');
    const row = await t.ctx.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(await t.count('audit_log')).toBe(before + 1);
    expect(row).toMatchObject({ actor: 'analyst', action: 'ownership.read', subject: child, request: { asOf: '2026-11-24' }, result: { ultimateHolders: 3, beneficialOwners: 2 } });
  });

  it('refuses whoever may not read it, a bad day, a day before the company existed, and an unknown company; none is logged as a read', async () => {
    const before = await t.count('audit_log');
    expect(errorOf(await owners(child, applicant))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await owners(child, await t.login('area-lj')))).toMatchObject({ status: 403 });
    expect(errorOf(await owners(child, analyst, '?asOf=2026-02-30'))).toMatchObject({ status: 400, field: 'asOf' });
    expect(errorOf(await owners(child, analyst, '?asOf=2026-11-23'))).toMatchObject({ status: 400, field: 'asOf' });
    expect(errorOf(await owners('91500000MA5UNKNOWN', analyst))).toMatchObject({ status: 404, field: 'uscc' });
    const reads = await t.ctx.db.selectFrom('audit_log').select('seq').where('action', '=', 'ownership.read').where('seq', '>', String(before) as never).execute();
    expect(reads).toEqual([]);
  });

  it('a cycle is reported by name and solved; the window officer may read it too', async () => {
    // The child holds 10% of its parent (a generated holding: the register's own forms cannot say this yet).
    const party = (key: string) => t.ctx.db.selectFrom('parties').select('id').where('key', '=', key).executeTakeFirstOrThrow().then((r) => r.id);
    await t.ctx.db.insertInto('holdings').values({ subject_id: await party(parent), holder_id: await party(child), holder_kind: 'entity', share_min: 0.1, share_max: 0.1, valid_from: '2026-11-24', source: 'generated' }).execute();
    const body = (await owners(child, await t.login('window'))).json();
    expect(body.cycles).toHaveLength(1);
    expect([...body.cycles[0]].sort()).toEqual(['重庆母鹰科技有限公司', '重庆雏鹰科技有限公司']);
    // Child = 0.5·parent + persons; parent = 0.2 甲一 + 0.8 乙二 + 0.1·child ⇒ 乙二: 0.5·0.8 / (1 − 0.05) of the child.
    expect(byName(body).乙二![0]).toBeCloseTo((0.4 / 0.95) * 100, 4);
    expect(body.unresolved).toBeNull();
  });

  it('refuses, with 409 and no read logged, a company with more holdings above it than one answer is computed from', async () => {
    const crowded = await establish('重庆众股科技有限公司', [{ ...personA, kind: 'person', subscribedYuan: 1_000_000, ...due }]);
    const id = (await t.ctx.db.selectFrom('parties').select('id').where('key', '=', crowded).executeTakeFirstOrThrow()).id;
    // 20,000 more holders (the limit is 20,000 holdings), each with a tiny share, written straight to the tables.
    await sql`INSERT INTO parties (id, kind, key, name, nationality) SELECT 1000000 + g, 'person', 'resident-id:CN:T' || g, '股东' || g, 'CN' FROM generate_series(1, 20000) AS g`.execute(t.ctx.db);
    await sql`INSERT INTO holdings (subject_id, holder_id, holder_kind, share_min, share_max, valid_from, source) SELECT ${id}, 1000000 + g, 'person', 0.00001, 0.00001, '2026-11-24', 'generated' FROM generate_series(1, 20000) AS g`.execute(t.ctx.db);
    const before = await t.count('audit_log');
    expect(errorOf(await owners(crowded))).toMatchObject({ status: 409, code: 'CONFLICT', field: 'uscc' });
    expect(await t.count('audit_log')).toBe(before);
  });

  it('computes one company over its own subgraph, however large the party ids of the register have grown', async () => {
    // A person with an id near the top of the integer range holds a quarter of the child through a new holding: an
    // answer sized by party ids would need arrays of two thousand million entries.
    await t.ctx.db.insertInto('parties').values({ id: 2_000_000_000, kind: 'person', key: 'passport:DE:C01X00T47', name: 'Anna Müller', nationality: 'DE' }).execute();
    const childId = (await t.ctx.db.selectFrom('parties').select('id').where('key', '=', child).executeTakeFirstOrThrow()).id;
    await t.ctx.db.insertInto('holdings').values({ subject_id: childId, holder_id: 2_000_000_000, holder_kind: 'person', share_min: 0.25, share_max: 0.5, valid_from: '2026-11-24', source: 'generated' }).execute();
    const body = (await owners(child)).json();
    const anna = body.ultimateHolders.find((h: { name: string }) => h.name === 'Anna Müller');
    expect(anna).toMatchObject({ nationality: 'DE', idType: 'passport', idNumberMasked: 'C0*****47', beneficialOwner: 'definite' });
    // Through the cycle of the test before (the child holds 10% of the parent, which holds half of the child): ÷ 0.95.
    expect(anna.sharePercent.min).toBeCloseTo(25 / 0.95, 4);
    expect(anna.sharePercent.max).toBeCloseTo(50 / 0.95, 4);
  });
});
