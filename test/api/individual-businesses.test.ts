// Individual businesses (个体工商户) through the one window, and their summary deregistration without a public notice
// (EXIT-06): the case goes to tax and social insurance, which may object for 10 days; with no objection the timer
// deregisters the business the day after. Refusals keep nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECLARATION_KEYS } from '../../src/domain/deregistration/index.ts';
import { residentId } from '../../src/domain/registration/registration-test-kit.ts';
import { timerHandlers } from '../../src/server/timer-handlers.ts';
import { sweepOnce } from '../../src/server/timers/sweeper.ts';
import { moveClockTo } from '../helpers/moving-clock.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant');
});
afterAll(async () => t.close());

const operator = { name: '李小梅', nationality: 'CN', idType: 'resident-id', idNumber: residentId('19880808', 404) };
function individualForm(overrides: Record<string, unknown> = {}) {
  return {
    name: '重庆市渝北区小梅餐馆',
    operator,
    compositionForm: 'individual',
    fundsYuan: 50_000,
    businessScope: { itemCodes: ['S0701', 'S0207'], mainItemCode: 'S0701' },
    domicile: { address: '重庆市渝北区悦来街道悦来大道88号', commitment: true },
    contact: { name: '李小梅', phone: '13800000000' },
    ...overrides,
  };
}
const file = (body: unknown, as = applicant) => t.request('POST', '/api/individual-businesses', { as, body });
const counts = () => Promise.all((['enterprises', 'establishment_applications', 'uscc_issued', 'business_licences'] as const).map((n) => t.count(n)));
const declarations = Object.fromEntries(DECLARATION_KEYS.map((k) => [k, true]));

