// Area assessments through the API (Plan V.(IV); Trial Measures Art. 8): templates with weights, scoring within the
// scale with evidence (bad input refused naming the field, nothing written), submission fixing total and grade, the
// outside assessor confined to the assessments assigned to it, follow-up actions tracked to closure, area confinement.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let analyst: Session;
let assessor: Session;
let areaLj: Session;
let areaXy: Session;
beforeAll(async () => {
  t = await createTestApp();
  [analyst, assessor, areaLj, areaXy] = [await t.login('analyst'), await t.login('assessor'), await t.login('area-lj'), await t.login('area-xy')];
});
afterAll(async () => t.close());

type Criterion = { key: string; weight: number; scale: { min: number; max: number; step: number } };
const create = (as: Session, body: Record<string, unknown>) => t.request('POST', '/api/assessments', { as, body });
const score = (as: Session, id: number, scores: unknown[]) => t.request('PUT', `/api/assessments/${id}/scores`, { as, body: { scores } });
const get = (as: Session, id: number) => t.request('GET', `/api/assessments/${id}`, { as });
/** Every criterion of an assessment at its maximum, with evidence. */
const fullScores = (criteria: Criterion[], at = 1) => criteria.map((c) => ({ criterionKey: c.key, score: c.scale.min + Math.round(((c.scale.max - c.scale.min) * at) / c.scale.step) * c.scale.step, evidence: `evidence ${c.key}` }));

/** What a write on an assessment could change: a refused one must leave it all as it was. */
async function written() {
  const db = t.ctx.db;
  return {
    assessments: await db.selectFrom('assessments').selectAll().orderBy('id').execute(),
    scores: await db.selectFrom('assessment_scores').select(['assessment_id', 'criterion_key', 'score', 'evidence', 'document_sha256']).orderBy('assessment_id').orderBy('criterion_key').execute(),
    findings: await t.count('assessment_findings'),
    actions: await db.selectFrom('assessment_actions').select(['id', 'status']).orderBy('id').execute(),
    updates: await t.count('assessment_action_updates'),
  };
}

