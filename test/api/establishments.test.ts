// One-form establishment over HTTP (issue 6): a complete standard company registered on the spot with a credit code,
// a signed licence and the departments' follow-up tasks; every refusal keeps nothing; a name reserved first is used;
// an application with an officer finding is registered after its file is approved; concurrent establishments never
// share a credit code; foreign investors go through the admission check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUscc } from '../../src/domain/uscc/index.ts';
import { validForm } from '../../src/domain/registration/registration-test-kit.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
let window: Session;
beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant');
  window = await t.login('window');
});
afterAll(async () => t.close());

const file = (as: Session, body: unknown) => t.request('POST', '/api/establishments', { as, body });
async function counts() {
  return Promise.all((['enterprises', 'establishment_applications', 'uscc_issued', 'enterprise_names', 'business_licences', 'establishment_follow_ups'] as const).map((n) => t.count(n)));
}

describe('on the spot (REG-04: complete and consistent → registered by automated formal review)', () => {
  it('registers a standard company: credit code, register entry, name, signed licence, follow-up tasks, notice', async () => {
    const res = await file(applicant, validForm());
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    expect(e).toMatchObject({ status: 'registered', route: 'on_the_spot', fileId: null, industryCode: '6511', findings: [], domicile: { areaCode: 'LJ', districtCode: '500112' } });
    expect(checkUscc(e.uscc)).toMatchObject({ valid: true, authority: '9', entityType: '1', division: '500112' });
    expect(e.secondsToDecision).toBeLessThan(60);
    expect(e.licence).toMatchObject({ version: 1, pdf: `/api/licences/${e.uscc}/pdf` });
    expect(e.followUps.map((f: { taskKey: string }) => f.taskKey).sort()).toEqual(['bank-account', 'housing-fund', 'seal-filing', 'social-insurance', 'tax-invoices']);
    // Tuesday 2026-11-24: one working day later is Wednesday.
    expect(new Set(e.followUps.map((f: { dueOn: string }) => f.dueOn))).toEqual(new Set(['2026-11-25']));

    const enterprise = await t.request('GET', `/api/enterprises/${e.uscc}`, { as: applicant });
    expect(enterprise.json()).toMatchObject({ name: '重庆赤霞科技有限公司', areaCode: 'LJ', industryCode: '6511', status: 'registered', establishedOn: '2026-11-24' });
    const licence = await t.request('GET', `/api/licences/${e.uscc}`);
    expect(licence.json().document).toMatchObject({ uscc: e.uscc, entityType: '有限责任公司(自然人投资或控股)', legalRepresentative: '张三', registrationAuthority: '重庆市市场监督管理局' });
    expect(licence.json().document.integratedCertificates).toContain('税务登记证');
    const verified = await t.request('POST', '/api/licences/verify', { body: { document: licence.json().document, signature: licence.json().signature } });
    expect(verified.json()).toMatchObject({ signatureValid: true, current: true });
    // The name is on the register now: the same name is a conflict.
    expect((await t.request('POST', '/api/names/check', { body: { name: '重庆赤霞科技有限公司' } })).json().verdict).toBe('conflict');
    const notes = await t.request('GET', '/api/me/notifications', { as: applicant });
    expect(JSON.stringify(notes.json())).toContain(e.uscc);
    // The answer is built from what the registration wrote, not read back: it must be what reading it back gives.
    expect((await t.request('GET', `/api/establishments/${e.id}`, { as: applicant })).json()).toEqual(e);
  });

  it('a window officer files at the counter for a named applicant', async () => {
    const res = await file(window, { ...validForm({ name: '重庆柜台科技有限公司' }), applicantId: applicant.userId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'registered', applicantId: applicant.userId });
    expect(errorOf(await file(window, validForm({ name: '重庆柜台二科技有限公司' })))).toMatchObject({ status: 400, field: 'applicantId' });
  });

  it('uses the applicant’s own reservation of the name, which becomes the registered name', async () => {
    const reserved = await t.request('POST', '/api/names/reservations', { as: applicant, body: { name: '重庆青岚科技有限公司', commitment: true } });
    const reservationId = reserved.json().reservation.id;
    const res = await file(applicant, validForm({ name: '重庆青岚科技有限公司', nameReservationId: reservationId }));
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.ctx.db.selectFrom('enterprise_names').select(['status', 'uscc']).where('id', '=', reservationId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'registered', uscc: res.json().uscc });
  });

  it('concurrent establishments never share a credit code', async () => {
    const names = ['甲', '乙', '丙', '丁', '戊', '己'].map((c) => `重庆并发${c}科技有限公司`);
    const results = await Promise.all(names.map((name) => file(applicant, validForm({ name }))));
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const codes = results.map((r) => r.json().uscc as string);
    expect(new Set(codes).size).toBe(names.length);
  });
});

