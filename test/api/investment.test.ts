// Foreign-funded investment projects and the security-review flag through the API: recordation with an instant
// receipt number, approval as a project-approval file with its time limit (TIME-62), the negative list applied at
// filing, the FTZ Office's flagged list, record scopes, and bad input refused with the field named and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
let window: Session;
let analyst: Session;
beforeAll(async () => {
  t = await createTestApp();
  [applicant, window, analyst] = [await t.login('applicant'), await t.login('window'), await t.login('analyst')];
});
afterAll(async () => t.close());

const PROJECT = { name: '两江智能软件研发中心', areaCode: 'LJ', industryCodes: ['6513'], totalInvestmentYuan: 80_000_000, foreignShare: 30 };
const file = (as: Session, body: Record<string, unknown>) => t.request('POST', '/api/investment/projects', { as, body: { ...PROJECT, ...body } });
const sequenceOf = (no: string) => Number(/^渝自贸外备〔2026〕(\d{6})$/.exec(no)?.[1]);

/** Rows of every table a filing writes: a refused filing must leave them all as they were. */
async function rowsWritten(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['investment_cases', 'investment_reports', 'investment_recordation_counters', 'application_files', 'file_actions'] as const) {
    const row = await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  const counters = await t.ctx.db.selectFrom('investment_recordation_counters').select('last').execute();
  out.lastReceipt = counters.reduce((sum, c) => sum + c.last, 0);
  return out;
}

describe('recordation (备案)', () => {
  it('issues a receipt number at once, consecutive per year, for the applicant and at the counter', async () => {
    const first = await file(applicant, {});
    expect(first.statusCode, first.body).toBe(201);
    const a = first.json();
    expect(a).toMatchObject({ kind: 'foreign_project', procedure: 'recordation', fileId: null, file: null, applicant: { id: applicant.userId, displayName: '申请人 孙浩 Applicant' }, flagged: false, reports: [] });
    expect(a.recordationNo).toMatch(/^渝自贸外备〔2026〕\d{6}$/);
    expect(a.classification).toMatchObject({ kind: 'foreign_project', date: '2026-11-24', authority: { code: 'LOCAL_DRC' }, ruleId: null, workingDays: null, negativeListRestricted: false });
    expect(a.classification.reasons.map((r: { code: string }) => r.code)).toContain('PRJ-RECORDATION');
    expect(a.input).toMatchObject({ name: PROJECT.name, industryCodes: ['6513'] });
    expect(a.input).not.toHaveProperty('applicantId');

    const second = (await file(applicant, { name: '两江数据服务项目' })).json();
    const third = (await file(window, { name: '柜台代办项目', applicantId: applicant.userId })).json();
    expect([sequenceOf(second.recordationNo), sequenceOf(third.recordationNo)]).toEqual([sequenceOf(a.recordationNo) + 1, sequenceOf(a.recordationNo) + 2]);
    expect(third.applicant.id).toBe(applicant.userId);
    expect((await t.request('GET', `/api/investment/cases/${a.id}`, { as: applicant })).json()).toMatchObject({ id: a.id, recordationNo: a.recordationNo });
    // Filed at the same moment (on PostgreSQL, over several connections): distinct, consecutive numbers.
    const together = await Promise.all([1, 2, 3, 4].map((i) => file(applicant, { name: `同时备案项目 ${i}` })));
    const numbers = together.map((r) => sequenceOf(r.json().recordationNo)).sort((x, y) => x - y);
    expect(numbers).toEqual([3, 4, 5, 6].map((k) => sequenceOf(a.recordationNo) + k));
  });
});

