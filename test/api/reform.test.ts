// Reform pilot tasks through the API (Trial Measures Arts. 5, 6, 8; Regulation 2019 Arts. 5, 7): creation with source
// and responsible department, the status rules with evaluations (a failed pilot tolerated without penalty), the
// replication procedure (propose → review → decide → publish) in its order, and the public list of replicated
// results, which shows replicated tasks only and nothing internal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let analyst: Session;
let areaLj: Session;
beforeAll(async () => {
  t = await createTestApp();
  [analyst, areaLj] = [await t.login('analyst'), await t.login('area-lj')];
});
afterAll(async () => t.close());

const TASK = { title: '测试：跨境电商退货中心仓模式', sourceKind: 'area-initiative', sourceReference: '片区创新措施（测试）', responsibleDepartmentCode: 'COMMERCE', areaCode: 'LJ' };
const EVALUATION = { outcome: 'effective', summary: '效果良好', risksControllable: true, evaluator: '第三方评估机构' };
const createTask = (body: Record<string, unknown> = {}, as = analyst) => t.request('POST', '/api/reform/tasks', { as, body: { ...TASK, ...body } });
const status = (id: number, body: unknown, as = analyst) => t.request('POST', `/api/reform/tasks/${id}/status`, { as, body });
const step = (id: number, body: unknown, as = analyst) => t.request('POST', `/api/reform/tasks/${id}/replication`, { as, body });

async function written() {
  return {
    tasks: await t.ctx.db.selectFrom('reform_tasks').select(['id', 'status', 'evaluation', 'replication', 'started_on']).orderBy('id').execute(),
    events: await t.count('reform_task_events'),
  };
}

/** A task walked to evaluated (effective unless told), ready to be proposed for replication. */
async function evaluatedTask(evaluation: Record<string, unknown> = {}): Promise<number> {
  const id = (await createTask()).json().id as number;
  expect((await status(id, { to: 'piloting' })).statusCode).toBe(200);
  const res = await status(id, { to: 'evaluated', evaluation: { ...EVALUATION, ...evaluation } });
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

describe('the demo register', () => {
  it('holds six tasks at various statuses on real CQFTZ themes, marked as examples', async () => {
    const res = await t.request('GET', '/api/reform/tasks?limit=50', { as: areaLj });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { title: string; status: string }[];
    expect(items).toHaveLength(6);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['replicated', 'proposed_for_replication', 'evaluated', 'piloting', 'proposed', 'failed']));
    expect(items.every((i) => i.title.startsWith('示例'))).toBe(true);
    expect(items.map((i) => i.title).join()).toMatch(/铁路提单/);
    expect(res.json().vocabularies.sourceKinds.map((k: { key: string }) => k.key)).toContain('regulation-2019');
  });
});

describe('creating a task (FTZ Office)', () => {
  it('creates a proposed task with its source and department names', async () => {
    const res = await createTask();
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'proposed', areaCode: 'LJ', startedOn: null, evaluation: null, replication: null, nextStatuses: ['piloting', 'closed'],
      source: { kind: 'area-initiative', nameZh: '片区自主创新', reference: '片区创新措施（测试）' },
      responsibleDepartment: { code: 'COMMERCE', nameZh: expect.stringContaining('商务') },
      events: [{ kind: 'created', toStatus: 'proposed', by: { id: analyst.userId, displayName: '自贸办 赵磊 Analyst' } }],
    });
  });

  it.each([
    [{ sourceKind: 'hearsay' }, 'sourceKind'],
    [{ responsibleDepartmentCode: 'NO_SUCH_BODY' }, 'responsibleDepartmentCode'],
    [{ areaCode: 'LJ-YZ' }, 'areaCode'],
    [{ title: '  ' }, 'title'],
    [{ sourceReference: '' }, 'sourceReference'],
  ])('refuses %j with 400 naming %s; nothing written', async (body, field) => {
    const before = await written();
    expect(errorOf(await createTask(body))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
    expect(await written()).toEqual(before);
  });

  it('is the FTZ Office’s: area officers, reviewers and the assessor get 403; the public 401; nothing written', async () => {
    const before = await written();
    for (const who of ['area-lj', 'reviewer', 'assessor', 'admin']) expect(errorOf(await createTask({}, await t.login(who)))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await t.request('POST', '/api/reform/tasks', { body: TASK }))).toMatchObject({ status: 401 });
    expect(errorOf(await t.request('GET', '/api/reform/tasks', { as: await t.login('assessor') }))).toMatchObject({ status: 403 });
    expect(await written()).toEqual(before);
  });
});