describe('registering an individual business', () => {
  it('registers on the spot: an individual-business credit code, a licence naming the operator, the follow-ups that apply', async () => {
    const res = await file(individualForm());
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    expect(e).toMatchObject({ kind: 'individual-business', status: 'registered', route: 'on_the_spot' });
    // GB 32100: registration authority 9 (market regulation), entity type 2 (individual business).
    expect(e.uscc).toMatch(/^92500112/);
    expect(e.followUps.map((f: { taskKey: string }) => f.taskKey).sort()).toEqual(['bank-account', 'social-insurance', 'tax-invoices']);
    expect((await t.request('GET', `/api/establishments/${e.id}`, { as: applicant })).json()).toEqual(e);
    const licence = (await t.request('GET', `/api/licences/${e.uscc}`)).json();
    expect(licence.document).toMatchObject({ entityType: '个体工商户', legalRepresentative: '李小梅', individualBusiness: { compositionForm: '个人经营' } });
    const pdf = await t.request('GET', `/api/licences/${e.uscc}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    // Its changes are not made through the company change form.
    const change = await t.request('POST', `/api/enterprises/${e.uscc}/changes`, { as: applicant, body: { domicile: { address: '重庆市渝北区悦来街道悦来大道90号', commitment: true } } });
    expect(errorOf(change)).toMatchObject({ status: 409, field: 'uscc' });
  });

  it('refuses a foreign operator (NL-11), a family business without family members, and a company’s form of name; nothing is kept', async () => {
    const before = await counts();
    const foreign = errorOf(await file(individualForm({ name: '重庆市渝北区约翰咖啡馆', operator: { name: 'John Smith', nationality: 'GB', idType: 'passport', idNumber: 'GB1234567' } })));
    expect(foreign).toMatchObject({ status: 422, code: 'REGISTRATION_REFUSED', field: 'operator.nationality' });
    const family = errorOf(await file(individualForm({ name: '重庆市渝北区小梅面馆', compositionForm: 'family' })));
    expect(family).toMatchObject({ status: 422, field: 'familyMembers' });
    const companyForm = errorOf(await file(individualForm({ name: '重庆小梅餐饮有限公司' })));
    expect(companyForm).toMatchObject({ status: 422, field: 'name' });
    const noCommitment = errorOf(await file(individualForm({ name: '重庆市渝北区小梅饭馆', domicile: { address: '重庆市渝北区悦来街道悦来大道88号', commitment: false } })));
    expect(noCommitment).toMatchObject({ status: 400, field: 'domicile.commitment' });
    expect(await counts()).toEqual(before);
  });
});

describe('summary deregistration of an individual business (EXIT-06)', () => {
  async function registered(name: string): Promise<string> {
    const res = await file(individualForm({ name }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json().uscc;
  }
  const start = (uscc: string) => t.request('POST', `/api/enterprises/${uscc}/summary-deregistration`, { as: applicant, body: { commitments: [{ name: operator.name, idNumber: operator.idNumber }], declarations } });

  it('is pushed to the departments for 10 days, not to the public, and deregistered by the timer after them', async () => {
    applicant = await moveClockTo(t, null);
    const uscc = await registered('重庆市渝北区静夜茶馆');
    const res = await start(uscc);
    expect(res.statusCode, res.body).toBe(201);
    const notice = res.json();
    expect(notice).toMatchObject({ route: 'departments', state: 'in_notice', noticeFrom: '2026-11-24', noticeTo: '2026-12-03', noticeDays: 10 });
    expect((await t.request('GET', '/api/public/deregistration-notices')).json().items.map((n: { id: number }) => n.id)).not.toContain(notice.id);
    expect(errorOf(await t.request('GET', `/api/public/deregistration-notices/${notice.id}`))).toMatchObject({ status: 404 });
    expect(errorOf(await t.request('POST', `/api/public/deregistration-notices/${notice.id}/objections`, { body: { objector: '某人', objectorKind: 'other', contact: '123456', grounds: '欠我工资未付' } }))).toMatchObject({ status: 404 });
    // The tax reviewer was told and sees the case.
    const tax = await t.login('reviewer-tax');
    expect((await t.request('GET', '/api/deregistration/pushed-cases', { as: tax })).json().items.map((n: { id: number }) => n.id)).toContain(notice.id);
    const told = (await t.request('GET', '/api/me/notifications', { as: tax })).json();
    expect(JSON.stringify(told)).toContain('静夜茶馆');

    // Within the period the timer is not due; on the 11th day it deregisters the business once.
    const timer = () => t.ctx.db.selectFrom('timers').select(['id', 'fired_at']).where('subject', '=', `deregistration-notice:${notice.id}`).executeTakeFirstOrThrow();
    applicant = await moveClockTo(t, '2026-12-03');
    expect((await sweepOnce(t.ctx, timerHandlers)).fired).not.toContain((await timer()).id);
    expect((await t.request('GET', `/api/enterprises/${uscc}`, { as: applicant })).json().status).toBe('registered');
    (t.ctx as { now: () => Date }).now = () => new Date('2026-12-03T16:00:05Z'); // 00:00:05 on 12-04 in Shanghai
    expect((await sweepOnce(t.ctx, timerHandlers)).fired).toContain((await timer()).id);
    expect((await sweepOnce(t.ctx, timerHandlers)).fired).not.toContain((await timer()).id);
    applicant = await moveClockTo(t, '2026-12-04');
    expect((await t.request('GET', `/api/enterprises/${uscc}`, { as: applicant })).json().status).toBe('deregistered');
    const history = (await t.request('GET', `/api/enterprises/${uscc}/register-entries`, { as: applicant })).json().items;
    expect(history.at(-1)).toMatchObject({ kind: 'deregistration', summary: { route: 'summary-individual' } });
    applicant = await moveClockTo(t, null);
  });

  it('a department it was pushed to may object; other departments may not; the objected case is not deregistered', async () => {
    applicant = await moveClockTo(t, null);
    const uscc = await registered('重庆市渝北区晨光书店');
    const notice = (await start(uscc)).json();
    const market = await t.login('reviewer'); // market regulation: not among the departments the case went to
    const before = await t.count('deregistration_objections');
    expect(errorOf(await t.request('POST', `/api/deregistration/pushed-cases/${notice.id}/objections`, { as: market, body: { grounds: '有未结案件需核查' } }))).toMatchObject({ status: 403 });
    expect(await t.count('deregistration_objections')).toBe(before);
    const tax = await t.login('reviewer-tax');
    expect(errorOf(await t.request('POST', `/api/deregistration/pushed-cases/${notice.id}/objections`, { as: tax, body: { grounds: '短' } }))).toMatchObject({ status: 400, field: 'grounds' });
    const objected = await t.request('POST', `/api/deregistration/pushed-cases/${notice.id}/objections`, { as: tax, body: { grounds: '存在未缴清的税款及滞纳金' } });
    expect(objected.statusCode, objected.body).toBe(201);
    expect(objected.json()).toMatchObject({ state: 'objected', objections: [{ objectorKind: 'department', grounds: '存在未缴清的税款及滞纳金' }] });
    (t.ctx as { now: () => Date }).now = () => new Date('2026-12-05T02:00:00Z');
    await sweepOnce(t.ctx, timerHandlers);
    applicant = await moveClockTo(t, '2026-12-05');
    expect((await t.request('GET', `/api/enterprises/${uscc}`, { as: applicant })).json().status).toBe('registered');
    applicant = await moveClockTo(t, null);
  });
});

describe('articles of association (章程备案)', () => {
  const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF`).toString('base64');
  const fileArticles = (uscc: string, body: unknown, as = applicant) => t.request('POST', `/api/enterprises/${uscc}/articles`, { as, body });

  it('files the articles and an amendment; the newest is in force, both are kept, and the register history shows them', async () => {
    const company = await t.request('POST', '/api/establishments', {
      as: applicant,
      body: (await import('../../src/domain/registration/registration-test-kit.ts')).validForm({ name: '重庆章程科技有限公司' }),
    });
    expect(company.statusCode, company.body).toBe(201);
    const uscc = company.json().uscc;
    const first = await fileArticles(uscc, { name: '公司章程.pdf', mediaType: 'application/pdf', contentBase64: pdf('articles v1'), adoptedOn: '2026-11-20' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ amendment: false, inForce: true, adoptedOn: '2026-11-20' });
    const second = await fileArticles(uscc, { name: '章程修正案.pdf', mediaType: 'application/pdf', contentBase64: pdf('amendment 1'), adoptedOn: '2026-11-23' });
    expect(second.json()).toMatchObject({ amendment: true, inForce: true });
    const listed = (await t.request('GET', `/api/enterprises/${uscc}/articles`, { as: applicant })).json().items;
    expect(listed.map((a: { id: number; inForce: boolean }) => [a.id, a.inForce])).toEqual([[second.json().id, true], [first.json().id, false]]);
    const download = await t.request('GET', first.json().download, { as: applicant });
    expect(download.body).toContain('articles v1');
    expect(download.headers['x-content-sha256']).toBe(first.json().sha256);
    const history = (await t.request('GET', `/api/enterprises/${uscc}/register-entries`, { as: applicant })).json().items;
    expect(history.filter((h: { kind: string }) => h.kind === 'filing').map((h: { summary: { filing: string } }) => h.summary.filing)).toEqual(['articles', 'articles-amendment']);

    // Refusals name the field and keep nothing.
    const before = await t.count('articles_filings');
    expect(errorOf(await fileArticles(uscc, { name: 'x.pdf', mediaType: 'application/pdf', contentBase64: 'not base64!', adoptedOn: '2026-11-20' }))).toMatchObject({ status: 400, field: 'contentBase64' });
    expect(errorOf(await fileArticles(uscc, { name: 'x.pdf', mediaType: 'application/pdf', contentBase64: pdf('x'), adoptedOn: '2026-12-31' }))).toMatchObject({ status: 400, field: 'adoptedOn' });
    expect(errorOf(await fileArticles(uscc, { name: 'x.doc', mediaType: 'application/msword', contentBase64: pdf('x'), adoptedOn: '2026-11-20' }))).toMatchObject({ status: 400, field: 'mediaType' });
    const created = await t.request('POST', '/api/accounts', { as: await t.login('admin'), body: { username: 'articles-other', displayName: '他人', password: 'articles-password-1', role: 'applicant' } });
    expect(created.statusCode, created.body).toBe(201);
    const other = await t.login('articles-other', 'articles-password-1');
    expect(errorOf(await fileArticles(uscc, { name: 'x.pdf', mediaType: 'application/pdf', contentBase64: pdf('x'), adoptedOn: '2026-11-20' }, other))).toMatchObject({ status: 403 });
    expect(errorOf(await t.request('GET', `/api/enterprises/${uscc}/articles`, { as: other }))).toMatchObject({ status: 403 });
    expect(await t.count('articles_filings')).toBe(before);
  });

  it('an individual business has no articles (409)', async () => {
    const res = await file(individualForm({ name: '重庆市渝北区无章小吃店' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(errorOf(await fileArticles(res.json().uscc, { name: 'x.pdf', mediaType: 'application/pdf', contentBase64: pdf('x'), adoptedOn: '2026-11-20' }))).toMatchObject({ status: 409, field: 'uscc' });
  });
});