describe('templates (public reference data)', () => {
  it('lists each kind’s template, weights summing to 100, marked as zimao’s own', async () => {
    const res = await t.request('GET', '/api/assessments/templates');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { kind: string; weightsOrigin: string; criteria: Criterion[] }[];
    expect(items.map((i) => i.kind).sort()).toEqual(['annual', 'mid_term', 'third_party_annual', 'third_party_semiannual']);
    for (const i of items) {
      expect(i.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
      expect(i.weightsOrigin).toBe('zimao');
    }
    expect(items.find((i) => i.kind === 'annual')!.criteria).toHaveLength(7);
  });
});

describe('the demo 2025 annual assessment of Liangjiang', () => {
  it('is submitted with the weighted total and its grade, findings and actions', async () => {
    const list = (await t.request('GET', '/api/assessments?kind=annual&areaCode=LJ', { as: analyst })).json();
    const lj = list.items.find((a: { period: string }) => a.period === '2025');
    expect(lj).toMatchObject({ status: 'submitted', template: { code: 'annual-area', version: 1 }, openActions: 2 });
    // 20×.85 + 15×.80 + 15×.78 + 15×.82 + 10×.70 + 10×.88 + 15×.90 = 82.3 → good (80 ≤ total < 90).
    expect(lj.total).toBe(82.3);
    expect(lj.grade).toMatchObject({ key: 'good' });
    const detail = (await get(analyst, lj.id)).json();
    expect(detail.result).toMatchObject({ complete: true, total: 82.3, missing: [] });
    expect(detail.scores.every((s: { evidence: string }) => s.evidence.length > 0)).toBe(true);
    expect(detail.actions.map((a: { status: string; overdue: boolean }) => [a.status, a.overdue])).toEqual([
      ['in_progress', true],
      ['open', false],
      ['closed', false],
    ]);
  });
});

describe('creating an assessment (FTZ Office)', () => {
  it('creates one per kind, area and period; a second is 409 naming period', async () => {
    const res = await create(analyst, { kind: 'annual', areaCode: 'GYG', period: '2024' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'annual', areaCode: 'GYG', status: 'in_progress', template: { code: 'annual-area', version: 1 }, assessor: null, total: null, may: { score: true, manage: true } });
    expect(res.json().result.missing).toHaveLength(7);
    const before = await written();
    expect(errorOf(await create(analyst, { kind: 'annual', areaCode: 'GYG', period: '2024' }))).toMatchObject({ status: 409, code: 'CONFLICT', field: 'period' });
    expect(await written()).toEqual(before);
  });

  it.each([
    [{ kind: 'annual', areaCode: 'LJ', period: '2025-H1' }, 'period'],
    [{ kind: 'third_party_semiannual', areaCode: 'LJ', period: '2025' }, 'period'],
    [{ kind: 'annual', areaCode: 'LJ', period: '2017' }, 'period'],
    [{ kind: 'annual', areaCode: 'LJ-YZ', period: '2023' }, 'areaCode'],
    [{ kind: 'annual', areaCode: 'LJ', period: '2023', templateCode: 'third-party-annual' }, 'templateCode'],
    [{ kind: 'annual', areaCode: 'LJ', period: '2023', templateCode: 'annual-area', templateVersion: 7 }, 'templateVersion'],
    [{ kind: 'annual', areaCode: 'LJ', period: '2023', assessorId: 1 }, 'assessorId'],
    [{ kind: 'third_party_annual', areaCode: 'LJ', period: '2023', assessorId: 1 }, 'assessorId'],
    [{ kind: 'quarterly', areaCode: 'LJ', period: '2023' }, 'kind'],
  ])('refuses %j with 400 naming %s, nothing written', async (body, field) => {
    const before = await written();
    expect(errorOf(await create(analyst, body))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
    expect(await written()).toEqual(before);
  });

  it('is the FTZ Office’s: area officers and the assessor get 403, nothing written', async () => {
    const before = await written();
    for (const as of [areaLj, assessor]) expect(errorOf(await create(as, { kind: 'annual', areaCode: 'LJ', period: '2022' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await written()).toEqual(before);
  });
});

describe('scoring with evidence within the scale', () => {
  let id = 0;
  let criteria: Criterion[] = [];
  beforeAll(async () => {
    const res = await create(analyst, { kind: 'annual', areaCode: 'LJ', period: '2024' });
    id = res.json().id;
    criteria = res.json().template.criteria;
  });

  it.each([
    [[{ criterionKey: 'leading-projects', score: 80, evidence: 'x' }, { criterionKey: 'economic-scale', score: 101, evidence: 'x' }], 'scores.1.score'],
    [[{ criterionKey: 'leading-projects', score: -1, evidence: 'x' }], 'scores.0.score'],
    [[{ criterionKey: 'leading-projects', score: 80.5, evidence: 'x' }], 'scores.0.score'],
    [[{ criterionKey: 'leading-projects', score: 80 }], 'scores.0.evidence'],
    [[{ criterionKey: 'leading-projects', score: 80, evidence: '   ' }], 'scores.0.evidence'],
    [[{ criterionKey: 'innovation-cases', score: 8, evidence: 'x' }], 'scores.0.criterionKey'],
    [[{ criterionKey: 'leading-projects', score: 80, evidence: 'x' }, { criterionKey: 'leading-projects', score: 70, evidence: 'y' }], 'scores.1.criterionKey'],
    [[{ criterionKey: 'leading-projects', score: '80', evidence: 'x' }], 'scores.0.score'],
    [[{ criterionKey: 'leading-projects', score: 80, evidence: 'x', document: { name: 'a.pdf', mediaType: 'application/pdf', contentBase64: 'not base64!' } }], 'scores.0.document.contentBase64'],
    [[], 'scores'],
  ])('refuses %j with 400 naming %s; nothing written', async (scores, field) => {
    const before = await written();
    const err = errorOf(await score(analyst, id, scores));
    expect(err).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
    expect(err.message).toContain(field);
    expect(await written()).toEqual(before);
  });

  it('keeps partial scores, refuses to submit until every criterion is scored (409 naming scores), then fixes total and grade', async () => {
    const doc = Buffer.from('%PDF-1.4 evidence');
    const first = await score(analyst, id, [{ criterionKey: 'leading-projects', score: 90, evidence: '项目清单', document: { name: '清单.pdf', mediaType: 'application/pdf', contentBase64: doc.toString('base64') } }]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().result).toMatchObject({ complete: false, total: null });
    expect(first.json().scores[0].document).toMatchObject({ name: '清单.pdf', sizeBytes: doc.length, sha256: createHash('sha256').update(doc).digest('hex') });
    const err = errorOf(await t.request('POST', `/api/assessments/${id}/submit`, { as: analyst }));
    expect(err).toMatchObject({ status: 409, code: 'CONFLICT', field: 'scores' });
    expect(err.message).toContain('advantageous-industries');

    const download = await t.request('GET', `/api/assessments/${id}/scores/leading-projects/document`, { as: areaLj });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(doc)).toBe(true);
    expect(errorOf(await t.request('GET', `/api/assessments/${id}/scores/economic-scale/document`, { as: analyst }))).toMatchObject({ status: 404, field: 'criterionKey' });

    // All at 60% of the scale: exactly the lower bound of "pass"; the document of leading-projects is kept.
    const rest = await score(analyst, id, fullScores(criteria, 0.6).map(({ document: _d, ...s }: Record<string, unknown>) => s));
    expect(rest.json().result).toMatchObject({ complete: true, total: 60, grade: { key: 'pass' } });
    expect(rest.json().scores.find((s: { criterionKey: string }) => s.criterionKey === 'leading-projects').document).not.toBeNull();
    const submitted = await t.request('POST', `/api/assessments/${id}/submit`, { as: analyst });
    expect(submitted.json()).toMatchObject({ status: 'submitted', total: 60, grade: { key: 'pass', nameZh: '合格' }, may: { score: false } });

    const before = await written();
    expect(errorOf(await score(analyst, id, [{ criterionKey: 'leading-projects', score: 100, evidence: 'late' }]))).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(errorOf(await t.request('POST', `/api/assessments/${id}/submit`, { as: analyst }))).toMatchObject({ status: 409 });
    expect(await written()).toEqual(before);
  });

  it('one step below a grade boundary falls in the band below', async () => {
    const res = await create(analyst, { kind: 'mid_term', areaCode: 'LJ', period: '2019' });
    const mid = res.json();
    // All at 90 except one 20-weight criterion at 89: 90 − 0.2 = 89.8 → good.
    const scores = (mid.template.criteria as Criterion[]).map((c) => ({ criterionKey: c.key, score: c.key === 'cluster-development' ? 89 : 90, evidence: 'e' }));
    const scored = await score(analyst, mid.id, scores);
    expect(scored.json().result).toMatchObject({ total: 89.8, grade: { key: 'good' } });
  });

  it('annual and mid-term assessments are the FTZ Office’s to score: the area officer and the assessor get 403, nothing written', async () => {
    const fresh = (await create(analyst, { kind: 'annual', areaCode: 'LJ', period: '2023' })).json();
    const before = await written();
    expect(errorOf(await score(areaLj, fresh.id, [{ criterionKey: 'leading-projects', score: 1, evidence: 'x' }]))).toMatchObject({ status: 403 });
    expect(errorOf(await score(assessor, fresh.id, [{ criterionKey: 'leading-projects', score: 1, evidence: 'x' }]))).toMatchObject({ status: 403 });
    expect(errorOf(await t.request('POST', `/api/assessments/${fresh.id}/submit`, { as: assessor }))).toMatchObject({ status: 403 });
    expect(await written()).toEqual(before);
  });
});

describe('the outside assessor sees and scores only what is assigned to it', () => {
  let unassigned = 0;
  beforeAll(async () => {
    unassigned = (await create(analyst, { kind: 'third_party_annual', areaCode: 'LJ', period: '2025' })).json().id;
  });

  it('lists only its assigned assessment; others are 403 with none of their data', async () => {
    const list = (await t.request('GET', '/api/assessments', { as: assessor })).json();
    expect(list.items.map((a: { kind: string; areaCode: string; period: string }) => [a.kind, a.areaCode, a.period])).toEqual([['third_party_semiannual', 'XY', '2026-H1']]);
    expect(list.total).toBe(1);
    const all = await t.ctx.db.selectFrom('assessments').select(['id', 'assessor_account_id']).execute();
    for (const a of all.filter((x) => x.assessor_account_id !== assessor.userId)) {
      const res = await get(assessor, a.id);
      expect(errorOf(res)).toMatchObject({ status: 403, code: 'FORBIDDEN', field: 'id' });
      expect(Object.keys(res.json())).toEqual(['error']);
    }
    const actions = (await t.request('GET', '/api/assessment-actions', { as: assessor })).json();
    expect(actions.total).toBe(0);
  });

  it('cannot score, submit or add findings to an unassigned one, nor do the FTZ Office’s work; nothing written', async () => {
    const before = await written();
    const refused = [
      await score(assessor, unassigned, [{ criterionKey: 'problems', score: 5, evidence: 'x' }]),
      await t.request('POST', `/api/assessments/${unassigned}/submit`, { as: assessor }),
      await t.request('POST', `/api/assessments/${unassigned}/findings`, { as: assessor, body: { kind: 'problem', text: 'x' } }),
      await t.request('POST', `/api/assessments/${unassigned}/assign`, { as: assessor, body: { assessorId: assessor.userId } }),
      await t.request('POST', `/api/assessments/${unassigned}/actions`, { as: assessor, body: { title: 'x', dueOn: '2027-01-01' } }),
      await t.request('GET', '/api/assessments/assessors', { as: assessor }),
      await t.request('GET', `/api/assessments/${unassigned}/scores/problems/document`, { as: assessor }),
    ];
    for (const res of refused) expect(errorOf(res)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await written()).toEqual(before);
  });

  it('once assigned, scores it with evidence; the FTZ Office may not score a third-party assessment', async () => {
    const assessors = (await t.request('GET', '/api/assessments/assessors', { as: analyst })).json().items;
    expect(assessors).toEqual([{ id: assessor.userId, displayName: expect.stringContaining('第三方') }]);
    expect(errorOf(await t.request('POST', `/api/assessments/${unassigned}/assign`, { as: analyst, body: { assessorId: analyst.userId } }))).toMatchObject({ status: 400, field: 'assessorId' });
    const assigned = await t.request('POST', `/api/assessments/${unassigned}/assign`, { as: analyst, body: { assessorId: assessor.userId } });
    expect(assigned.json()).toMatchObject({ assessor: { id: assessor.userId }, may: { score: false, manage: true } });
    expect((await get(assessor, unassigned)).json()).toMatchObject({ may: { score: true, manage: false } });
    const before = await written();
    expect(errorOf(await score(analyst, unassigned, [{ criterionKey: 'problems', score: 5, evidence: 'x' }]))).toMatchObject({ status: 403, field: 'id' });
    expect(await written()).toEqual(before);
    const criteria = (await get(assessor, unassigned)).json().template.criteria as Criterion[];
    // 0–10 in steps of 0.5.
    expect(errorOf(await score(assessor, unassigned, [{ criterionKey: 'problems', score: 7.25, evidence: 'x' }]))).toMatchObject({ status: 400, field: 'scores.0.score' });
    const scored = await score(assessor, unassigned, fullScores(criteria, 0.85));
    expect(scored.json().result).toMatchObject({ complete: true, total: 85, grade: { key: 'good' } });
    const finding = await t.request('POST', `/api/assessments/${unassigned}/findings`, { as: assessor, body: { kind: 'suggestion', text: '建议加强案例总结' } });
    expect(finding.statusCode, finding.body).toBe(201);
    const submitted = (await t.request('POST', `/api/assessments/${unassigned}/submit`, { as: assessor })).json();
    expect(submitted).toMatchObject({ status: 'submitted', total: 85 });
    // The page names the people in it: who created, assigned to, scored, recorded and submitted.
    expect(submitted.assessor.displayName).toContain('吴迪');
    expect(submitted.createdBy.displayName).toContain('赵磊');
    expect(submitted.submittedBy.displayName).toContain('吴迪');
    expect(new Set(submitted.scores.map((s: { scoredBy: { displayName: string } }) => s.scoredBy.displayName))).toEqual(new Set([submitted.assessor.displayName]));
    expect(submitted.findings.map((f: { recordedBy: { displayName: string } }) => f.recordedBy.displayName)).toEqual([submitted.assessor.displayName]);
    expect((await t.request('GET', '/api/assessments', { as: assessor })).json().total).toBe(2);
    // An annual assessment takes no assessor.
    const annual = (await t.request('GET', '/api/assessments?kind=annual&areaCode=LJ', { as: analyst })).json().items[0].id;
    expect(errorOf(await t.request('POST', `/api/assessments/${annual}/assign`, { as: analyst, body: { assessorId: assessor.userId } }))).toMatchObject({ status: 409 });
  });
});

describe('area confinement', () => {
  it('an area officer sees its own area’s assessments and actions only; another area is 403', async () => {
    const lj = (await t.request('GET', '/api/assessments?limit=200', { as: areaLj })).json();
    expect(lj.items.length).toBeGreaterThan(0);
    expect(lj.items.every((a: { areaCode: string }) => a.areaCode === 'LJ')).toBe(true);
    expect(errorOf(await t.request('GET', '/api/assessments?areaCode=XY', { as: areaLj }))).toMatchObject({ status: 403, field: 'areaCode' });
    expect(errorOf(await t.request('GET', '/api/assessment-actions?areaCode=XY', { as: areaLj }))).toMatchObject({ status: 403, field: 'areaCode' });
    const xyAssessment = (await t.request('GET', '/api/assessments', { as: areaXy })).json().items[0];
    expect(xyAssessment).toMatchObject({ areaCode: 'XY' });
    const res = await get(areaLj, xyAssessment.id);
    expect(errorOf(res)).toMatchObject({ status: 403 });
    expect(res.body).not.toContain('2026-H1');
    const actions = (await t.request('GET', '/api/assessment-actions', { as: areaLj })).json();
    expect(actions.items.every((a: { ownerAreaCode: string }) => a.ownerAreaCode === 'LJ')).toBe(true);
    expect((await t.request('GET', '/api/assessment-actions', { as: areaXy })).json().total).toBe(0);
  });
});

describe('follow-up actions to closure', () => {
  let id = 0;
  let gyg: Session;
  beforeAll(async () => {
    const admin = await t.login('admin');
    const made = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'area-gyg-assess', displayName: '果园港片区（测试）', password: 'area-gyg-password-1', role: 'area_officer', areaCode: 'GYG' } });
    expect(made.statusCode, made.body).toBe(201);
    gyg = await t.login('area-gyg-assess', 'area-gyg-password-1');
    const res = await create(analyst, { kind: 'annual', areaCode: 'GYG', period: '2023' });
    id = res.json().id;
    await score(analyst, id, fullScores(res.json().template.criteria, 0.9));
    await t.request('POST', `/api/assessments/${id}/submit`, { as: analyst });
  });

  it('opens actions with an owner area and a due date; overdue the day after the due date (today 2026-11-24)', async () => {
    const finding = await t.request('POST', `/api/assessments/${id}/findings`, { as: analyst, body: { kind: 'problem', criterionKey: 'land-intensity', text: '闲置土地' } });
    const findingId = finding.json().findings.at(-1).id;
    const yesterday = await t.request('POST', `/api/assessments/${id}/actions`, { as: analyst, body: { title: '盘活闲置土地', findingId, dueOn: '2026-11-23' } });
    expect(yesterday.statusCode, yesterday.body).toBe(201);
    expect(yesterday.json()).toMatchObject({ status: 'open', ownerAreaCode: 'GYG', overdue: true, findingId, updates: [{ move: 'open', toStatus: 'open' }] });
    const today = await t.request('POST', `/api/assessments/${id}/actions`, { as: analyst, body: { title: '补充监测数据', dueOn: '2026-11-24' } });
    expect(today.json()).toMatchObject({ overdue: false });
    const overdue = (await t.request('GET', `/api/assessment-actions?overdue=true&assessmentId=${id}`, { as: gyg })).json();
    expect(overdue.items.map((a: { id: number }) => a.id)).toEqual([yesterday.json().id]);
  });

  it.each([
    [{ title: 'x', dueOn: '2026-02-30' }, 'dueOn'],
    [{ title: 'x', dueOn: '30/11/2026' }, 'dueOn'],
    [{ title: '', dueOn: '2026-12-01' }, 'title'],
    [{ title: 'x', dueOn: '2026-12-01', ownerAreaCode: 'CQFTZ' }, 'ownerAreaCode'],
    [{ title: 'x', dueOn: '2026-12-01', findingId: 1 }, 'findingId'],
  ])('refuses an action %j naming %s; nothing written', async (body, field) => {
    const before = await written();
    expect(errorOf(await t.request('POST', `/api/assessments/${id}/actions`, { as: analyst, body }))).toMatchObject({ status: 400, field });
    expect(await written()).toEqual(before);
  });

  it('the owner area reports, the FTZ Office verifies or returns and closes; then the assessment closes', async () => {
    const [action, other] = (await t.request('GET', `/api/assessment-actions?assessmentId=${id}`, { as: analyst })).json().items as { id: number }[];
    const progress = (as: Session, body: unknown, actionId = action!.id) => t.request('POST', `/api/assessment-actions/${actionId}/progress`, { as, body });
    const review = (as: Session, body: unknown, actionId = action!.id) => t.request('POST', `/api/assessment-actions/${actionId}/review`, { as, body });

    const before = await written();
    expect(errorOf(await progress(areaLj, { move: 'progress', note: '不是我们的' }))).toMatchObject({ status: 403, field: 'id' });
    expect(errorOf(await progress(analyst, { move: 'done', note: 'x' }))).toMatchObject({ status: 403 });
    expect(errorOf(await review(gyg, { move: 'verify' }))).toMatchObject({ status: 403 });
    expect(errorOf(await review(analyst, { move: 'close' }))).toMatchObject({ status: 409, field: 'move' });
    expect(errorOf(await progress(gyg, { move: 'done', note: '' }))).toMatchObject({ status: 400, field: 'note' });
    expect(errorOf(await t.request('POST', `/api/assessments/${id}/close`, { as: analyst }))).toMatchObject({ status: 409, field: 'id' });
    expect(await written()).toEqual(before);

    expect((await progress(gyg, { move: 'progress', note: '已摸底' })).json()).toMatchObject({ status: 'in_progress' });
    expect((await progress(gyg, { move: 'done', note: '已完成' })).json()).toMatchObject({ status: 'done', overdue: false });
    expect(errorOf(await review(analyst, { move: 'return' }))).toMatchObject({ status: 400, field: 'note' });
    expect((await review(analyst, { move: 'return', note: '缺少台账' })).json()).toMatchObject({ status: 'in_progress' });
    await progress(gyg, { move: 'done', note: '已补台账' });
    expect((await review(analyst, { move: 'verify', note: '核实' })).json()).toMatchObject({ status: 'verified' });
    expect(errorOf(await progress(gyg, { move: 'progress', note: 'x' }))).toMatchObject({ status: 409 });
    const closed = (await review(analyst, { move: 'close' })).json();
    expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(closed.updates.map((u: { move: string }) => u.move)).toEqual(['open', 'progress', 'done', 'return', 'done', 'verify', 'close']);
    expect(closed.openedBy.displayName).toContain('赵磊');
    const [office, area] = ['自贸办 赵磊 Analyst', '果园港片区（测试）'];
    expect(closed.updates.map((u: { by: { displayName: string } }) => u.by.displayName)).toEqual([office, area, area, office, area, office, office]);

    await progress(gyg, { move: 'done', note: '完成' }, other!.id);
    await review(analyst, { move: 'verify' }, other!.id);
    await review(analyst, { move: 'close' }, other!.id);
    const done = await t.request('POST', `/api/assessments/${id}/close`, { as: analyst });
    expect(done.json()).toMatchObject({ status: 'closed', openActions: 0, may: { manage: false } });
    const after = await written();
    expect(errorOf(await t.request('POST', `/api/assessments/${id}/findings`, { as: analyst, body: { kind: 'problem', text: 'late' } }))).toMatchObject({ status: 409 });
    expect(errorOf(await t.request('POST', `/api/assessments/${id}/actions`, { as: analyst, body: { title: 'late', dueOn: '2027-01-01' } }))).toMatchObject({ status: 409 });
    expect(await written()).toEqual(after);
  });

  it('answers 404 for an unknown assessment or action', async () => {
    expect(errorOf(await get(analyst, 999999))).toMatchObject({ status: 404, field: 'id' });
    expect(errorOf(await t.request('POST', '/api/assessment-actions/999999/review', { as: analyst, body: { move: 'verify' } }))).toMatchObject({ status: 404, field: 'id' });
    expect(errorOf(await t.request('POST', '/api/assessment-actions/999999/progress', { as: areaLj, body: { move: 'done', note: 'x' } }))).toMatchObject({ status: 404, field: 'id' });
  });
});
