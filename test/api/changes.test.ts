// Change registration over HTTP (issue 6; MER Art. 24): a company registered through POST /api/establishments changes
// its name (the old one becomes a former name, licence version 2 supersedes 1), its domicile (the area moves), its
// directors (a filing, no new licence); refusals keep nothing; only the owner or the window files; an enterprise
// registered before zimao cannot be changed here; an added pre-approval item is registered after the window's review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId, validForm } from '../../src/domain/registration/registration-test-kit.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
let window: Session;
let other: Session;
beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant');
  window = await t.login('window');
  const created = await t.request('POST', '/api/accounts', { as: await t.login('admin'), body: { username: 'chg-other', displayName: '他人', password: 'chg-password-1', role: 'applicant' } });
  expect(created.statusCode, created.body).toBe(201);
  other = await t.login('chg-other', 'chg-password-1');
});
afterAll(async () => t.close());

/** Registers a company on the spot for the demo applicant and returns its credit code. */
async function establish(name: string, overrides: Parameters<typeof validForm>[0] = {}): Promise<string> {
  const res = await t.request('POST', '/api/establishments', { as: applicant, body: validForm({ name, ...overrides }) });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().status).toBe('registered');
  return res.json().uscc as string;
}
const change = (as: Session, uscc: string, body: unknown) => t.request('POST', `/api/enterprises/${uscc}/changes`, { as, body });
const person = (name: string, seq: number) => ({ name, nationality: 'CN', idType: 'resident-id', idNumber: residentId('19870707', seq) });
const chair = () => validForm().directors![0]!;

/** Every row a change could write, so a refused one can be shown to have written nothing. */
async function rowsOf(uscc: string) {
  const db = t.ctx.db;
  return {
    enterprise: await db.selectFrom('enterprises').selectAll().where('uscc', '=', uscc).executeTakeFirst(),
    changes: await db.selectFrom('change_applications').select(['id', 'status']).orderBy('id').execute(),
    licences: await db.selectFrom('business_licences').select(['id', 'version', 'superseded_at']).where('uscc', '=', uscc).orderBy('id').execute(),
    entries: await db.selectFrom('enterprise_register_entries').select('id').where('uscc', '=', uscc).orderBy('id').execute(),
    names: await db.selectFrom('enterprise_names').select(['id', 'status', 'uscc']).orderBy('id').execute(),
    files: await db.selectFrom('application_files').select(['id', 'version']).orderBy('id').execute(),
    notifications: await t.count('notifications'),
  };
}