describe('approval (核准)', () => {
  it('a project matching an approval rule opens a project-approval file with its time limit (TIME-62)', async () => {
    const res = await file(applicant, { name: '乌江支流水电站', industryCodes: ['4413'], totalInvestmentYuan: 1_200_000_000 });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ procedure: 'approval', recordationNo: null, file: { type: 'project-approval', status: 'submitted', dueOn: null } });
    expect(c.classification).toMatchObject({ ruleId: 'PRJ-HYDRO', authority: { code: 'CQ_DRC' }, workingDays: 20, extensionWorkingDays: 40 });
    const window$ = await t.request('GET', `/api/files/${c.fileId}`, { as: window });
    expect(window$.json().form).toMatchObject({ caseId: c.id, projectName: '乌江支流水电站', ruleId: 'PRJ-HYDRO', authority: 'CQ_DRC' });
    const accepted = await t.request('POST', `/api/files/${c.fileId}/actions`, { as: window, body: { type: 'accept', expectedVersion: 1 } });
    // Accepted on Tuesday 2026-11-24: 20 working days (条例 Art. 10), extendable by at most 40.
    expect(accepted.json()).toMatchObject({ status: 'accepted', clock: { limitWorkingDays: 20, dueOn: '2026-12-22' } });
    const types = (await t.request('GET', '/api/file-types')).json().items as { code: string; decisionWorkingDays: number; maxExtensionWorkingDays: number; legalBasis: string }[];
    expect(types.find((x) => x.code === 'project-approval')).toMatchObject({ decisionWorkingDays: 20, maxExtensionWorkingDays: 40, legalBasis: expect.stringContaining('条例 Art. 10'), openedThrough: 'POST /api/investment/projects' });
    expect((await t.request('GET', `/api/investment/cases/${c.id}`, { as: applicant })).json().file).toMatchObject({ status: 'accepted', acceptedOn: '2026-11-24', dueOn: '2026-12-22' });
  });

  it('a field the negative list restricts goes to approval by amount; a prohibited one is refused and nothing written', async () => {
    const restricted = (await file(applicant, { name: '演出经纪合资项目', industryCodes: ['8810'], foreignShare: 49, totalInvestmentUsd: 20_000_000 })).json();
    expect(restricted.classification).toMatchObject({ negativeListRestricted: true, ruleId: 'PRJ-FI-RESTRICTED', authority: { code: 'CQ_DRC' } });
    const large = (await file(applicant, { name: '大型演出项目', industryCodes: ['8810'], foreignShare: 49, totalInvestmentUsd: 300_000_000 })).json();
    expect(large.classification).toMatchObject({ ruleId: 'PRJ-FI-RESTRICTED-LARGE', authority: { code: 'NDRC' } });
    const before = await rowsWritten(t);
    const prohibited = await file(applicant, { name: '社科研究机构', industryCodes: ['7350'] });
    expect(errorOf(prohibited)).toMatchObject({ status: 422, code: 'ADMISSION_REFUSED', field: 'industryCodes' });
    expect(await rowsWritten(t)).toEqual(before);
  });

  it('opens these files only from a case: POST /api/files refuses the type', async () => {
    const form = { caseId: 1, projectName: 'x', areaCode: 'LJ', industryCodes: ['4413'], totalInvestmentYuan: 1, foreignShare: 30, ruleId: 'PRJ-HYDRO', authority: 'CQ_DRC', securityReviewFlagged: false };
    const before = await rowsWritten(t);
    expect(errorOf(await t.request('POST', '/api/files', { as: applicant, body: { type: 'project-approval', form } }))).toMatchObject({ status: 400, field: 'type' });
    expect(await rowsWritten(t)).toEqual(before);
  });
});