describe('status rules', () => {
  it('proposed → piloting → evaluated, each recorded; moves out of order are 409 naming to, nothing written', async () => {
    const id = (await createTask()).json().id;
    const before = await written();
    expect(errorOf(await status(id, { to: 'evaluated', evaluation: EVALUATION }))).toMatchObject({ status: 409, code: 'CONFLICT', field: 'to' });
    expect(errorOf(await status(id, { to: 'failed', evaluation: { ...EVALUATION, outcome: 'not_effective' } }))).toMatchObject({ status: 409, field: 'to' });
    expect(errorOf(await status(id, { to: 'proposed_for_replication' }))).toMatchObject({ status: 400, field: 'to' });
    expect(errorOf(await status(id, { to: 'replicated' }))).toMatchObject({ status: 400, field: 'to' });
    expect(await written()).toEqual(before);
    const piloting = (await status(id, { to: 'piloting', note: '在两江片区先行先试' })).json();
    expect(piloting).toMatchObject({ status: 'piloting', startedOn: '2026-11-24', nextStatuses: ['evaluated', 'failed'] });
    expect(errorOf(await status(id, { to: 'evaluated' }))).toMatchObject({ status: 400, field: 'evaluation' });
    expect(errorOf(await status(id, { to: 'evaluated', evaluation: { ...EVALUATION, outcome: 'not_effective' } }))).toMatchObject({ status: 400, field: 'evaluation.outcome' });
    expect(errorOf(await status(id, { to: 'evaluated', evaluation: { ...EVALUATION, evaluator: ' ' } }))).toMatchObject({ status: 400, field: 'evaluation.evaluator' });
    expect(errorOf(await status(id, { to: 'closed', note: '' }))).toMatchObject({ status: 409, field: 'to' });
    const evaluated = (await status(id, { to: 'evaluated', evaluation: EVALUATION })).json();
    expect(evaluated).toMatchObject({ status: 'evaluated', evaluation: { ...EVALUATION, evaluatedOn: '2026-11-24', toleranceOfFailure: null } });
    expect(evaluated.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['proposed', 'piloting', 'evaluated']);
    expect(errorOf(await status(id, { to: 'closed' }))).toMatchObject({ status: 400, field: 'note' });
    expect((await status(id, { to: 'closed', note: '仅在本片区实施' })).json()).toMatchObject({ status: 'closed', nextStatuses: [] });
  });

  it('a failed pilot is recorded with the tolerance of failure, without penalty (Trial Measures Art. 5), and may be tried again', async () => {
    const id = (await createTask()).json().id;
    await status(id, { to: 'piloting' });
    expect(errorOf(await status(id, { to: 'failed', evaluation: EVALUATION }))).toMatchObject({ status: 400, field: 'evaluation.outcome' });
    const failed = (await status(id, { to: 'failed', evaluation: { ...EVALUATION, outcome: 'not_effective', summary: '未达预期' } })).json();
    expect(failed).toMatchObject({ status: 'failed', evaluation: { outcome: 'not_effective', toleranceOfFailure: { noPenalty: true, basis: expect.stringContaining('Trial Measures Art. 5') } } });
    const again = (await status(id, { to: 'piloting', note: '调整后再试' })).json();
    expect(again).toMatchObject({ status: 'piloting', evaluation: null });
    // The failure stays in the history.
    expect(again.events.find((e: { toStatus: string }) => e.toStatus === 'failed').detail.evaluation.toleranceOfFailure.noPenalty).toBe(true);
  });
});