describe('on the spot (REG-04): the change is applied in the same transaction', () => {
  it('a name change: new name on the register, the old one a former name, licence version 2 supersedes 1, a change entry', async () => {
    const uscc = await establish('重庆朱雀科技有限公司');
    const res = await change(applicant, uscc, { name: '重庆玄武科技有限公司' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ uscc, status: 'registered', route: 'on_the_spot', kind: 'change', changedFields: ['name'], registrationItems: ['name'], filings: [], licenceVersion: 2, fileId: null });

    expect((await t.request('GET', `/api/enterprises/${uscc}`, { as: applicant })).json()).toMatchObject({ name: '重庆玄武科技有限公司', areaCode: 'LJ' });
    const names = await t.ctx.db.selectFrom('enterprise_names').select(['name', 'status', 'since']).where('uscc', '=', uscc).orderBy('id').execute();
    expect(names).toEqual([
      { name: '重庆朱雀科技有限公司', status: 'changed', since: '2026-11-24' },
      { name: '重庆玄武科技有限公司', status: 'registered', since: '2026-11-24' },
    ]);
    // Art. 17: a changed name blocks others for a year.
    expect(errorOf(await t.request('POST', '/api/names/reservations', { as: other, body: { name: '重庆朱雀科技有限公司', commitment: true } }))).toMatchObject({ status: 409, code: 'NAME_CONFLICT' });
    const taken = await t.request('POST', '/api/establishments', { as: other, body: validForm({ name: '重庆朱雀科技有限公司' }) });
    expect(errorOf(taken)).toMatchObject({ status: 422, code: 'REGISTRATION_REFUSED' });
    expect(taken.json().error.details.findings.map((f: { code: string }) => f.code)).toContain('NAME-10');

    const current = (await t.request('GET', `/api/licences/${uscc}`)).json();
    expect(current).toMatchObject({ version: 2, current: true, supersededAt: null, document: { name: '重庆玄武科技有限公司', establishedOn: '2026-11-24', areaCode: 'LJ' } });
    const first = (await t.request('GET', `/api/licences/${uscc}/versions/1`)).json();
    expect(first).toMatchObject({ version: 1, current: false, document: { name: '重庆朱雀科技有限公司' } });
    expect(first.supersededAt).toEqual(expect.any(String));
    const verified = await t.request('POST', '/api/licences/verify', { body: { document: current.document, signature: current.signature } });
    expect(verified.json()).toMatchObject({ signatureValid: true, current: true });

    const entries = (await t.request('GET', `/api/enterprises/${uscc}/register-entries`, { as: applicant })).json().items;
    expect(entries.map((e: { kind: string }) => e.kind)).toEqual(['establishment', 'change']);
    expect(entries[1].summary).toMatchObject({ formerName: '重庆朱雀科技有限公司', name: '重庆玄武科技有限公司', licenceVersion: 2, registrationItems: ['name'] });
    expect(JSON.stringify((await t.request('GET', '/api/me/notifications', { as: applicant })).json())).toContain('重庆玄武科技有限公司的变更登记已办结');
  });

  it('a new name through the applicant’s reservation: the reservation becomes the registered name', async () => {
    const uscc = await establish('重庆青龙科技有限公司');
    const reserved = await t.request('POST', '/api/names/reservations', { as: applicant, body: { name: '重庆白虎科技有限公司', commitment: true } });
    const reservationId = reserved.json().reservation.id;
    const res = await change(applicant, uscc, { name: '重庆白虎科技有限公司', nameReservationId: reservationId });
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.ctx.db.selectFrom('enterprise_names').select(['status', 'uscc']).where('id', '=', reservationId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'registered', uscc });
  });

  it('a domicile in another area moves the enterprise there, with a new licence', async () => {
    const uscc = await establish('重庆麒麟科技有限公司');
    const res = await change(applicant, uscc, { domicile: { address: '重庆市沙坪坝区西永大道28号', commitment: true } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'change', changedFields: ['domicile'], licenceVersion: 2 });
    expect((await t.request('GET', `/api/enterprises/${uscc}`, { as: applicant })).json()).toMatchObject({ areaCode: 'XY', districtCode: '500106' });
    expect((await t.request('GET', `/api/licences/${uscc}`)).json().document).toMatchObject({ domicile: '重庆市沙坪坝区西永大道28号', areaCode: 'XY' });
    // The Liangjiang area officer no longer reads it; Xiyong's does.
    expect(errorOf(await t.request('GET', `/api/enterprises/${uscc}/register-entries`, { as: await t.login('area-lj') }))).toMatchObject({ status: 403 });
    expect((await t.request('GET', `/api/enterprises/${uscc}/register-entries`, { as: await t.login('area-xy') })).statusCode).toBe(200);
  });

  it('a change of directors only is a filing: no new licence version', async () => {
    const uscc = await establish('重庆貔貅科技有限公司');
    const res = await change(applicant, uscc, { directors: [chair(), { ...person('周八', 606), position: 'director' }] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'filing', changedFields: ['directors'], registrationItems: [], filings: ['directors'], licenceVersion: null });
    expect((await t.request('GET', `/api/licences/${uscc}`)).json()).toMatchObject({ version: 1, current: true });
    const entries = (await t.request('GET', `/api/enterprises/${uscc}/register-entries`, { as: window })).json().items;
    expect(entries.map((e: { kind: string }) => e.kind)).toEqual(['establishment', 'filing']);
    // The next change is reviewed against the form after this one: the new director stays.
    const next = await change(applicant, uscc, { managers: [person('吴九', 707)] });
    expect(next.statusCode, next.body).toBe(201);
    const particulars = (await t.ctx.db.selectFrom('enterprises').select('particulars').where('uscc', '=', uscc).executeTakeFirstOrThrow()).particulars as { directors: unknown[]; managers: unknown[] };
    expect([particulars.directors.length, particulars.managers.length]).toEqual([2, 1]);
  });

  it('a window officer files at the counter for the owner', async () => {
    const uscc = await establish('重庆獬豸科技有限公司');
    const res = await change(window, uscc, { managers: [person('郑十', 808)], applicantId: applicant.userId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ applicantId: applicant.userId, kind: 'filing' });
  });
});