describe('security review (安全审查)', () => {
  let flaggedId = 0;
  let notFlaggedId = 0;
  it('flags a key field at a foreign share of 50 with its grounds, not at 49.99 without other control', async () => {
    const at50 = (await file(applicant, { name: '工业软件并购', foreignShare: 50 })).json();
    expect(at50).toMatchObject({ flagged: true, securityReview: { flagged: true, actualControl: { acquired: true, by: ['share'] } } });
    expect(at50.securityReview.grounds.map((g: { field: string }) => g.field)).toEqual(['information-technology']);
    expect(at50.securityReview.grounds[0].legalBasis).toContain('Art. 4');
    const below = (await file(applicant, { name: '工业软件参股', foreignShare: 49.99 })).json();
    expect(below).toMatchObject({ flagged: false, securityReview: { flagged: false, actualControl: { acquired: false }, grounds: [] } });
    expect(below.securityReview.reasons.map((r: { code: string }) => r.code)).toContain('SR-ART4-2');
    const voting = (await file(applicant, { name: '工业软件表决权安排', foreignShare: 49.99, votingInfluence: true })).json();
    expect(voting).toMatchObject({ flagged: true, securityReview: { actualControl: { by: ['voting'] } } });
    [flaggedId, notFlaggedId] = [at50.id, below.id];
  });

  it('shows the FTZ Office the flagged list with grounds; an applicant or area officer gets 403', async () => {
    const list = await t.request('GET', '/api/investment/security-review', { as: analyst });
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((i: { id: number }) => i.id);
    expect(ids).toContain(flaggedId);
    expect(ids).not.toContain(notFlaggedId);
    expect(list.json().items.find((i: { id: number }) => i.id === flaggedId).securityReview.grounds[0]).toMatchObject({ field: 'information-technology', via: 'industry-code' });
    expect((await t.request('GET', '/api/investment/security-review', { as: await t.login('admin') })).statusCode).toBe(200);
    expect(errorOf(await t.request('GET', '/api/investment/security-review', { as: applicant }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await t.request('GET', '/api/investment/security-review', { as: await t.login('area-lj') }))).toMatchObject({ status: 403 });
  });
});

describe('record scope', () => {
  it('an applicant sees its own cases, an area officer its area, the FTZ Office all', async () => {
    const xy = (await file(window, { name: '西永项目', areaCode: 'XY', applicantId: applicant.userId })).json();
    const lj = await t.login('area-lj');
    const ljItems = (await t.request('GET', '/api/investment/cases?limit=200', { as: lj })).json().items as { areaCode: string; id: number }[];
    expect(ljItems.length).toBeGreaterThan(0);
    expect(ljItems.every((i) => i.areaCode === 'LJ')).toBe(true);
    expect(errorOf(await t.request('GET', `/api/investment/cases/${xy.id}`, { as: lj }))).toMatchObject({ status: 403, field: 'id' });
    expect(errorOf(await t.request('GET', '/api/investment/cases?areaCode=XY', { as: lj }))).toMatchObject({ status: 403, field: 'areaCode' });
    const all = (await t.request('GET', '/api/investment/cases?limit=200', { as: analyst })).json();
    expect(all.items.map((i: { id: number }) => i.id)).toContain(xy.id);
    expect(all.total).toBe(all.items.length);
    // Every case here is the applicant's (its own, those filed for it at the counter, the demo's); the demo's outbound
    // case makes the kind filter tell.
    type Listed = { id: number; kind: string; applicant: { id: number } };
    expect((all.items as Listed[]).some((i) => i.kind === 'outbound')).toBe(true);
    const ownProjects = (all.items as Listed[]).filter((i) => i.kind === 'foreign_project' && i.applicant.id === applicant.userId);
    const mine = (await t.request('GET', '/api/investment/cases?kind=foreign_project&limit=200', { as: applicant })).json();
    expect(mine.total).toBe(ownProjects.length);
    expect((mine.items as Listed[]).map((i) => i.id).sort()).toEqual(ownProjects.map((i) => i.id).sort());
    const admin = await t.login('admin');
    const other = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'investor-2', displayName: '另一投资者', password: 'investor-pass-2026', role: 'applicant' } });
    expect(other.statusCode).toBe(201);
    const stranger = await t.login('investor-2', 'investor-pass-2026');
    expect((await t.request('GET', '/api/investment/cases', { as: stranger })).json()).toEqual({ items: [], total: 0 });
    expect(errorOf(await t.request('GET', `/api/investment/cases/${xy.id}`, { as: stranger }))).toMatchObject({ status: 403 });
    expect(errorOf(await file(stranger, { applicantId: applicant.userId }))).toMatchObject({ status: 403, field: 'applicantId' });
    expect(errorOf(await t.request('GET', '/api/investment/cases/999999', { as: analyst }))).toMatchObject({ status: 404, field: 'id' });
  });
});

