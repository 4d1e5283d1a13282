// Summary deregistration over HTTP (简易注销; MER Art. 33; domain-rules §6): every investor commits, the notice runs
// 20 days on the public portal, an objection ends the summary route, the enterprise applies within 20 days after
// the notice and is deregistered (its name still blocking for a year); each exclusion refuses and keeps nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECLARATION_KEYS } from '../../src/domain/deregistration/index.ts';
import { validForm } from '../../src/domain/registration/registration-test-kit.ts';
import { moveClockTo } from '../helpers/moving-clock.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant');
});
afterAll(async () => t.close());

async function setToday(isoDate: string | null): Promise<void> {
  applicant = await moveClockTo(t, isoDate);
}

const declarations = Object.fromEntries(DECLARATION_KEYS.map((k) => [k, true]));
async function registered(name: string): Promise<{ uscc: string; commitments: { name: string; idNumber: string }[] }> {
  const form = validForm({ name });
  const res = await t.request('POST', '/api/establishments', { as: applicant, body: form });
  expect(res.statusCode, res.body).toBe(201);
  return { uscc: res.json().uscc, commitments: form.investors!.map((i) => ({ name: i.name, idNumber: i.idNumber })) };
}
const start = (uscc: string, body: unknown, as = applicant) => t.request('POST', `/api/enterprises/${uscc}/summary-deregistration`, { as, body });
const apply = (uscc: string, id: number) => t.request('POST', `/api/enterprises/${uscc}/summary-deregistration/${id}/apply`, { as: applicant });

describe('summary deregistration without objection', () => {
  it('publishes a 20-day notice, refuses to deregister during it, deregisters after it, and keeps the name blocked', async () => {
    await setToday(null);
    const e = await registered('重庆暮归科技有限公司');
    const res = await start(e.uscc, { commitments: e.commitments, declarations });
    expect(res.statusCode, res.body).toBe(201);
    const notice = res.json();
    expect(notice).toMatchObject({ state: 'in_notice', noticeFrom: '2026-11-24', noticeTo: '2026-12-13', applyBy: '2027-01-02', noticeDays: 20, investorsCommitted: ['张三', '李四'] });
    // The public portal shows it, without identity numbers.
    const portal = (await t.request('GET', '/api/public/deregistration-notices')).json();
    expect(portal.items.map((n: { id: number }) => n.id)).toContain(notice.id);
    expect(JSON.stringify(portal)).not.toContain(e.commitments[0]!.idNumber);
    // A second notice for the same enterprise is refused while one runs.
    expect(errorOf(await start(e.uscc, { commitments: e.commitments, declarations }))).toMatchObject({ status: 409 });

    await setToday('2026-12-13');
    expect(errorOf(await apply(e.uscc, notice.id))).toMatchObject({ status: 409, message: expect.stringContaining('2026-12-13') });
    await setToday('2026-12-14');
    const done = await apply(e.uscc, notice.id);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().state).toBe('deregistered');
    const enterprise = await t.request('GET', `/api/enterprises/${e.uscc}`, { as: applicant });
    expect(enterprise.json().status).toBe('deregistered');
    // BO-25: from its day no one holds it; the day before, its investors still did.
    const owners = async (asOf: string) => (await t.request('GET', `/api/enterprises/${e.uscc}/beneficial-owners?asOf=${asOf}`, { as: await t.login('window') })).json();
    expect((await owners('2026-12-14')).ultimateHolders).toEqual([]);
    expect((await owners('2026-12-13')).ultimateHolders.map((h: { name: string }) => h.name)).toEqual(['张三', '李四']);
    // Art. 17: the deregistered name blocks an identical one for a year, and the licence check says deregistered.
    expect((await t.request('POST', '/api/names/check', { body: { name: '重庆暮归科技有限公司' } })).json().verdict).toBe('conflict');
    const licence = (await t.request('GET', `/api/licences/${e.uscc}`)).json();
    const verified = (await t.request('POST', '/api/licences/verify', { body: { document: licence.document, signature: licence.signature } })).json();
    expect(verified.enterprise).toMatchObject({ status: 'deregistered' });
    await setToday(null);
  });

  it('an application after the window finds the notice lapsed (EXIT-04)', async () => {
    await setToday(null);
    const e = await registered('重庆逾期科技有限公司');
    const notice = (await start(e.uscc, { commitments: e.commitments, declarations })).json();
    await setToday('2027-01-03');
    expect(errorOf(await apply(e.uscc, notice.id))).toMatchObject({ status: 409, message: expect.stringContaining('lapsed') });
    // The lapsed notice no longer stands in the way: the enterprise may start again, with a new notice.
    const again = await start(e.uscc, { commitments: e.commitments, declarations });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ state: 'in_notice', noticeFrom: '2027-01-03', noticeTo: '2027-01-22' });
    const listed = (await t.request('GET', `/api/enterprises/${e.uscc}/summary-deregistration`, { as: applicant })).json().items;
    expect(listed.map((n: { id: number; state: string }) => [n.id, n.state])).toEqual([[again.json().id, 'in_notice'], [notice.id, 'lapsed']]);
    await setToday(null);
  });
});