describe('refusals keep nothing (422 REGISTRATION_REFUSED with every finding)', () => {
  it.each([
    ['the subscriptions do not add up (CAP-01)', validForm({ name: '重庆拒一科技有限公司', registeredCapitalYuan: 2_000_000 }), 'registeredCapitalYuan', 'CAP-01'],
    ['an address outside the zone (DOM-01)', validForm({ name: '重庆拒二科技有限公司', domicile: { address: '重庆市万州区高笋塘1号', commitment: true } }), 'domicile.address', 'DOM-01'],
    ['a name already registered (NAME-10)', validForm({ name: '重庆两江云启软件有限公司' }), 'name', 'NAME-10'],
    ['a name breaking a rule (NAME-04)', validForm({ name: '重庆渝北软件有限公司' }), 'name', 'NAME-04'],
    ['an unknown scope item (SCOPE-01)', validForm({ name: '重庆拒三科技有限公司', businessScope: { itemCodes: ['S0101', 'NOPE'], mainItemCode: 'S0101' } }), 'businessScope.itemCodes.1', 'SCOPE-01'],
  ])('%s', async (_label, form, field, code) => {
    const before = await counts();
    const res = await file(applicant, form);
    expect(errorOf(res)).toMatchObject({ status: 422, code: 'REGISTRATION_REFUSED', field });
    expect(res.json().error.details.findings.map((f: { code: string }) => f.code)).toContain(code);
    expect(await counts()).toEqual(before);
  });

  it('a reservation that is not the applicant’s is refused', async () => {
    const created = await t.request('POST', '/api/accounts', { as: await t.login('admin'), body: { username: 'est-other', displayName: '他人', password: 'est-password-1', role: 'applicant' } });
    expect(created.statusCode).toBe(201);
    const other = await t.login('est-other', 'est-password-1');
    const reserved = await t.request('POST', '/api/names/reservations', { as: other, body: { name: '重庆他留科技有限公司', commitment: true } });
    const res = await file(applicant, validForm({ name: '重庆他留科技有限公司', nameReservationId: reserved.json().reservation.id }));
    expect(errorOf(res)).toMatchObject({ status: 422, code: 'REGISTRATION_REFUSED' });
    expect(res.json().error.details.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['NAME-09', 'NAME-10']));
  });

  it.each([
    [{ ...validForm(), domicile: { address: '重庆市渝北区悦来大道1号', commitment: false } }, 'domicile.commitment'],
    [{ ...validForm(), investors: [] }, 'investors'],
    [{ ...validForm(), registeredCapitalYuan: -1 }, 'registeredCapitalYuan'],
    [{ ...validForm(), legalForm: 'trust' }, 'legalForm'],
  ])('bad input is a 400 naming the field (%#)', async (body, field) => {
    const res = await file(applicant, body);
    expect(errorOf(res).status).toBe(400);
    expect(`${errorOf(res).field ?? ''} ${errorOf(res).message}`).toContain(field);
  });
});

