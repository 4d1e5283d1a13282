// The FTZ Office's dashboards and the yearly report (issue 7): figures that agree with the register, kept current as
// enterprises are registered, confined to the area officer's area, and the same figures in the workbook and the PDF.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validForm } from '../../src/domain/registration/registration-test-kit.ts';
import type { DashboardResponse } from '../../src/schemas/dashboards.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let analyst: Session;
let lj: Session;
let applicant: Session;
beforeAll(async () => {
  t = await createTestApp();
  [analyst, lj, applicant] = [await t.login('analyst'), await t.login('area-lj'), await t.login('applicant')];
});
afterAll(async () => t.close());

async function overview(as: Session, query = 'year=2026'): Promise<DashboardResponse> {
  const res = await t.request('GET', `/api/dashboards/overview?${query}`, { as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function scan() {
  const rows = await t.ctx.db.selectFrom('enterprises').select(['area_code', 'status', 'established_on', 'particulars']).execute();
  const live = rows.filter((r) => r.status !== 'deregistered');
  return {
    live: (area?: string) => live.filter((r) => !area || r.area_code === area).length,
    newIn: (year: string, area?: string) => rows.filter((r) => r.established_on.startsWith(year) && (!area || r.area_code === area)).length,
    all: rows.length,
  };
}

describe('the overview of a year', () => {
  it('shows the zone and its three areas side by side, agreeing with a scan of the register', async () => {
    const d = await overview(analyst);
    const s = await scan();
    expect(d.areas.map((a) => a.areaCode).sort()).toEqual(['GYG', 'LJ', 'XY']);
    expect(d.zone!.enterprises).toBe(s.live());
    expect(d.zone!.newInYear).toBe(s.newIn('2026'));
    for (const a of d.areas) {
      expect([a.areaCode, a.enterprises, a.newInYear]).toEqual([a.areaCode, s.live(a.areaCode), s.newIn('2026', a.areaCode)]);
      expect(a.point).not.toBeNull();
      expect(a.areaKm2).toBeGreaterThan(0);
    }
    // The zone is the sum of its areas, figure by figure.
    for (const k of ['enterprises', 'foreignInvested', 'newInYear', 'projects', 'capitalKnown'] as const) expect(d.zone![k]).toBe(d.areas.reduce((n, a) => n + a[k], 0));
    // Area × section × status covers every enterprise on the register, deregistered included.
    expect(d.register.reduce((n, r) => n + r.enterprises, 0)).toBe(s.all);
    expect(new Set(d.register.map((r) => r.section))).toEqual(new Set(d.sections.map((x) => x.code)));
    expect(d.monthly.reduce((n, m) => n + m.established, 0)).toBe(s.newIn('2026'));
    expect(d.monthly.every((m) => m.month.startsWith('2026-'))).toBe(true);
    // The seven clusters of the Plan and the unclassified rest, each with the three areas.
    expect(d.clusters.length).toBe(8);
    expect(d.clusters.at(-1)!.clusterId).toBe('none');
    expect(d.clusters.every((c) => c.areas.length === 3)).toBe(true);
    // Projects on the dashboard are the pipeline's, stage by stage.
    expect(d.zone!.projects).toBe(d.pipeline.areas.reduce((n, a) => n + a.stages.reduce((m, st) => m + st.current, 0), 0));
    expect(d.targets.length).toBeGreaterThan(15);
    expect(d.targets.every((x) => x.targetId.startsWith('T'))).toBe(true);
  });

  it('is kept current: a company registered on the spot shows at once in its area, month and section', async () => {
    const before = await overview(analyst);
    const res = await t.request('POST', '/api/establishments', { as: applicant, body: validForm({ name: '重庆看板科技有限公司' }) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().domicile.areaCode).toBe('LJ');
    const after = await overview(analyst);
    const area = (d: DashboardResponse) => d.areas.find((a) => a.areaCode === 'LJ')!;
    expect(area(after).enterprises - area(before).enterprises).toBe(1);
    expect(area(after).newInYear - area(before).newInYear).toBe(1);
    expect(area(after).registeredCapitalYuan - area(before).registeredCapitalYuan).toBe(1_000_000);
    const month = (d: DashboardResponse) => d.monthly.find((m) => m.month === '2026-11' && m.areaCode === 'LJ')?.established ?? 0;
    expect(month(after) - month(before)).toBe(1);
    // Class 6511 (software development) is in section I.
    const sectionI = (d: DashboardResponse) => d.register.filter((r) => r.areaCode === 'LJ' && r.section === 'I').reduce((n, r) => n + r.enterprises, 0);
    expect(sectionI(after) - sectionI(before)).toBe(1);
  });

  it('shows an area officer its own area only, without the zone', async () => {
    const d = await overview(lj);
    expect(d.zone).toBeNull();
    expect(d.areas.map((a) => a.areaCode)).toEqual(['LJ']);
    expect(new Set(d.register.map((r) => r.areaCode))).toEqual(new Set(['LJ']));
    expect(d.pipeline.areas.every((a) => a.areaCode === 'LJ')).toBe(true);
    expect(d.clusters.every((c) => c.areas.length === 1 && c.areas[0]!.areaCode === 'LJ')).toBe(true);
    const zone = await overview(analyst);
    expect(d.areas[0]!.enterprises).toBe(zone.areas.find((a) => a.areaCode === 'LJ')!.enterprises);
  });

  it('refuses a year outside 2018–2100 naming the field, the public and applicants', async () => {
    expect(errorOf(await t.request('GET', '/api/dashboards/overview?year=1999', { as: analyst }))).toMatchObject({ status: 400, field: 'year' });
    expect(errorOf(await t.request('GET', '/api/dashboards/overview?year=abc', { as: analyst }))).toMatchObject({ status: 400, field: 'year' });
    expect((await t.request('GET', '/api/dashboards/overview')).statusCode).toBe(401);
    expect((await t.request('GET', '/api/dashboards/overview', { as: applicant })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/dashboards/report.pdf', { as: applicant })).statusCode).toBe(403);
  });
});

describe('the report of a year', () => {
  it('exports the same figures to an Excel workbook, one sheet per view', async () => {
    const d = await overview(analyst, 'year=2025');
    const res = await t.request('GET', '/api/dashboards/report.xlsx?year=2025', { as: analyst });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('cqftz-report-2025.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概览', '月度新设', '行业门类', '产业集群', '项目储备', '规划目标', '说明']);
    const overviewSheet = wb.getWorksheet('概览')!;
    // Row 3 is the zone (rows 1–2 are the Chinese and English headers).
    expect(overviewSheet.getRow(3).values).toEqual(expect.arrayContaining(['CQFTZ', d.zone!.enterprises, d.zone!.newInYear]));
    expect(overviewSheet.rowCount).toBe(2 + 1 + 3);
    expect(wb.getWorksheet('规划目标')!.rowCount).toBe(2 + d.targets.length);
    const register = wb.getWorksheet('行业门类')!;
    let total = 0;
    register.eachRow((row, n) => {
      if (n > 2) total += Number(row.getCell(5).value);
    });
    expect(total).toBe(d.register.reduce((n, r) => n + r.enterprises, 0));
  });

  it('prints a PDF of the year for the FTZ Office and for an area officer', async () => {
    for (const as of [analyst, lj]) {
      const res = await t.request('GET', '/api/dashboards/report.pdf?year=2026', { as });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.rawPayload;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
      // The document's title, UTF-16 in the info dictionary: "…运行情况报告 2026年".
      expect(pdf.toString('latin1')).toMatch(/\/Title/);
    }
  });
});
