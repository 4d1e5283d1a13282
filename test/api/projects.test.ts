// The investment-project pipeline through the API (issue 7; Plan V.(II), V.(VI)): stage rules (one step, dated, with
// the stage's evidence), area confinement, stalled alerts at their boundary, the land-priority score with its inputs,
// the annual investment-attraction tasks against actuals, and cluster classification. Refusals change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let areaLj: Session;
let areaXy: Session;
let analyst: Session;
beforeAll(async () => {
  t = await createTestApp();
  [areaLj, areaXy, analyst] = [await t.login('area-lj'), await t.login('area-xy'), await t.login('analyst')];
});
afterAll(async () => t.close());

const PROJECT = {
  name: '测试：两江智能装备项目', areaCode: 'LJ', unitCode: 'LJ-D-YXS', investorName: '重庆测试投资有限公司', investorCategory: 'private', direction: 'bringing_in',
  industryCode: '3491', totalInvestmentYuan: 500_000_000, siteAreaM2: 50_000, negotiationStartedOn: '2026-06-01',
};
const pdf = (kind: string, text = kind) => ({ kind, name: `${kind}.pdf`, mediaType: 'application/pdf', contentBase64: Buffer.from(`%PDF-1.4 ${text}`).toString('base64') });
const create = (body: Record<string, unknown> = {}, as = areaLj) => t.request('POST', '/api/projects', { as, body: { ...PROJECT, ...body } });
const move = (id: number, body: Record<string, unknown>, as = areaLj) => t.request('POST', `/api/projects/${id}/stage-changes`, { as, body });

/** Rows of every table the projects feature writes (and the audit trail, for refusals decided before the write). */
async function rowsWritten(withAudit = false) {
  const tables = ['investment_projects', 'project_stage_changes', 'project_documents', 'attraction_tasks', ...(withAudit ? (['audit_log'] as const) : [])] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await t.count(table);
  const stages = await t.ctx.db.selectFrom('investment_projects').select(['id', 'stage', 'stage_since']).orderBy('id').execute();
  return { counts, stages };
}