describe('bad input', () => {
  it.each([
    [{ name: '' }, 'name'],
    [{ industryCodes: ['9999'] }, 'industryCodes'],
    [{ industryCodes: [] }, 'industryCodes'],
    [{ foreignShare: 0 }, 'foreignShare'],
    [{ foreignShare: 100.5 }, 'foreignShare'],
    [{ areaCode: 'LJ-YZ' }, 'areaCode'],
    [{ totalInvestmentYuan: -1 }, 'totalInvestmentYuan'],
    [{ declaredFields: ['no-such-field'] }, 'declaredFields'],
    [{ largestForeignInvestorShare: 60 }, 'largestForeignInvestorShare'],
    [{ sensitivityDimensions: { planet: true } }, 'sensitivityDimensions'],
    [{ unknown: 1 }, 'body'],
  ])('%j → 400 naming %s, nothing written', async (change, field) => {
    const before = await rowsWritten(t);
    const res = await file(applicant, change);
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
    expect(await rowsWritten(t)).toEqual(before);
  });

  it('a window officer must name an active applicant', async () => {
    const before = await rowsWritten(t);
    expect(errorOf(await file(window, {}))).toMatchObject({ status: 400, field: 'applicantId' });
    expect(errorOf(await file(window, { applicantId: window.userId }))).toMatchObject({ status: 400, field: 'applicantId' });
    expect(await rowsWritten(t)).toEqual(before);
  });

  it('every filing and refusal is in the audit trail', async () => {
    const audit = (await t.request('GET', '/api/audit?limit=200', { as: await t.login('admin') })).json().items as { action: string; result: Record<string, unknown> }[];
    const filings = audit.filter((a) => a.action === 'investment.project.file');
    expect(filings.some((a) => typeof a.result.recordationNo === 'string')).toBe(true);
    expect(filings.some((a) => a.result.refused === 'INVALID_REQUEST')).toBe(true);
  });
});

const OUTBOUND = { name: '德国汽车零部件工厂', areaCode: 'LJ', destination: { countryCode: 'DE' }, industryCodes: ['3670'], chineseInvestmentUsd: 299_999_999, investorKind: 'local' };
const goAbroad = (as: Session, body: Record<string, unknown>) => t.request('POST', '/api/investment/outbound', { as, body: { ...OUTBOUND, ...body } });

