// Enterprise names over HTTP (issue 6; 企业名称登记管理规定 2021): the public check against the register, and
// self-declared reservations kept two months (TIME-21) — refused names write nothing, one trade name is never
// reserved twice, a released or expired reservation frees the name, a deregistered name blocks for one year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
let otherApplicant: Session;
beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant');
  const created = await t.request('POST', '/api/accounts', {
    as: await t.login('admin'),
    body: { username: 'names-second', displayName: '第二申请人', password: 'names-password-1', role: 'applicant' },
  });
  expect(created.statusCode).toBe(201);
  otherApplicant = await t.login('names-second', 'names-password-1');
});
afterAll(async () => t.close());

const check = async (body: Record<string, unknown>) => {
  const res = await t.request('POST', '/api/names/check', { body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const reserve = (as: Session, name: string, extra: Record<string, unknown> = {}) => t.request('POST', '/api/names/reservations', { as, body: { name, commitment: true, ...extra } });

async function addRegisterRow(row: { name: string; tradeName: string; industry: string | null; status: 'deregistered' | 'reserved' | 'registered'; since: string; reservedUntil?: string; uscc?: string }) {
  const { tradeNamePinyin } = await import('../../src/domain/names/index.ts');
  const account = (await t.ctx.db.selectFrom('accounts').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;
  await t.ctx.db
    .insertInto('enterprise_names')
    .values({
      name: row.name,
      trade_name: row.tradeName,
      trade_name_pinyin: tradeNamePinyin(row.tradeName),
      industry: row.industry,
      status: row.status,
      since: row.since,
      reserved_until: row.reservedUntil ?? null,
      uscc: row.uscc ?? null,
      account_id: row.status === 'reserved' ? account : null,
      commitment: row.status === 'reserved' ? JSON.stringify({ test: true }) : null,
    })
    .execute();
}

describe('POST /api/names/check (public)', () => {
  it('finds the demo register: a registered name conflicts, the same trade name in another industry does not', async () => {
    const same = await check({ name: '重庆两江云启软件有限公司' });
    expect(same.verdict).toBe('conflict');
    expect(same.asOf).toBe('2026-11-24');
    expect(same.conflicts[0]).toMatchObject({ name: '重庆两江云启软件有限公司', status: 'registered', reason: { code: 'NAME-10' } });
    const other = await check({ name: '重庆两江云启餐饮有限公司' });
    expect(other.verdict).toBe('available');
  });

  it('shows a homophone on the register as advisory', async () => {
    const result = await check({ name: '重庆悦莱智能装备有限公司' });
    expect(result.verdict).toBe('available');
    expect(result.similar).toMatchObject([{ name: '重庆悦来智能装备有限公司', kind: 'same-pronunciation' }]);
  });

  it('rejects a name that breaks a rule, with the article', async () => {
    const result = await check({ name: '中国红光科技有限公司' });
    expect(result.verdict).toBe('rejected');
    expect(result.reasons.map((r: { code: string }) => r.code)).toContain('NAME-07');
  });

  it('a deregistered name blocks for a year unless the applicant names the enterprise it invests in', async () => {
    await addRegisterRow({ name: '重庆青枫贸易有限公司', tradeName: '青枫', industry: '贸易', status: 'deregistered', since: '2026-03-01', uscc: '91500000MA5U000001' });
    expect((await check({ name: '重庆青枫贸易有限公司' })).verdict).toBe('conflict');
    const related = await check({ name: '重庆青枫贸易有限公司', relatedUscc: ['91500000MA5U000001'] });
    expect(related.verdict).toBe('available');
    expect(related.similar[0].kind).toBe('identical-related-investment');
  });

  it.each([
    [{ name: '' }, 'name'],
    [{}, 'name'],
    [{ name: '重庆红光科技有限公司', asOf: '2020-01-01' }, 'asOf'],
    [{ name: '重庆红光科技有限公司', legalForm: 'trust' }, 'legalForm'],
    [{ name: '重庆红光科技有限公司', relatedUscc: ['bad'] }, 'relatedUscc.0'],
  ])('refuses bad input %j naming the field', async (body, field) => {
    const res = await t.request('POST', '/api/names/check', { body });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST' });
    expect(`${errorOf(res).field ?? ''} ${errorOf(res).message}`).toContain(field);
  });
});

describe('reservations (名称自主申报, Art. 16; kept 2 months, TIME-21)', () => {
  it('an applicant declares an available name: kept two months, the commitment and the similar names recorded, audited', async () => {
    const auditBefore = await t.count('audit_log');
    const res = await reserve(applicant, '重庆赤霞科技有限公司');
    expect(res.statusCode, res.body).toBe(201);
    const { reservation, check: result } = res.json();
    expect(reservation).toMatchObject({ name: '重庆赤霞科技有限公司', tradeName: '赤霞', industry: '科技', status: 'reserved', since: '2026-11-24', reservedUntil: '2027-01-24', expired: false });
    expect(result.verdict).toBe('available');
    expect(await t.count('audit_log')).toBe(auditBefore + 1);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'subject']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'name.reserve', subject: `name:${reservation.id}` });
  });

  it('a reserved trade name blocks another applicant (409 NAME_CONFLICT with the check) and nothing is written', async () => {
    const before = await t.count('enterprise_names');
    const res = await reserve(otherApplicant, '重庆赤霞科技发展有限公司');
    expect(errorOf(res)).toMatchObject({ status: 409, code: 'NAME_CONFLICT', field: 'name' });
    expect(res.json().error.details.check.conflicts[0]).toMatchObject({ name: '重庆赤霞科技有限公司', status: 'reserved' });
    expect(await t.count('enterprise_names')).toBe(before);
  });

  it('a name breaking a rule is refused (422 NAME_REJECTED) and nothing is written', async () => {
    const before = await t.count('enterprise_names');
    const res = await reserve(applicant, '重庆渝北科技有限公司');
    expect(errorOf(res)).toMatchObject({ status: 422, code: 'NAME_REJECTED', field: 'name' });
    expect(res.json().error.details.check.reasons[0].code).toBe('NAME-04');
    expect(await t.count('enterprise_names')).toBe(before);
  });

  it('without the commitment nothing is reserved (400 naming commitment)', async () => {
    const before = await t.count('enterprise_names');
    const res = await t.request('POST', '/api/names/reservations', { as: applicant, body: { name: '重庆碧落科技有限公司' } });
    expect(errorOf(res)).toMatchObject({ status: 400, field: 'commitment' });
    expect(await t.count('enterprise_names')).toBe(before);
  });

  it('two applicants declaring one trade name at once: exactly one gets it', async () => {
    const [a, b] = await Promise.all([reserve(applicant, '重庆同时科技有限公司'), reserve(otherApplicant, '重庆同时科技服务有限公司')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const rows = await t.ctx.db.selectFrom('enterprise_names').select('id').where('trade_name', '=', '同时').execute();
    expect(rows).toHaveLength(1);
  });

  it('lists the applicant’s own reservations only; releasing frees the name at once; a second release is refused', async () => {
    const res = await reserve(applicant, '重庆紫陌咨询有限公司');
    const id = res.json().reservation.id;
    const mine = await t.request('GET', '/api/names/reservations', { as: applicant });
    expect(mine.json().items.map((r: { id: number }) => r.id)).toContain(id);
    const theirs = await t.request('GET', '/api/names/reservations', { as: otherApplicant });
    expect(theirs.json().items.map((r: { id: number }) => r.id)).not.toContain(id);

    expect(errorOf(await t.request('POST', `/api/names/reservations/${id}/release`, { as: otherApplicant }))).toMatchObject({ status: 404 });
    const released = await t.request('POST', `/api/names/reservations/${id}/release`, { as: applicant });
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json().status).toBe('released');
    expect((await check({ name: '重庆紫陌咨询有限公司' })).verdict).toBe('available');
    expect(errorOf(await t.request('POST', `/api/names/reservations/${id}/release`, { as: applicant }))).toMatchObject({ status: 409, code: 'CONFLICT' });
  });

  it('a reservation past its two months no longer blocks', async () => {
    await addRegisterRow({ name: '重庆旧约科技有限公司', tradeName: '旧约', industry: '科技', status: 'reserved', since: '2026-08-01', reservedUntil: '2026-10-01' });
    expect((await check({ name: '重庆旧约科技有限公司' })).verdict).toBe('available');
    expect((await reserve(otherApplicant, '重庆旧约科技有限公司')).statusCode).toBe(201);
  });
});