describe('foreign investors (Trial Measures Art. 12): the admission check runs on the form', () => {
  const foreignForm = (name: string, foreignYuan: number) => {
    const base = validForm({ name, businessScope: { itemCodes: ['S0801', 'S0803'], mainItemCode: 'S0801' } });
    const cn = base.investors![0]!;
    return { ...base, investors: [{ ...cn, subscribedYuan: 1_000_000 - foreignYuan }, { name: 'Anna Müller', nationality: 'DE', idType: 'passport' as const, idNumber: 'C01X00T47', kind: 'person' as const, subscribedYuan: foreignYuan, contributionDueOn: '2030-12-31' }] };
  };

  it('a compliant share is registered with the information report noted (FIL Art. 34)', async () => {
    const res = await file(applicant, foreignForm('重庆外资甲文化有限公司', 400_000));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'registered', foreignInvestment: { foreignShare: 40 } });
    expect(res.json().findings.map((f: { code: string }) => f.code)).toContain('FI-02');
  });

  it('foreign control of a performing troupe is refused (the 2021 list requires Chinese control)', async () => {
    const before = await counts();
    const res = await file(applicant, foreignForm('重庆外资乙文化有限公司', 600_000));
    expect(errorOf(res)).toMatchObject({ status: 422, code: 'REGISTRATION_REFUSED' });
    expect(await counts()).toEqual(before);
  });
});

describe('officer review: a pre-approval item goes to a market-registration file, registered once approved', () => {
  it('files, refuses to register before approval, then registers and issues the file’s certificate', async () => {
    const form = validForm({
      name: '重庆审查保理有限公司',
      businessScope: { itemCodes: ['S0601'], mainItemCode: 'S0601' },
      preApprovals: [{ itemCode: 'S0601', approvalNo: '渝金管〔2026〕8号', authority: '重庆市地方金融管理局' }],
    });
    const res = await file(applicant, form);
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    expect(e).toMatchObject({ status: 'under_review', route: 'officer_review', uscc: null, licence: null });
    expect(e.fileId).toEqual(expect.any(Number));

    expect(errorOf(await t.request('POST', `/api/establishments/${e.id}/register`, { as: window }))).toMatchObject({ status: 409 });
    let f = (await t.request('GET', `/api/files/${e.fileId}`, { as: window })).json();
    for (const type of ['accept', 'approve']) {
      const acted = await t.request('POST', `/api/files/${e.fileId}/actions`, { as: window, body: { type, expectedVersion: f.version, payload: {} } });
      expect(acted.statusCode, acted.body).toBe(200);
      f = acted.json();
    }
    const registered = await t.request('POST', `/api/establishments/${e.id}/register`, { as: window });
    expect(registered.statusCode, registered.body).toBe(200);
    expect(registered.json()).toMatchObject({ status: 'registered', fileStatus: expect.not.stringMatching(/^approved$/) });
    expect(checkUscc(registered.json().uscc).valid).toBe(true);
    expect(errorOf(await t.request('POST', `/api/establishments/${e.id}/register`, { as: window }))).toMatchObject({ status: 409 });
  });
});

describe('follow-up tasks: each department works its own', () => {
  it('a tax reviewer lists and completes its task; another department may not; done twice is refused', async () => {
    const admin = await t.login('admin');
    const made = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'tax-reviewer', displayName: '税务 审核', password: 'tax-password-1', role: 'department_reviewer', departmentCode: 'TAX' } });
    expect(made.statusCode, made.body).toBe(201);
    const tax = await t.login('tax-reviewer', 'tax-password-1');
    const open = (await t.request('GET', '/api/follow-ups', { as: tax })).json().items;
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((x: { departmentCode: string; taskKey: string }) => x.departmentCode === 'TAX' && x.taskKey === 'tax-invoices')).toBe(true);
    const task = open[0];
    expect(errorOf(await t.request('POST', `/api/follow-ups/${task.id}/complete`, { as: await t.login('reviewer'), body: {} }))).toMatchObject({ status: 403 });
    const done = await t.request('POST', `/api/follow-ups/${task.id}/complete`, { as: tax, body: { note: '已核定税种' } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', note: '已核定税种', overdue: false });
    expect(errorOf(await t.request('POST', `/api/follow-ups/${task.id}/complete`, { as: tax, body: {} }))).toMatchObject({ status: 409 });
  });
});

describe('reading applications', () => {
  it('the applicant lists its own; another applicant may not read them', async () => {
    const list = (await t.request('GET', '/api/establishments', { as: applicant })).json().items;
    expect(list.length).toBeGreaterThan(0);
    const other = await t.login('est-other', 'est-password-1');
    expect((await t.request('GET', '/api/establishments', { as: other })).json().items).toEqual([]);
    expect(errorOf(await t.request('GET', `/api/establishments/${list[0].id}`, { as: other }))).toMatchObject({ status: 403 });
  });
});