describe('outbound investment (境外投资)', () => {
  let outboundId = 0;
  it('non-sensitive below USD 300M: outbound-recordation by the Chongqing DRC, due 7 working days after acceptance (TIME-60)', async () => {
    const res = await goAbroad(applicant, {});
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ kind: 'outbound', procedure: 'recordation', recordationNo: null, securityReview: null, file: { type: 'outbound-recordation', status: 'submitted' } });
    expect(c.classification).toMatchObject({ sensitive: false, ndrc: { procedure: 'recordation', authority: { code: 'CQ_DRC' }, workingDays: 7, timeLimitId: 'TIME-60' } });
    // ODI-02: the MOFCOM track's answer is kept and shown.
    expect(c.classification.mofcom).toMatchObject({ procedure: 'recordation', authority: { code: 'CQ_COMMERCE', nameZh: '重庆市商务委员会' } });
    const accepted = await t.request('POST', `/api/files/${c.fileId}/actions`, { as: window, body: { type: 'accept', expectedVersion: 1 } });
    expect(accepted.json()).toMatchObject({ status: 'accepted', form: { caseId: c.id, ndrc: { authority: 'CQ_DRC' } }, clock: { limitWorkingDays: 7, dueOn: '2026-12-03' } });
    outboundId = c.id;
    const atSplit = (await goAbroad(window, { applicantId: applicant.userId, chineseInvestmentUsd: 300_000_000 })).json();
    expect(atSplit.classification.ndrc).toMatchObject({ procedure: 'recordation', authority: { code: 'NDRC' }, tierId: 'NDRC-LOCAL-LARGE' });
  });

  it('sensitive industry or country: outbound-approval by the NDRC, 20 working days +10 (TIME-61)', async () => {
    const estate = (await goAbroad(applicant, { name: '海外商业地产', industryCodes: ['7010'] })).json();
    expect(estate).toMatchObject({ procedure: 'approval', file: { type: 'outbound-approval' } });
    expect(estate.classification).toMatchObject({ sensitive: true, ndrc: { procedure: 'approval', authority: { code: 'NDRC' }, workingDays: 20, extensionWorkingDays: 10, timeLimitId: 'TIME-61' }, mofcom: { procedure: 'approval', authority: { code: 'MOFCOM' } } });
    expect(estate.classification.grounds.map((g: { key: string }) => g.key)).toEqual(['real-estate']);
    const war = (await goAbroad(applicant, { destination: { countryCode: 'XX', countryCategories: ['war-or-civil-unrest'] } })).json();
    expect(war).toMatchObject({ procedure: 'approval', classification: { sensitive: true, grounds: [{ kind: 'country', key: 'war-or-civil-unrest' }] } });
  });

  it.each([
    [{ destination: { countryCategories: ['no-such-category'] } }, 'destination.countryCategories'],
    [{ destination: { countryCode: 'de' } }, 'destination.countryCode'],
    [{ investorKind: 'provincial' }, 'investorKind'],
    [{ sensitiveIndustryKeys: ['nope'] }, 'sensitiveIndustryKeys'],
    [{ chineseInvestmentUsd: -5 }, 'chineseInvestmentUsd'],
  ])('%j → 400 naming %s, nothing written', async (change, field) => {
    const before = await rowsWritten(t);
    expect(errorOf(await goAbroad(applicant, change))).toMatchObject({ status: 400, field });
    expect(await rowsWritten(t)).toEqual(before);
  });

  it('appends post-investment reports (status, incident, risk contact) and lists them; refuses them on a foreign project', async () => {
    const report = (as: Session, id: number, body: Record<string, unknown>) => t.request('POST', `/api/investment/cases/${id}/reports`, { as, body });
    expect((await report(applicant, outboundId, { kind: 'status', period: '2026-Q4', body: '工厂完成选址，设备采购中' })).statusCode).toBe(201);
    expect((await report(window, outboundId, { kind: 'incident', body: '当地罢工，生产暂停三日' })).statusCode).toBe(201);
    const contact = { name: 'Li Ming', phone: '+49 30 1234567', country: 'DE', role: '海外安全联络员' };
    const added = await report(applicant, outboundId, { kind: 'risk_contact', contact });
    expect(added.json()).toMatchObject({ kind: 'risk_contact', contact, period: null, reportedBy: { id: applicant.userId, displayName: '申请人 孙浩 Applicant' } });
    const shown = (await t.request('GET', `/api/investment/cases/${outboundId}`, { as: analyst })).json();
    expect(shown.reports.map((r: { kind: string; period: string | null }) => [r.kind, r.period])).toEqual([['status', '2026-Q4'], ['incident', null], ['risk_contact', null]]);
    // The case's page names its applicant and each report's author (the window officer filed the incident).
    expect(shown.applicant.displayName).toBe('申请人 孙浩 Applicant');
    expect(shown.reports.map((r: { reportedBy: { displayName: string } }) => r.reportedBy.displayName)).toEqual(['申请人 孙浩 Applicant', '综合窗口 王芳 Window officer', '申请人 孙浩 Applicant']);

    const project = (await file(applicant, { name: '另一个备案项目' })).json();
    const before = await rowsWritten(t);
    expect(errorOf(await report(applicant, project.id, { kind: 'status', period: '2026', body: 'x' }))).toMatchObject({ status: 409, code: 'CONFLICT', field: 'id' });
    expect(errorOf(await report(applicant, outboundId, { kind: 'status', body: '缺少期间' }))).toMatchObject({ status: 400, field: 'period' });
    expect(errorOf(await report(applicant, outboundId, { kind: 'risk_contact' }))).toMatchObject({ status: 400, field: 'contact' });
    expect(errorOf(await report(applicant, outboundId, { kind: 'incident', body: 'x', contact }))).toMatchObject({ status: 400, field: 'contact' });
    expect(errorOf(await report(applicant, outboundId, { kind: 'status', period: '2026-Q5', body: 'x' }))).toMatchObject({ status: 400, field: 'period' });
    expect(errorOf(await report(await t.login('area-lj'), outboundId, { kind: 'incident', body: 'x' }))).toMatchObject({ status: 403 });
    expect(errorOf(await report(await t.login('investor-2', 'investor-pass-2026'), outboundId, { kind: 'incident', body: 'x' }))).toMatchObject({ status: 403, field: 'id' });
    expect(errorOf(await report(applicant, 999999, { kind: 'incident', body: 'x' }))).toMatchObject({ status: 404, field: 'id' });
    expect(await rowsWritten(t)).toEqual(before);
    // Append-only: the database itself refuses a change.
    await expect(t.ctx.db.updateTable('investment_reports').set({ body: 'rewritten' }).where('case_id', '=', outboundId).execute()).rejects.toThrow(/append-only/);
  });
});