describe('pipeline stage rules (Plan V.(II))', () => {
  let id = 0;
  it('registers a project under negotiation with the moves open to it and the evidence each needs', async () => {
    const res = await create();
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    id = p.id;
    expect(p).toMatchObject({ stage: 'negotiating', stageSince: '2026-06-01', areaCode: 'LJ', clusterIds: ['C1'], subIndustryIds: ['C1.1'], emerging: true, fit: 'focus_industry' });
    expect(p.timeline).toHaveLength(1);
    expect(p.timeline[0].changedBy.displayName).toBe('两江片区 陈敏 Area officer');
    expect(p.moves.map((m: { key: string }) => m.key)).toEqual(['contracted', 'dropped']);
    expect(p.moves[0].requiredDocuments).toEqual([{ key: 'signed_agreement', nameZh: '投资协议（合同）', nameEn: 'Signed investment agreement' }]);
    expect(p.moves[1].requiredFacts.map((f: { key: string }) => f.key)).toEqual(['reason']);
  });

  it('refuses a skipped stage (409 naming `to`) and writes nothing', async () => {
    const before = await rowsWritten();
    const res = await move(id, { to: 'under_construction', on: '2026-07-01', facts: { permitNo: 'X-1' }, documents: [pdf('construction_permit')] });
    expect(errorOf(res)).toMatchObject({ status: 409, code: 'CONFLICT', field: 'to' });
    expect(errorOf(res).message).toContain('skips contracted');
    expect(await rowsWritten()).toEqual(before);
  });

  it('refuses a date before the current stage began, and after today, naming `on`', async () => {
    const before = await rowsWritten();
    expect(errorOf(await move(id, { to: 'contracted', on: '2026-05-31', documents: [pdf('signed_agreement')] }))).toMatchObject({ status: 400, field: 'on' });
    expect(errorOf(await move(id, { to: 'contracted', on: '2026-11-25', documents: [pdf('signed_agreement')] }))).toMatchObject({ status: 400, field: 'on' });
    expect(await rowsWritten()).toEqual(before);
  });

  it('refuses a change without the evidence its stage needs, naming the document or fact, and writes nothing', async () => {
    const before = await rowsWritten();
    expect(errorOf(await move(id, { to: 'contracted', on: '2026-07-01' }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'documents.signed_agreement' });
    expect(errorOf(await move(id, { to: 'contracted', on: '2026-07-01', documents: [pdf('other')] }))).toMatchObject({ status: 400, field: 'documents.signed_agreement' });
    expect(errorOf(await move(id, { to: 'contracted', on: '2026-07-01', documents: [pdf('photo')] }))).toMatchObject({ status: 400, field: 'documents.0.kind' });
    expect(errorOf(await move(id, { to: 'contracted', on: '2026-07-01', documents: [{ ...pdf('signed_agreement'), contentBase64: 'not base64!' }] }))).toMatchObject({ status: 400, field: 'documents.0.contentBase64' });
    expect(errorOf(await move(id, { to: 'dropped', on: '2026-07-01' }))).toMatchObject({ status: 400, field: 'facts.reason' });
    expect(errorOf(await move(id, { to: 'contracted', on: '2026-07-01', documents: [pdf('signed_agreement')], facts: { colour: 'red' } }))).toMatchObject({ status: 400, field: 'facts.colour' });
    expect(await rowsWritten()).toEqual(before);
  });

  it('moves one stage at a time with its evidence, on the day the last began or later, keeping the timeline and documents', async () => {
    const contracted = await move(id, { to: 'contracted', on: '2026-06-01', documents: [pdf('signed_agreement', 'agreement LJ-TEST-1')], facts: { agreementNo: 'LJ-TEST-1' } });
    expect(contracted.statusCode, contracted.body).toBe(201);
    expect(contracted.json()).toMatchObject({ stage: 'contracted', stageSince: '2026-06-01' });
    const doc = contracted.json().timeline[1].documents[0];
    expect(contracted.json().timeline[1]).toMatchObject({ seq: 2, from: 'negotiating', to: 'contracted', on: '2026-06-01', facts: { agreementNo: 'LJ-TEST-1' } });
    const download = await t.request('GET', `/api/projects/${id}/documents/${doc.id}`, { as: analyst });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.4 agreement LJ-TEST-1');
    expect(download.headers['x-content-sha256']).toBe(doc.sha256);

    expect(errorOf(await move(id, { to: 'under_construction', on: '2026-08-01', documents: [pdf('construction_permit')] }))).toMatchObject({ status: 400, field: 'facts.permitNo' });
    expect((await move(id, { to: 'under_construction', on: '2026-08-01', facts: { permitNo: '500112202608010001' }, documents: [pdf('construction_permit')] })).statusCode).toBe(201);
    expect(errorOf(await move(id, { to: 'achieving_results', on: '2026-09-01', facts: { outputYuan: 1, taxYuan: 1, figuresYear: 2026 } }))).toMatchObject({ status: 409, field: 'to' });
    expect(errorOf(await move(id, { to: 'contracted', on: '2026-09-01', documents: [pdf('signed_agreement')] })).message).toContain('never goes back');
    expect((await move(id, { to: 'in_production', on: '2026-09-01', documents: [pdf('production_start')] })).statusCode).toBe(201);
    expect(errorOf(await move(id, { to: 'achieving_results', on: '2026-10-01', facts: { outputYuan: 9e8, taxYuan: 1e7, figuresYear: 2027 } }))).toMatchObject({ status: 400, field: 'facts.figuresYear' });
    const done = await move(id, { to: 'achieving_results', on: '2026-10-01', facts: { outputYuan: 9e8, taxYuan: 1e7, figuresYear: 2026 } });
    expect(done.json()).toMatchObject({ stage: 'achieving_results', moves: [], ageing: { stalledAfterDays: null, stalled: false } });
    expect(done.json().timeline.map((c: { to: string }) => c.to)).toEqual(['negotiating', 'contracted', 'under_construction', 'in_production', 'achieving_results']);
    expect(errorOf(await move(id, { to: 'dropped', on: '2026-10-02', facts: { reason: 'x' } }))).toMatchObject({ status: 409, field: 'to' });
  });
});

describe('area confinement', () => {
  let ljProject = 0;
  beforeAll(async () => {
    ljProject = (await create({ name: '测试：两江限定项目' })).json().id;
  });

  it('refuses another area’s officer a stage change, a new project in another area and a read, changing nothing (audit included)', async () => {
    const before = await rowsWritten(true);
    const moved = await move(ljProject, { to: 'contracted', on: '2026-07-01', documents: [pdf('signed_agreement')] }, areaXy);
    expect(errorOf(moved)).toMatchObject({ status: 403, code: 'FORBIDDEN', field: 'id' });
    expect(errorOf(await create({ name: '测试：越界项目' }, areaXy))).toMatchObject({ status: 403, field: 'areaCode' });
    expect(errorOf(await create({ name: '测试：自贸办不录入' }, analyst))).toMatchObject({ status: 403 });
    expect(errorOf(await t.request('PUT', '/api/attraction-tasks/LJ/2026', { as: areaXy, body: { targetCount: 1, targetInvestmentYuan: 1 } }))).toMatchObject({ status: 403, field: 'areaCode' });
    expect(await rowsWritten(true)).toEqual(before);
    const read = await t.request('GET', `/api/projects/${ljProject}`, { as: areaXy });
    expect(errorOf(read)).toMatchObject({ status: 403, field: 'id' });
    expect(read.body).not.toContain('两江限定项目');
    expect(errorOf(await t.request('GET', '/api/projects?areaCode=LJ', { as: areaXy }))).toMatchObject({ status: 403, field: 'areaCode' });
    expect(errorOf(await t.request('GET', '/api/projects/land-priority?areaCode=LJ', { as: areaXy }))).toMatchObject({ status: 403, field: 'areaCode' });
  });

  it('shows an area officer only its area, the FTZ Office every area', async () => {
    const xy = (await t.request('GET', '/api/projects?limit=200', { as: areaXy })).json();
    expect(xy.items.length).toBeGreaterThan(0);
    expect(xy.items.every((p: { areaCode: string }) => p.areaCode === 'XY')).toBe(true);
    const all = (await t.request('GET', '/api/projects?limit=200', { as: analyst })).json();
    expect(new Set(all.items.map((p: { areaCode: string }) => p.areaCode))).toEqual(new Set(['LJ', 'XY', 'GYG']));
    expect(all.total).toBe(await t.count('investment_projects'));
    expect(errorOf(await t.request('GET', '/api/projects?areaCode=NOPE', { as: analyst }))).toMatchObject({ status: 400, field: 'areaCode' });
    const pipeline = (await t.request('GET', '/api/projects/pipeline', { as: areaXy })).json();
    expect(pipeline.areas.map((a: { areaCode: string }) => a.areaCode)).toEqual(['XY']);
  });
});

describe('stalled alerts (pipeline-rules.json: more than 180 days under negotiation)', () => {
  it('is not stalled on day 180 and stalled on day 181', async () => {
    // TEST_NOW is 2026-11-24: 180 days before is 2026-05-28.
    const onDay180 = (await create({ name: '测试：第180天', negotiationStartedOn: '2026-05-28', siteAreaM2: undefined })).json();
    const onDay181 = (await create({ name: '测试：第181天', negotiationStartedOn: '2026-05-27', siteAreaM2: undefined })).json();
    expect(onDay180.ageing).toEqual({ daysInStage: 180, stalledAfterDays: 180, stalled: false, daysOver: null });
    expect(onDay181.ageing).toEqual({ daysInStage: 181, stalledAfterDays: 180, stalled: true, daysOver: 1 });
    const stalled = (await t.request('GET', '/api/projects/stalled', { as: areaLj })).json();
    const ids = stalled.items.map((p: { id: number }) => p.id);
    expect(ids).toContain(onDay181.id);
    expect(ids).not.toContain(onDay180.id);
    // The demo's stalled project (250 days under negotiation) comes first: longest over its threshold.
    expect(stalled.items[0]).toMatchObject({ name: '示例：两江生物医药产业园', ageing: { daysOver: 70 } });
    const filtered = (await t.request('GET', '/api/projects?stalled=true&limit=200', { as: areaLj })).json();
    expect(filtered.items.map((p: { id: number }) => p.id).sort()).toEqual([...ids].sort());
    expect((await t.request('GET', '/api/projects/stalled', { as: areaXy })).json().items.every((p: { areaCode: string }) => p.areaCode === 'XY')).toBe(true);
  });
});

describe('land-use priority (Plan V.(VI))', () => {
  it('shows every input with its points and ranks the area’s projects waiting for land', async () => {
    // 3973 integrated circuits in the Airport cluster group: emerging (derived), a focus industry, 10,000 yuan/m².
    const ic = (await create({ name: '测试：芯片封测用地', unitCode: 'LJ-D-AIR', industryCode: '3973', totalInvestmentYuan: 100_000_000, siteAreaM2: 10_000 })).json();
    expect(ic.land).toMatchObject({
      total: 100, maxPoints: 100,
      category: { value: 'emerging_industry', points: 40, candidates: [{ key: 'emerging_industry', source: 'derived', because: 'EM-IC' }, { key: 'advanced_manufacturing', source: 'derived', because: 'C1' }] },
      clusterFit: { value: 'focus_industry', points: 30 },
      investmentIntensity: { value: 10_000, totalInvestmentYuan: 100_000_000, siteAreaM2: 10_000, bandMinYuanPerM2: 10_000, points: 30 },
    });
    // A declared incubator in the finance cluster group: the category counts, the fit does not; 2,999 yuan/m² earns nothing.
    const incubator = (await create({ name: '测试：金融孵化器用地', unitCode: 'LJ-D-JBZ', industryCode: '7540', landCategories: ['incubator'], totalInvestmentYuan: 29_990_000, siteAreaM2: 10_000 })).json();
    expect(incubator.land).toMatchObject({ total: 35, category: { value: 'incubator', points: 35, candidates: [{ key: 'incubator', source: 'declared' }] }, clusterFit: { value: 'outside', points: 0 }, investmentIntensity: { value: 2999, points: 0 } });
    const list = (await t.request('GET', '/api/projects/land-priority?areaCode=LJ', { as: analyst })).json();
    type Ranked = { rank: number; project: { id: number; stage: string; siteAreaM2: number | null }; score: { total: number; investmentIntensity: { value: number } } };
    const items = list.items as Ranked[];
    expect(items.map((i) => i.rank)).toEqual(items.map((_, n) => n + 1));
    // Highest score first; on a tie the higher intensity, then the earlier project.
    const order = (a: Ranked, b: Ranked) => b.score.total - a.score.total || b.score.investmentIntensity.value - a.score.investmentIntensity.value || a.project.id - b.project.id;
    expect(items.map((i) => i.project.id)).toEqual([...items].sort(order).map((i) => i.project.id));
    const rankOf = (id: number) => items.find((i) => i.project.id === id)!.rank;
    expect(rankOf(ic.id)).toBeLessThan(rankOf(incubator.id));
    expect(items.filter((i) => i.score.total > 100 || (i.score.total === 100 && i.score.investmentIntensity.value > 10_000)).every((i) => i.rank < rankOf(ic.id))).toBe(true);
    expect(items.every((i) => ['negotiating', 'contracted'].includes(i.project.stage) && i.project.siteAreaM2 !== null)).toBe(true);
    // Under construction, the demo's IC base already holds its land: not ranked.
    expect(list.items.map((i: { project: { name: string } }) => i.project.name)).not.toContain('示例：两江集成电路封装测试基地');
  });
});

describe('annual investment-attraction tasks against actuals (Plan V.(II))', () => {
  const lj = async () => (await t.request('GET', '/api/attraction-tasks?year=2026', { as: analyst })).json().items.find((i: { areaCode: string }) => i.areaCode === 'LJ');

  it('counts the projects brought in and signed in the year against the task', async () => {
    const before = await lj();
    expect(before.task).toMatchObject({ targetCount: 6, targetInvestmentYuan: 5_000_000_000, status: 'approved' });
    expect(before.task.setBy.displayName).not.toMatch(/^#/); // the account's name, not its bare id
    const signed = (await create({ name: '测试：年内签约项目', negotiationStartedOn: '2026-01-10', totalInvestmentYuan: 700_000_000 })).json();
    await move(signed.id, { to: 'contracted', on: '2026-02-02', documents: [pdf('signed_agreement')] });
    const out = (await create({ name: '测试：走出去项目', direction: 'going_out', negotiationStartedOn: '2026-01-10' })).json();
    await move(out.id, { to: 'contracted', on: '2026-02-02', documents: [pdf('signed_agreement')] });
    const after = await lj();
    expect(after.actualCount).toBe(before.actualCount + 1);
    expect(after.actualInvestmentYuan).toBe(before.actualInvestmentYuan + 700_000_000);
    expect(after.projectIds).toContain(signed.id);
    expect(after.projectIds).not.toContain(out.id);
    expect(after.countRatio).toBeCloseTo(after.actualCount / 6);
    expect(after.investmentRatio).toBeCloseTo(after.actualInvestmentYuan / 5_000_000_000);
    expect((await t.request('GET', '/api/attraction-tasks?year=2025', { as: analyst })).json().items.find((i: { areaCode: string }) => i.areaCode === 'LJ')).toMatchObject({ task: null, countRatio: null });
  });

  it('lets the area propose its own task and the FTZ Office approve it, once', async () => {
    const proposed = await t.request('PUT', '/api/attraction-tasks/XY/2026', { as: areaXy, body: { targetCount: 5, targetInvestmentYuan: 3_500_000_000, note: '调增' } });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().task).toMatchObject({ targetCount: 5, status: 'proposed' });
    const revision = proposed.json().task.revision;
    expect(errorOf(await t.request('POST', '/api/attraction-tasks/XY/2026/approve', { as: areaXy }))).toMatchObject({ status: 403 });
    const approved = await t.request('POST', '/api/attraction-tasks/XY/2026/approve', { as: analyst });
    expect(approved.json().task).toMatchObject({ revision: revision + 1, targetCount: 5, status: 'approved' });
    expect(approved.json().history.map((h: { status: string }) => h.status).slice(-2)).toEqual(['proposed', 'approved']);
    const before = await rowsWritten();
    expect(errorOf(await t.request('POST', '/api/attraction-tasks/XY/2026/approve', { as: analyst }))).toMatchObject({ status: 409, field: 'year' });
    expect(errorOf(await t.request('POST', '/api/attraction-tasks/GYG/2030/approve', { as: analyst }))).toMatchObject({ status: 404, field: 'year' });
    expect(errorOf(await t.request('PUT', '/api/attraction-tasks/XY/2026', { as: areaXy, body: { targetCount: -1, targetInvestmentYuan: 0 } }))).toMatchObject({ status: 400, field: 'targetCount' });
    expect(await rowsWritten()).toEqual(before);
    const set = await t.request('PUT', '/api/attraction-tasks/GYG/2027', { as: analyst, body: { targetCount: 2, targetInvestmentYuan: 1 } });
    expect(set.json().task).toMatchObject({ revision: 1, status: 'approved' });
    const own = (await t.request('GET', '/api/attraction-tasks?year=2026', { as: areaLj })).json();
    expect(own.items.map((i: { areaCode: string }) => i.areaCode)).toEqual(['LJ']);
  });
});

describe('cluster classification', () => {
  const enterprise = async (name: string) => t.ctx.db.selectFrom('enterprises').select(['uscc', 'area_code']).where('name', '=', name).executeTakeFirstOrThrow();

  it('classifies an enterprise by its industry code, with its fit to its area, for whoever may read it', async () => {
    const chips = await enterprise('重庆西永芯测电子有限公司');
    const res = await t.request('GET', `/api/clusters/enterprises/${chips.uscc}`, { as: analyst });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ areaCode: 'XY', industry: { code: '3973', nameZh: '集成电路制造' }, classification: { outcome: 'classified', subIndustryIds: ['C1.3'] }, fit: { level: 'focus_industry', decidedBy: 'XY' } });
    expect((await t.request('GET', `/api/clusters/enterprises/${chips.uscc}`, { as: areaXy })).statusCode).toBe(200);
    expect(errorOf(await t.request('GET', `/api/clusters/enterprises/${chips.uscc}`, { as: areaLj }))).toMatchObject({ status: 403 });
    const factoring = await enterprise('重庆江北嘴融通商业保理有限公司');
    expect((await t.request('GET', `/api/clusters/enterprises/${factoring.uscc}`, { as: areaLj })).json()).toMatchObject({ classification: { subIndustryIds: ['C4.3'] }, fit: { level: 'focus_industry' } });
  });

  it('classifies a code publicly, explains the winner, and refuses a bad code naming the field', async () => {
    const ok = (await t.request('GET', '/api/clusters/classify?industryCode=7340&areaCode=LJ&unitCode=LJ-D-JBZ')).json();
    expect(ok.classification).toMatchObject({ subIndustryIds: ['C1.5'], outranked: [{ subIndustryId: 'C5.4', mappedCode: '73' }] });
    expect(ok.fit).toMatchObject({ level: 'outside', decidedBy: 'LJ-D-JBZ' });
    expect((await t.request('GET', '/api/clusters/classify?industryCode=39')).json().classification.outcome).toBe('possible');
    expect(errorOf(await t.request('GET', '/api/clusters/classify?industryCode=12345'))).toMatchObject({ status: 400, field: 'industryCode' });
    expect(errorOf(await t.request('GET', '/api/clusters/classify?industryCode=3973&areaCode=XY&unitCode=LJ-YZ'))).toMatchObject({ status: 400, field: 'unitCode' });
  });

  it('publishes the catalogue with the gap of C5 item 3, and counts enterprises and projects per cluster within scope', async () => {
    const catalogue = (await t.request('GET', '/api/clusters')).json();
    expect(catalogue.clusters).toHaveLength(7);
    expect(catalogue.clusters[4].subIndustries[2]).toMatchObject({ id: 'C5.3', missing: true, codes: [] });
    expect(catalogue.clusters[0].subIndustries[2].codes[0]).toMatchObject({ code: '6520', nameZh: '集成电路设计', level: 'class', confidence: 'high' });
    const all = (await t.request('GET', '/api/clusters/statistics', { as: analyst })).json();
    expect(all.enterprises.rows.find((r: { areaCode: string; clusterId: string }) => r.areaCode === 'XY' && r.clusterId === 'C1')).toMatchObject({ enterprises: 1 });
    expect(all.enterprises.total).toBe(await t.ctx.db.selectFrom('enterprises').where('status', '<>', 'deregistered').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n)));
    const own = (await t.request('GET', '/api/clusters/statistics', { as: areaLj })).json();
    expect([...own.enterprises.rows, ...own.projects.rows].every((r: { areaCode: string }) => r.areaCode === 'LJ')).toBe(true);
    expect(errorOf(await t.request('GET', '/api/clusters/statistics?areaCode=XY', { as: areaLj }))).toMatchObject({ status: 403, field: 'areaCode' });
  });
});