describe('the replication procedure (复制推广)', () => {
  it('walks propose → review → decide → publish; steps out of order are 409 naming step, nothing written', async () => {
    const id = await evaluatedTask();
    const before = await written();
    for (const body of [
      { step: 'review', departmentCode: 'COMMERCE', opinion: 'supports' },
      { step: 'decide', decision: 'approved', decidedBy: 'CQFTZ_LEADING_GROUP' },
      { step: 'publish', title: 'x' },
    ]) expect(errorOf(await step(id, body))).toMatchObject({ status: 409, code: 'CONFLICT', field: 'step' });
    expect(errorOf(await step(id, { step: 'propose', scope: 'galaxy', summary: 'x' }))).toMatchObject({ status: 400, field: 'scope' });
    expect(await written()).toEqual(before);

    expect((await step(id, { step: 'propose', scope: 'municipal', summary: '建议全市推广' })).json()).toMatchObject({ status: 'proposed_for_replication', replication: { scope: 'municipal', reviews: [], decision: null } });
    expect(errorOf(await step(id, { step: 'decide', decision: 'approved', decidedBy: 'CQFTZ_LEADING_GROUP' }))).toMatchObject({ status: 409, field: 'step' });
    expect(errorOf(await step(id, { step: 'review', departmentCode: 'NOPE', opinion: 'supports' }))).toMatchObject({ status: 400, field: 'departmentCode' });
    expect(errorOf(await step(id, { step: 'review', departmentCode: 'TAX', opinion: 'objects' }))).toMatchObject({ status: 400, field: 'note' });
    await step(id, { step: 'review', departmentCode: 'COMMERCE', opinion: 'supports' });
    await step(id, { step: 'review', departmentCode: 'MARKET_REGULATION', opinion: 'objects', note: '需完善配套' });
    expect(errorOf(await step(id, { step: 'decide', decision: 'approved', decidedBy: 'TAX' }))).toMatchObject({ status: 400, field: 'decidedBy' });
    const decided = (await step(id, { step: 'decide', decision: 'approved', decidedBy: 'CQFTZ_LEADING_GROUP', documentNo: '测试〔2026〕1号' })).json();
    expect(decided).toMatchObject({ status: 'proposed_for_replication', replication: { decision: { decision: 'approved', decidedOn: '2026-11-24' } } });
    expect(decided.replication.reviews).toHaveLength(2);
    const published = (await step(id, { step: 'publish', title: '测试经验全市推广', url: 'https://example.cn/notice' })).json();
    expect(published).toMatchObject({ status: 'replicated', replication: { publication: { title: '测试经验全市推广', publishedOn: '2026-11-24' } }, nextStatuses: [] });
    expect(errorOf(await step(id, { step: 'publish', title: 'again' }))).toMatchObject({ status: 409 });
    expect(errorOf(await status(id, { to: 'closed', note: 'x' }))).toMatchObject({ status: 409, field: 'to' });
  });

  it('a rejected proposal returns to evaluated; a result whose risks are not controllable is not proposed (Art. 6)', async () => {
    const id = await evaluatedTask();
    await step(id, { step: 'propose', scope: 'zone', summary: 'x' });
    await step(id, { step: 'review', departmentCode: 'COMMERCE', opinion: 'supports' });
    expect(errorOf(await step(id, { step: 'decide', decision: 'rejected', decidedBy: 'CQFTZ_LEADING_GROUP' }))).toMatchObject({ status: 400, field: 'note' });
    expect((await step(id, { step: 'decide', decision: 'rejected', decidedBy: 'CQFTZ_LEADING_GROUP', note: '条件不成熟' })).json()).toMatchObject({ status: 'evaluated', replication: { decision: { decision: 'rejected' } } });
    const risky = await evaluatedTask({ risksControllable: false });
    const before = await written();
    expect(errorOf(await step(risky, { step: 'propose', scope: 'zone', summary: 'x' }))).toMatchObject({ status: 409, field: 'step' });
    expect(await written()).toEqual(before);
  });

  it('is the FTZ Office’s: an area officer gets 403 and nothing changes', async () => {
    const id = await evaluatedTask();
    const before = await written();
    expect(errorOf(await step(id, { step: 'propose', scope: 'zone', summary: 'x' }, areaLj))).toMatchObject({ status: 403 });
    expect(errorOf(await status(id, { to: 'closed', note: 'x' }, areaLj))).toMatchObject({ status: 403 });
    expect(await written()).toEqual(before);
  });
});

describe('the public list of replicated results', () => {
  it('shows replicated tasks only, to anyone, without reviews, notes or accounts', async () => {
    const res = await t.request('GET', '/api/public/replicated-reforms?limit=200');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const replicated = await t.ctx.db.selectFrom('reform_tasks').select('id').where('status', '=', 'replicated').execute();
    expect(body.total).toBe(replicated.length);
    expect(body.items.map((i: { id: number }) => i.id).sort()).toEqual(replicated.map((r) => r.id).sort());
    expect(body.items.length).toBeGreaterThanOrEqual(1);
    // The tasks not replicated (the demo's five other statuses among them) are not shown, by id or title.
    const others = await t.ctx.db.selectFrom('reform_tasks').select(['id', 'title']).where('status', '<>', 'replicated').execute();
    const shownTitles = new Set(body.items.map((i: { title: string }) => i.title));
    expect(others.filter((o) => o.title.startsWith('示例'))).toHaveLength(5);
    for (const o of others) {
      expect(body.items.map((i: { id: number }) => i.id)).not.toContain(o.id);
      if (!shownTitles.has(o.title)) expect(res.body).not.toContain(o.title);
    }
    const railway = body.items.find((i: { title: string }) => i.title.includes('铁路提单'));
    expect(railway).toMatchObject({ scope: { key: 'municipal' }, decision: { decidedBy: { code: 'CQFTZ_LEADING_GROUP' } }, publication: { title: expect.stringContaining('铁路提单') } });
    expect(Object.keys(railway).sort()).toEqual(['areaCode', 'decision', 'description', 'evaluation', 'id', 'publication', 'responsibleDepartment', 'scope', 'source', 'title', 'titleEn']);
    expect(res.body).not.toContain('reviews');
    expect(res.body).not.toContain('自贸办 赵磊');
    expect(errorOf(await t.request('GET', '/api/public/replicated-reforms?limit=0'))).toMatchObject({ status: 400, field: 'limit' });
  });

  it('answers 404 for an unknown task', async () => {
    expect(errorOf(await t.request('GET', '/api/reform/tasks/999999', { as: analyst }))).toMatchObject({ status: 404, field: 'id' });
    expect(errorOf(await status(999999, { to: 'piloting' }))).toMatchObject({ status: 404, field: 'id' });
  });
});