describe('refusals keep nothing', () => {
  let uscc = '';
  beforeAll(async () => {
    uscc = await establish('重庆饕餮科技有限公司');
  });

  it('a capital change whose subscriptions do not add up: 422 with the findings', async () => {
    const before = await rowsOf(uscc);
    const res = await change(applicant, uscc, { registeredCapitalYuan: 2_000_000 });
    expect(errorOf(res)).toMatchObject({ status: 422, code: 'REGISTRATION_REFUSED', field: 'registeredCapitalYuan' });
    expect(res.json().error.details.findings.map((f: { code: string }) => f.code)).toEqual(['CAP-01']);
    expect(await rowsOf(uscc)).toEqual(before);
  });

  it('another applicant, or the window naming someone else: 403 before anything is written, not even the trail', async () => {
    const analyst = await t.login('analyst'); // signing in is audited: before the snapshot
    const before = { rows: await rowsOf(uscc), audit: await t.count('audit_log') };
    expect(errorOf(await change(other, uscc, { name: '重庆混沌科技有限公司' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await change(window, uscc, { name: '重庆混沌科技有限公司', applicantId: other.userId }))).toMatchObject({ status: 403, code: 'FORBIDDEN', field: 'applicantId' });
    expect(errorOf(await change(analyst, uscc, { name: '重庆混沌科技有限公司' }))).toMatchObject({ status: 403 });
    expect({ rows: await rowsOf(uscc), audit: await t.count('audit_log') }).toEqual(before);
    expect(errorOf(await t.request('GET', `/api/enterprises/${uscc}/changes`, { as: other }))).toMatchObject({ status: 403 });
  });

  it('an enterprise registered before zimao (no particulars): 409 naming uscc', async () => {
    const demo = await t.ctx.db.selectFrom('enterprises').select('uscc').where('name', '=', '重庆两江云启软件有限公司').executeTakeFirstOrThrow();
    const before = await rowsOf(demo.uscc);
    const res = await change(applicant, demo.uscc, { managers: [person('钱一', 909)] });
    expect(errorOf(res)).toMatchObject({ status: 409, code: 'CONFLICT', field: 'uscc' });
    expect(await rowsOf(demo.uscc)).toEqual(before);
  });

  it.each([
    ['no change named', {}],
    ['only the applicant', { applicantId: 1 }],
    ['a reservation without a name', { nameReservationId: 1, managers: [] }],
    ['a registered value is no change', { name: '重庆饕餮科技有限公司', businessScope: { itemCodes: ['S0101', 'S0103'], mainItemCode: 'S0101' } }],
    ['control facts alone register nothing', { foreignControl: { votingInfluence: false } }],
  ])('%s: 400', async (_label, body) => {
    const before = await rowsOf(uscc);
    expect(errorOf(await change(applicant, uscc, body))).toMatchObject({ status: 400, code: 'INVALID_REQUEST' });
    expect(await rowsOf(uscc)).toEqual(before);
  });

  it('an unknown credit code: 404', async () => {
    expect(errorOf(await change(applicant, '91500000MA0000000X', { managers: [] }))).toMatchObject({ status: 404, field: 'uscc' });
  });
});

describe('officer review: an added pre-approval item goes to a market-registration file, registered once approved', () => {
  it('files, holds back other changes and registration until approved, then registers and issues the certificate', async () => {
    const uscc = await establish('重庆鲲鹏科技有限公司');
    const res = await change(applicant, uscc, {
      businessScope: { itemCodes: ['S0101', 'S0103', 'S0601'], mainItemCode: 'S0101' },
      preApprovals: [{ itemCode: 'S0601', approvalNo: '渝金管〔2026〕12号', authority: '重庆市地方金融管理局' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const filed = res.json();
    expect(filed).toMatchObject({ status: 'under_review', route: 'officer_review', kind: 'change', licenceVersion: null, fileId: expect.any(Number) });
    expect(filed.findings.map((f: { code: string }) => f.code)).toContain('SCOPE-03');
    expect((await t.request('GET', `/api/licences/${uscc}`)).json().version).toBe(1);

    const register = () => t.request('POST', `/api/enterprises/${uscc}/changes/${filed.id}/register`, { as: window });
    expect(errorOf(await register())).toMatchObject({ status: 409 });
    expect(errorOf(await change(applicant, uscc, { managers: [person('孙二', 919)] }))).toMatchObject({ status: 409, field: 'uscc' });
    expect(errorOf(await t.request('POST', `/api/enterprises/${uscc}/changes/${filed.id}/register`, { as: applicant }))).toMatchObject({ status: 403 });

    let file = (await t.request('GET', `/api/files/${filed.fileId}`, { as: window })).json();
    for (const type of ['accept', 'approve']) {
      const acted = await t.request('POST', `/api/files/${file.id}/actions`, { as: window, body: { type, expectedVersion: file.version, payload: {} } });
      expect(acted.statusCode, acted.body).toBe(200);
      file = acted.json();
    }
    const registered = await register();
    expect(registered.statusCode, registered.body).toBe(200);
    expect(registered.json()).toMatchObject({ status: 'registered', licenceVersion: 2, fileStatus: expect.not.stringMatching(/^approved$/) });
    expect((await t.request('GET', `/api/licences/${uscc}`)).json().document.businessScope).toContain('商业保理业务');
    expect(errorOf(await register())).toMatchObject({ status: 409 });

    const list = (await t.request('GET', `/api/enterprises/${uscc}/changes`, { as: applicant })).json().items;
    expect(list.map((c: { id: number; status: string }) => [c.id, c.status])).toEqual([[filed.id, 'registered']]);
    const one = await t.request('GET', `/api/enterprises/${uscc}/changes/${filed.id}`, { as: window });
    expect(one.json()).toMatchObject({ id: filed.id, changes: { businessScope: { mainItemCode: 'S0101' } } });
    const elsewhere = await t.ctx.db.selectFrom('enterprises').select('uscc').where('name', '=', '重庆玄武科技有限公司').executeTakeFirstOrThrow();
    expect(errorOf(await t.request('GET', `/api/enterprises/${elsewhere.uscc}/changes/${filed.id}`, { as: window }))).toMatchObject({ status: 404 });
  });
});

describe('GET /api/enterprises/:uscc/particulars', () => {
  it('answers the form as registered after the latest change; 404 for a company registered before zimao', async () => {
    const made = await t.request('POST', '/api/establishments', { as: applicant, body: validForm({ name: '重庆现状科技有限公司' }) });
    const uscc = made.json().uscc as string;
    const changed = await t.request('POST', `/api/enterprises/${uscc}/changes`, { as: applicant, body: { domicile: { address: '重庆市沙坪坝区西永街道西永大道28号', commitment: true } } });
    expect(changed.statusCode, changed.body).toBe(201);
    const res = await t.request('GET', `/api/enterprises/${uscc}/particulars`, { as: applicant });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ uscc, applicantId: applicant.userId, form: { name: '重庆现状科技有限公司', domicile: { address: '重庆市沙坪坝区西永街道西永大道28号' } } });
    const demo = await t.ctx.db.selectFrom('enterprises').select('uscc').where('name', '=', '重庆两江云启软件有限公司').executeTakeFirstOrThrow();
    expect(errorOf(await t.request('GET', `/api/enterprises/${demo.uscc}/particulars`, { as: applicant }))).toMatchObject({ status: 404 });
  });
});
