// The demo investment cases (`serve --demo`, `seed --demo`): filed through the investment service by the demo
// applicant on a fresh database — a recorded project, one sent to approval, an outbound recordation and a project
// flagged for security review — once only, however often the seed runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOutbound, demoProjects } from '../../src/server/seed/demo-investment.ts';
import { seedDemo } from '../../src/server/seed/seed-demo.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let analyst: Session;
beforeAll(async () => {
  t = await createTestApp();
  analyst = await t.login('analyst');
});
afterAll(async () => t.close());

type Case = { id: number; kind: string; name: string; procedure: string; recordationNo: string | null; fileId: number | null; flagged: boolean; applicant: { id: number } };
const cases = async (): Promise<Case[]> => (await t.request('GET', '/api/investment/cases?limit=200', { as: analyst })).json().items;
const byName = (list: Case[], name: string) => list.find((c) => c.name === name);

describe('demo investment cases', () => {
  it('are the demo applicant’s: a recordation, an approval file, an outbound recordation file and a flagged project', async () => {
    const list = await cases();
    const applicant = await t.login('applicant');
    expect(list.map((c) => c.name).sort()).toEqual([...demoProjects, ...demoOutbound].map((c) => c.name).sort());
    expect(list.every((c) => c.applicant.id === applicant.userId)).toBe(true);
    const [recorded, approval, flagged] = [0, 1, 2].map((i) => byName(list, demoProjects[i]!.name)) as [Case, Case, Case];
    expect(recorded).toMatchObject({ kind: 'foreign_project', procedure: 'recordation', fileId: null, flagged: false });
    expect(approval).toMatchObject({ kind: 'foreign_project', procedure: 'approval', recordationNo: null, flagged: false });
    expect(flagged).toMatchObject({ kind: 'foreign_project', procedure: 'recordation', flagged: true });
    // Consecutive receipt numbers of the filing year, in filing order.
    const seq = (no: string | null) => Number(/^渝自贸外备〔2026〕(\d{6})$/.exec(no ?? '')?.[1]);
    expect(seq(flagged.recordationNo)).toBe(seq(recorded.recordationNo) + 1);
    const approvalFile = (await t.request('GET', `/api/files/${approval.fileId}`, { as: analyst })).json();
    expect(approvalFile).toMatchObject({ type: 'project-approval', status: 'submitted', form: { caseId: approval.id, ruleId: 'PRJ-HYDRO' } });
    const outbound = byName(list, demoOutbound[0]!.name)!;
    expect(outbound).toMatchObject({ kind: 'outbound', procedure: 'recordation' });
    expect((await t.request('GET', `/api/files/${outbound.fileId}`, { as: analyst })).json()).toMatchObject({ type: 'outbound-recordation', form: { caseId: outbound.id } });
    const review = (await t.request('GET', '/api/investment/security-review', { as: analyst })).json();
    expect(review.items).toEqual([expect.objectContaining({ kind: 'foreign_project', id: flagged.id })]);
    expect(review.items[0].securityReview.grounds.map((g: { field: string }) => g.field)).toEqual(['information-technology', 'technology']);
  });

  it('are filed once: seeding again adds no case, receipt number or file', async () => {
    const before = { cases: await cases(), files: await t.ctx.db.selectFrom('application_files').select('id').execute(), counters: await t.ctx.db.selectFrom('investment_recordation_counters').selectAll().execute() };
    expect(await seedDemo(t.ctx)).toMatchObject({ seeded: false });
    expect(await cases()).toEqual(before.cases);
    expect(await t.ctx.db.selectFrom('application_files').select('id').execute()).toEqual(before.files);
    expect(await t.ctx.db.selectFrom('investment_recordation_counters').selectAll().execute()).toEqual(before.counters);
  });

  it('are recorded in the one demo-seed audit entry', async () => {
    const audit = (await t.request('GET', '/api/audit?limit=200', { as: await t.login('admin') })).json().items as { action: string; result: Record<string, unknown> }[];
    const seeds = audit.filter((a) => a.action === 'seed.demo');
    expect(seeds).toHaveLength(1);
    expect(seeds[0]!.result).toMatchObject({ investmentCases: demoProjects.length + demoOutbound.length });
  });
});