describe('objections (EXIT-03)', () => {
  it('anyone may object during the notice; the summary route ends with the grounds recorded', async () => {
    await setToday(null);
    const e = await registered('重庆异议科技有限公司');
    const notice = (await start(e.uscc, { commitments: e.commitments, declarations })).json();
    const objection = { objector: '重庆某供应商有限公司', objectorKind: 'creditor', contact: '023-60000000', grounds: '尚欠货款人民币十二万元未清偿' };
    const res = await t.request('POST', `/api/public/deregistration-notices/${notice.id}/objections`, { body: objection });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'objected', objections: [{ objector: '重庆某供应商有限公司', grounds: '尚欠货款人民币十二万元未清偿' }] });
    await setToday('2026-12-20');
    expect(errorOf(await apply(e.uscc, notice.id))).toMatchObject({ status: 409, message: expect.stringContaining('ordinary deregistration') });
    const notes = (await t.request('GET', '/api/me/notifications', { as: applicant })).json();
    expect(JSON.stringify(notes)).toContain('重庆某供应商有限公司');
    await setToday(null);
  });

  it('objections after the notice are refused, and bad objections name the field', async () => {
    await setToday(null);
    const e = await registered('重庆迟议科技有限公司');
    const notice = (await start(e.uscc, { commitments: e.commitments, declarations })).json();
    expect(errorOf(await t.request('POST', `/api/public/deregistration-notices/${notice.id}/objections`, { body: { objector: 'x', objectorKind: 'creditor', contact: '023', grounds: '' } }))).toMatchObject({ status: 400 });
    await setToday('2026-12-14');
    const late = await t.request('POST', `/api/public/deregistration-notices/${notice.id}/objections`, { body: { objector: '某人', objectorKind: 'other', contact: '13800000000', grounds: '公告期后提出的异议' } });
    expect(errorOf(late)).toMatchObject({ status: 409 });
    await setToday(null);
  });
});

describe('exclusions refuse and keep nothing (EXIT-01, EXIT-05)', () => {
  async function noticeCount() {
    return t.count('deregistration_notices');
  }

  it('a missing investor commitment or a declaration not made is refused with the reasons', async () => {
    await setToday(null);
    const e = await registered('重庆排除科技有限公司');
    const before = await noticeCount();
    const missing = await start(e.uscc, { commitments: [e.commitments[0]], declarations });
    expect(errorOf(missing)).toMatchObject({ status: 422, code: 'REGISTRATION_REFUSED', field: 'commitments' });
    const litigation = await start(e.uscc, { commitments: e.commitments, declarations: { ...declarations, 'no-pending-litigation-or-arbitration': false } });
    expect(errorOf(litigation)).toMatchObject({ status: 422, field: 'declarations.no-pending-litigation-or-arbitration' });
    expect(await noticeCount()).toBe(before);
  });

  it('the register knows the enterprise invests in another: refused even if declared otherwise', async () => {
    await setToday(null);
    const parent = await registered('重庆母体科技有限公司');
    const form = validForm({ name: '重庆子体科技有限公司' });
    const child = { ...form, investors: [form.investors![0]!, { name: '重庆母体科技有限公司', nationality: 'CN', kind: 'entity', idType: 'uscc', idNumber: parent.uscc, subscribedYuan: 400_000, contributionDueOn: '2030-12-31' }] };
    expect((await t.request('POST', '/api/establishments', { as: applicant, body: child })).statusCode).toBe(201);
    const res = await start(parent.uscc, { commitments: parent.commitments, declarations });
    expect(errorOf(res)).toMatchObject({ status: 422, field: 'declarations.no-investments-in-other-entities' });
    expect(res.json().error.details.reasons[0].zh).toContain('重庆子体科技有限公司');
  });

  it('a demo enterprise registered before zimao, another applicant, and an unknown enterprise', async () => {
    const demo = await t.ctx.db.selectFrom('enterprises').select('uscc').where('name', '=', '重庆两江云启软件有限公司').executeTakeFirstOrThrow();
    expect(errorOf(await start(demo.uscc, { commitments: [{ name: '某', idNumber: '11010519491231002X' }], declarations }))).toMatchObject({ status: 409 });
    const e = await registered('重庆他人科技有限公司');
    const made = await t.request('POST', '/api/accounts', { as: await t.login('admin'), body: { username: 'dereg-other', displayName: '他人', password: 'dereg-password-1', role: 'applicant' } });
    expect(made.statusCode).toBe(201);
    const other = await t.login('dereg-other', 'dereg-password-1');
    const auditBefore = await t.count('audit_log');
    expect(errorOf(await start(e.uscc, { commitments: e.commitments, declarations }, other))).toMatchObject({ status: 403 });
    expect(await t.count('audit_log')).toBe(auditBefore);
    expect(errorOf(await start('91500000MA5U9999XX', { commitments: e.commitments, declarations }))).toMatchObject({ status: 404 });
  });
});
