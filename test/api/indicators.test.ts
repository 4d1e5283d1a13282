// Targets and indicators through the API (issue 7): derived indicators from entered values, only approved values
// counting, revisions with their history, progress and traffic lights at the boundaries, the Excel template and
// upload with errors by cell and nothing stored from a rejected file, area confinement (a refusal changes nothing),
// the FTZ Office's approval with four eyes, zimao's own computed figures, and bad input named by field.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedSeries } from '../../src/server/features/indicators/service.ts';
import { createTestApp, errorOf, TEST_NOW, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let lj: Session;
let xy: Session;
let analyst: Session;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  [lj, xy, analyst, admin] = [await t.login('area-lj'), await t.login('area-xy'), await t.login('analyst'), await t.login('admin')];
});
afterAll(async () => t.close());

type Value = { indicatorCode: string; period: string; value: number; unit?: string; reason?: string };
const submit = (as: Session, areaCode: string, values: Value[], reason?: string) =>
  t.request('POST', '/api/indicators/submissions', { as, body: { areaCode, values, ...(reason ? { reason } : {}) } });
const approve = (id: number, as: Session = analyst) => t.request('POST', `/api/indicators/submissions/${id}/approve`, { as, body: {} });

/** Submits and has the FTZ Office approve; returns the submission. */
async function approved(as: Session, areaCode: string, values: Value[], reason?: string) {
  const s = await submit(as, areaCode, values, reason);
  expect(s.statusCode, s.body).toBe(201);
  const a = await approve(s.json().id);
  expect(a.statusCode, a.body).toBe(200);
  return a.json();
}

/** Rows of the three indicator tables (and the audit trail): a refused write must leave them as they were. */
async function written() {
  return {
    values: await t.count('indicator_values'),
    history: await t.count('indicator_value_history'),
    submissions: await t.count('indicator_submissions'),
    pending: (await t.ctx.db.selectFrom('indicator_values').select('id').where('pending_value', 'is not', null).execute()).length,
  };
}

const series = async (as: Session, code: string, query: string) => {
  const res = await t.request('GET', `/api/indicators/${code}/series?${query}`, { as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('the catalogue', () => {
  it('lists every Plan target with its progress, light and reason, the baselines and zimao’s own indicators', async () => {
    const res = await t.request('GET', '/api/indicators', { as: analyst });
    expect(res.statusCode).toBe(200);
    const c = res.json();
    const targets = c.indicators.flatMap((i: { targets: { id: string }[] }) => i.targets);
    expect(targets.map((x: { id: string }) => x.id).sort()).toEqual(Array.from({ length: 22 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`));
    const fdi = c.indicators.find((i: { code: string }) => i.code === 'FDI_USD');
    expect(fdi).toMatchObject({ kind: 'raw', unit: { code: 'USD_100M', zh: '亿美元' }, entry: 'area' });
    expect(fdi.targets[0]).toMatchObject({ id: 'T01', comparator: 'gt', value: 80, periodKind: 'annual_average', baseline: null, ambiguityEn: expect.stringContaining('actually used') });
    // The demo's approved 2017–2020 values: the zone's average is judged at the end of 2020.
    expect(fdi.targets[0].progress).toMatchObject({ scope: 'CQFTZ', status: 'final', asOf: '2020-12', light: expect.stringMatching(/on_track|at_risk|off_track/) });
    expect(fdi.targets[0].progress.reasonZh).toContain('2020 年末');
    expect(fdi.targets[0].progress.track).toEqual([]);
    const routes = c.indicators.find((i: { code: string }) => i.code === 'AIR_ROUTES');
    expect(routes.targets[0].progress).toMatchObject({ light: 'no_data' });
    expect(c.indicators.filter((i: { kind: string }) => i.kind === 'computed').map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['NEW_ENTERPRISES', 'NEW_FOREIGN_INVESTED_ENTERPRISES', 'NEW_REGISTERED_CAPITAL_CNY', 'FILES_DECIDED_ON_TIME']),
    );
    expect(c.baselines.find((b: { id: string }) => b.id === 'B06')).toMatchObject({ flags: ['unit-missing', 'different-scope'] });
    expect(c.lights).toMatchObject({ ratio: { onTrackFrom: 0.95, atRiskFrom: 0.85 }, points: { onTrackFrom: -1, atRiskFrom: -3 } });
  });
});

describe('derived indicators from entered values', () => {
  it('growth, share and sum follow the approved values, and only approved values count', async () => {
    await approved(lj, 'LJ', [
      { indicatorCode: 'TRADE_CNY', period: '2022', value: 1000 },
      { indicatorCode: 'TRADE_CNY', period: '2023-Q1', value: 250 },
      { indicatorCode: 'TRADE_CNY', period: '2023-Q2', value: 270 },
      { indicatorCode: 'TRADE_CNY', period: '2023-Q3', value: 280 },
      { indicatorCode: 'TRADE_CNY', period: '2023-10', value: 100 },
      { indicatorCode: 'TRADE_CNY', period: '2023-11', value: 100 },
      { indicatorCode: 'TRADE_CNY', period: '2023-12', value: 100 },
      { indicatorCode: 'NEW_BANKING_INST', period: '2023', value: 2 },
      { indicatorCode: 'NEW_SECURITIES_INST', period: '2023', value: 3 },
      { indicatorCode: 'NEW_INSURANCE_INST', period: '2023', value: 1 },
      { indicatorCode: 'FDI_USD', period: '2023', value: 40 },
    ]);
    await approved(xy, 'XY', [{ indicatorCode: 'FDI_USD', period: '2023', value: 20 }]);
    await approved(admin, 'CQFTZ', [{ indicatorCode: 'CITY_FDI_USD', period: '2023', value: 75 }]);
    const growth = await series(lj, 'TRADE_GROWTH', 'areaCode=LJ&periodKind=year&from=2023-01&to=2023-12');
    expect(growth.points).toHaveLength(1);
    expect(growth.points[0]).toMatchObject({ period: '2023', complete: true });
    expect(growth.points[0].value).toBeCloseTo(10, 6);
    const quarters = await series(lj, 'TRADE_CNY', 'areaCode=LJ&periodKind=quarter&from=2023-01&to=2023-12');
    expect(quarters.points.map((p: { value: number }) => p.value)).toEqual([250, 270, 280, 300]);
    const share = await series(analyst, 'FDI_SHARE_OF_CITY', 'periodKind=year&from=2023-01&to=2023-12');
    expect(share.points[0].value).toBeCloseTo(80, 6);
    const total = await series(lj, 'NEW_FIN_INST_TOTAL', 'areaCode=LJ&periodKind=year&from=2023-01&to=2023-12');
    expect(total.points[0]).toMatchObject({ value: 6, complete: true });
    // Awaiting approval: the figures do not move.
    const pending = await submit(lj, 'LJ', [{ indicatorCode: 'TRADE_CNY', period: '2022', value: 500, reason: '测试：待审核' }]);
    expect(pending.statusCode).toBe(201);
    expect((await series(lj, 'TRADE_GROWTH', 'areaCode=LJ&periodKind=year&from=2023-01&to=2023-12')).points[0].value).toBeCloseTo(10, 6);
    const returned = await t.request('POST', `/api/indicators/submissions/${pending.json().id}/return`, { as: analyst, body: { reason: '与海关数据不符' } });
    expect(returned.json()).toMatchObject({ status: 'returned', decisionNote: '与海关数据不符', items: [{ state: 'returned' }] });
    // The same series any feature reads through the service.
    const viaService = await approvedSeries(t.ctx.db, 'TRADE_GROWTH', 'LJ', 'year', TEST_NOW);
    expect(viaService.find((p) => p.period === '2023')!.value).toBeCloseTo(10, 6);
  });

  it('computes zimao’s own figures from the register', async () => {
    const rows = await t.ctx.db.selectFrom('enterprises').select(['established_on']).execute();
    const in2025 = rows.filter((r) => r.established_on.startsWith('2025')).length;
    expect(in2025).toBeGreaterThan(0);
    const res = await series(analyst, 'NEW_ENTERPRISES', 'periodKind=year&from=2025-01&to=2025-12');
    expect(res.points).toEqual([{ period: '2025', value: in2025, complete: true, missing: [] }]);
    expect(res.indicator).toMatchObject({ kind: 'computed', computedFrom: 'enterprises.established' });
    expect((await series(analyst, 'FILES_DECIDED', 'periodKind=year')).indicator.kind).toBe('computed');
  });

  it('breaks the registered capital of the latest year down by section and by cluster, each class classified as the public classifier does', async () => {
    const capital = await series(analyst, 'NEW_REGISTERED_CAPITAL_CNY', 'periodKind=year');
    const last = [...capital.points].reverse().find((p: { value: number | null }) => (p.value ?? 0) > 0);
    expect(last).toBeDefined();
    const year = Number(last.period);
    type Item = { key: string; value: number };
    const [sections, clusters] = capital.breakdowns as { dimension: string; year: number; items: Item[] }[];
    expect([sections!.dimension, clusters!.dimension, sections!.year, clusters!.year]).toEqual(['section', 'cluster', year, year]);
    // Sections partition the year's capital (亿元).
    expect(sections!.items.reduce((a, i) => a + i.value, 0)).toBeCloseTo(last.value, 4);
    // Each cluster holds the capital of the enterprises whose class GET /api/clusters/classify puts in it.
    const rows = await t.ctx.db.selectFrom('enterprises').select(['industry_code', 'particulars', 'established_on']).execute();
    const expected = new Map<string, number>();
    for (const r of rows.filter((r) => r.established_on.startsWith(String(year)))) {
      const yuan = (r.particulars as { registeredCapitalYuan?: number } | null)?.registeredCapitalYuan;
      if (typeof yuan !== 'number' || yuan === 0) continue;
      const res = await t.request('GET', `/api/clusters/classify?industryCode=${r.industry_code}`, { as: analyst });
      const ids: string[] = res.json().classification.clusterIds;
      for (const id of ids.length > 0 ? ids : ['none']) expected.set(id, (expected.get(id) ?? 0) + yuan / 1e8);
    }
    expect(new Map(clusters!.items.map((i) => [i.key, Math.round(i.value * 1e4)]))).toEqual(new Map([...expected].map(([k, v]) => [k, Math.round(v * 1e4)])));
  });
});

describe('revisions with history', () => {
  it('keeps who, when, old → new and why; a revision needs a reason; a later submission supersedes a pending one', async () => {
    const first = await approved(lj, 'LJ', [{ indicatorCode: 'AIR_CARGO', period: '2024-05', value: 3.5 }]);
    expect(first.items[0]).toMatchObject({ previous: null, revision: 1, state: 'approved' });
    const bare = await submit(lj, 'LJ', [{ indicatorCode: 'AIR_CARGO', period: '2024-05', value: 3.8 }]);
    expect(errorOf(bare)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'values.0.reason' });
    const second = await submit(lj, 'LJ', [{ indicatorCode: 'AIR_CARGO', period: '2024-05', value: 3.8, reason: '机场集团更正' }]);
    expect(second.json().items[0]).toMatchObject({ previous: 3.5, value: 3.8, revision: 2, reason: '机场集团更正', state: 'pending' });
    // Revised again before the FTZ Office decided: the earlier submission no longer carries the value.
    const third = await submit(lj, 'LJ', [{ indicatorCode: 'AIR_CARGO', period: '2024-05', value: 3.9 }], '再次更正');
    expect(third.json().items[0]).toMatchObject({ previous: 3.8, revision: 3, reason: '再次更正' });
    const secondNow = await t.request('GET', `/api/indicators/submissions/${second.json().id}`, { as: analyst });
    expect(secondNow.json().items[0].state).toBe('superseded');
    expect((await approve(second.json().id)).json().items[0].state).toBe('superseded');
    expect((await approve(third.json().id)).json().items[0].state).toBe('approved');
    // An unchanged value is left out: nothing to submit.
    expect(errorOf(await submit(lj, 'LJ', [{ indicatorCode: 'AIR_CARGO', period: '2024-05', value: 3.9 }]))).toMatchObject({ status: 400, field: 'values' });
    const history = await t.request('GET', '/api/indicators/AIR_CARGO/history?areaCode=LJ&period=2024-05', { as: lj });
    expect(history.statusCode).toBe(200);
    const h = history.json();
    expect(h).toMatchObject({ approvedValue: 3.9, pendingValue: null, revision: 3 });
    expect(h.events.map((e: { event: string; oldValue: number | null; newValue: number | null }) => [e.event, e.oldValue, e.newValue])).toEqual([
      ['submitted', null, 3.5],
      ['approved', null, 3.5],
      ['submitted', 3.5, 3.8],
      ['superseded', 3.8, 3.9],
      ['submitted', 3.8, 3.9],
      ['approved', 3.5, 3.9],
    ]);
    expect(h.events[2]).toMatchObject({ reason: '机场集团更正', actor: { displayName: expect.stringContaining('陈敏') }, at: TEST_NOW.toISOString() });
    expect(h.events[5].actor.displayName).toContain('自贸办');
    // The history itself can never be changed.
    await expect(t.ctx.db.deleteFrom('indicator_value_history').execute()).rejects.toThrow(/append-only/);
  });
});

describe('progress and traffic lights at the boundaries', () => {
  const light = async (code: string) => (await series(analyst, code, 'periodKind=year')).targets[0].progress;

  it('an addition (T11: 20 new securities institutions by 2020): 20 on track, 19 and 17 at risk, 16 off track', async () => {
    await approved(lj, 'LJ', [
      { indicatorCode: 'NEW_SECURITIES_INST', period: '2018', value: 7 },
      { indicatorCode: 'NEW_SECURITIES_INST', period: '2019', value: 7 },
      { indicatorCode: 'NEW_SECURITIES_INST', period: '2020', value: 6 },
    ]);
    expect(await light('NEW_SECURITIES_INST')).toMatchObject({ status: 'final', actual: 20, goal: 20, achieved: true, light: 'on_track' });
    for (const [v2020, expected, ratio] of [[5, 'at_risk', 0.95], [3, 'at_risk', 0.85], [2, 'off_track', 0.8]] as const) {
      await approved(lj, 'LJ', [{ indicatorCode: 'NEW_SECURITIES_INST', period: '2020', value: v2020, reason: `边界测试 ${v2020}` }]);
      const p = await light('NEW_SECURITIES_INST');
      expect(p).toMatchObject({ achieved: false, light: expected, comparison: { method: 'ratio', value: ratio } });
    }
    // A revision awaiting approval does not move the light.
    expect((await submit(lj, 'LJ', [{ indicatorCode: 'NEW_SECURITIES_INST', period: '2020', value: 6, reason: '待审' }])).statusCode).toBe(201);
    expect((await light('NEW_SECURITIES_INST')).light).toBe('off_track');
    // The catalogue shows the same light with its reason.
    const c = (await t.request('GET', '/api/indicators', { as: lj })).json();
    const t11 = c.indicators.find((i: { code: string }) => i.code === 'NEW_SECURITIES_INST').targets[0].progress;
    expect(t11).toMatchObject({ light: 'off_track' });
    expect(t11.reasonEn).toContain('not achieved');
  });

  it('"more than 300 multinationals" (T03): exactly 300 is not achieved (at risk), 301 is', async () => {
    await approved(lj, 'LJ', [{ indicatorCode: 'MULTINATIONALS', period: '2020', value: 300 }]);
    const at300 = await light('MULTINATIONALS');
    expect(at300).toMatchObject({ actual: 300, achieved: false, light: 'at_risk' });
    expect(at300.reasonZh).toContain('规划要求“高于”');
    await approved(lj, 'LJ', [{ indicatorCode: 'MULTINATIONALS', period: '2020', value: 301, reason: '补报一家' }]);
    expect(await light('MULTINATIONALS')).toMatchObject({ actual: 301, achieved: true, light: 'on_track' });
  });

  it('the detail gives the trajectory and the forecast; the scorecard colours areas × indicators', async () => {
    const fdi = await series(analyst, 'FDI_USD', 'periodKind=year');
    const p = fdi.targets[0].progress;
    expect(p.granularity).toBe('year');
    expect(p.track.map((x: { period: string }) => x.period)).toEqual(['2017', '2018', '2019', '2020']);
    expect(p.track.find((x: { period: string }) => x.period === '2018').expected).toBe(80);
    expect(p.forecast.method).toBe('actual');
    const stock = (await series(analyst, 'FIN_INST_STOCK', 'periodKind=month')).targets[0].progress;
    expect(stock).toMatchObject({ granularity: 'month', baseline: { period: '2017-12', origin: 'data' } });
    expect(stock.track.at(-1)).toMatchObject({ period: '2020-12', expected: 1300 });
    const card = await t.request('GET', '/api/indicators/scorecard?period=2020', { as: analyst });
    expect(card.statusCode).toBe(200);
    const body = card.json();
    expect(body.scopes).toEqual(['LJ', 'XY', 'GYG', 'CQFTZ']);
    const teu = body.rows.find((r: { indicatorCode: string }) => r.indicatorCode === 'CONTAINER_TEU');
    expect(teu.targetId).toBe('T06');
    const zone = teu.cells.find((c: { scope: string }) => c.scope === 'CQFTZ');
    expect(zone.value).toBeCloseTo(teu.cells.slice(0, 3).reduce((s: number, c: { value: number }) => s + c.value, 0), 6);
    expect(teu.cells.find((c: { scope: string }) => c.scope === 'LJ').reasonEn).toContain("shared by the area's");
    const t11 = body.rows.find((r: { indicatorCode: string }) => r.indicatorCode === 'NEW_SECURITIES_INST');
    expect(t11.cells.find((c: { scope: string }) => c.scope === 'LJ').light).toBe('no_target');
    const share = body.rows.find((r: { indicatorCode: string }) => r.indicatorCode === 'FDI_SHARE_OF_CITY');
    expect(share.cells.find((c: { scope: string }) => c.scope === 'LJ')).toMatchObject({ unavailable: true, light: 'no_target' });
  });
});

describe('Excel template and upload', () => {
  async function template(as: Session, query: string) {
    const res = await t.request('GET', `/api/indicators/template?${query}`, { as });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  }
  const rowOf = (ws: ExcelJS.Worksheet, code: string, period: string) => {
    for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === code && ws.getCell(r, 4).value === period) return r;
    throw new Error(`no row ${code} ${period}`);
  };
  const upload = async (as: Session, wb: ExcelJS.Workbook, areaCode = 'LJ') =>
    t.request('POST', '/api/indicators/submissions/upload', { as, body: { areaCode, fileName: 'lj-2024q1.xlsx', contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') } });

  it('reports every error by sheet, row and column and stores nothing; the corrected file is accepted', async () => {
    const wb = await template(lj, 'areaCode=LJ&from=2024-01&to=2024-03');
    const ws = wb.getWorksheet('values')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'indicatorCode', 'indicator', 'unit', 'period', 'value', 'reason', 'current']);
    // Quarter-only indicators get a quarter row; the others a row per month.
    expect(rowOf(ws, 'SERVICES_VA_CNY', '2024-Q1')).toBeGreaterThan(1);
    const fdi = rowOf(ws, 'FDI_USD', '2024-01');
    const trade = rowOf(ws, 'TRADE_CNY', '2024-02');
    const settlement = rowOf(ws, 'FIN_SETTLEMENT_CNY', '2024-03');
    const banks = rowOf(ws, 'NEW_BANKING_INST', '2024-01');
    const teu = rowOf(ws, 'CONTAINER_TEU', '2024-03');
    ws.getCell(fdi, 5).value = 4.2;
    ws.getCell(trade, 5).value = 'abc';
    ws.getCell(settlement, 5).value = 3000;
    ws.getCell(settlement, 3).value = '万吨';
    ws.getCell(banks, 5).value = 1.5;
    ws.getCell(teu, 4).value = '2026-12';
    ws.getCell(teu, 5).value = 1;
    const before = await written();
    const refused = await upload(lj, wb);
    expect(errorOf(refused)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'contentBase64' });
    const cells = refused.json().error.details.errors as { sheet: string; row: number; column: string; field: string; zh: string; en: string }[];
    expect(cells.map((c) => [c.sheet, c.row, c.column, c.field])).toEqual(
      [
        ['values', trade, 'E', 'value'],
        ['values', settlement, 'C', 'unit'],
        ['values', banks, 'E', 'value'],
        ['values', teu, 'D', 'period'],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    );
    expect(cells.find((c) => c.field === 'period')!.zh).toContain('尚未结束');
    expect(await written()).toEqual(before);

    ws.getCell(trade, 5).value = 101;
    ws.getCell(settlement, 3).value = '亿元';
    ws.getCell(banks, 5).value = 1;
    ws.getCell(teu, 4).value = '2024-03';
    const accepted = await upload(lj, wb);
    expect(accepted.statusCode, accepted.body).toBe(201);
    const s = accepted.json();
    expect(s).toMatchObject({ channel: 'upload', fileName: 'lj-2024q1.xlsx', status: 'pending', valueCount: 5 });
    expect(s.items.find((i: { indicatorCode: string }) => i.indicatorCode === 'FIN_SETTLEMENT_CNY')).toMatchObject({ value: 0.3, enteredValue: 3000, enteredUnit: 'CNY_100M' });
    expect(s.missing.find((m: { indicatorCode: string }) => m.indicatorCode === 'TRADE_CNY').periods).toContain('2024-01');
    expect((await written()).submissions).toBe(before.submissions + 1);
    // The next template shows the values awaiting approval.
    const again = (await template(lj, 'areaCode=LJ&from=2024-01&to=2024-01')).getWorksheet('values')!;
    expect(again.getCell(rowOf(again, 'FDI_USD', '2024-01'), 5).value).toBe(4.2);
  });

  it('refuses a file that is not a workbook, and one without values', async () => {
    const before = await written();
    const notXlsx = await t.request('POST', '/api/indicators/submissions/upload', { as: lj, body: { areaCode: 'LJ', contentBase64: Buffer.from('hello').toString('base64') } });
    expect(errorOf(notXlsx)).toMatchObject({ status: 400, field: 'contentBase64' });
    expect(notXlsx.json().error.details.errors[0].en).toContain('not an Excel workbook');
    const empty = await template(lj, 'areaCode=LJ&from=2024-04&to=2024-04');
    expect(errorOf(await upload(lj, empty))).toMatchObject({ status: 400, field: 'contentBase64' });
    expect(await written()).toEqual(before);
  });
});

describe('area confinement', () => {
  it('an area officer cannot submit, upload or fetch a template for another area; the refusal changes nothing', async () => {
    const before = { ...(await written()), audit: await t.count('audit_log') };
    for (const areaCode of ['XY', 'CQFTZ']) {
      expect(errorOf(await submit(lj, areaCode, [{ indicatorCode: 'FDI_USD', period: '2024-01', value: 1 }]))).toMatchObject({ status: 403, code: 'FORBIDDEN', field: 'areaCode' });
    }
    const upload = await t.request('POST', '/api/indicators/submissions/upload', { as: lj, body: { areaCode: 'XY', contentBase64: 'AAAA' } });
    expect(errorOf(upload)).toMatchObject({ status: 403, field: 'areaCode' });
    expect(errorOf(await t.request('GET', '/api/indicators/template?areaCode=XY&from=2024-01&to=2024-03', { as: lj }))).toMatchObject({ status: 403, field: 'areaCode' });
    expect({ ...(await written()), audit: await t.count('audit_log') }).toEqual(before);
  });

  it('an area officer reads its own area and the zone only', async () => {
    expect(errorOf(await t.request('GET', '/api/indicators/FDI_USD/series?areaCode=XY', { as: lj }))).toMatchObject({ status: 403, field: 'areaCode' });
    expect((await t.request('GET', '/api/indicators/FDI_USD/series?areaCode=LJ', { as: lj })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/indicators/FDI_USD/series', { as: lj })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/indicators/scorecard?period=2020', { as: lj })).json().scopes).toEqual(['LJ', 'CQFTZ']);
    const list = (await t.request('GET', '/api/indicators/submissions?limit=200', { as: lj })).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((s: { areaCode: string }) => s.areaCode === 'LJ')).toBe(true);
    const xySubmission = (await t.request('GET', '/api/indicators/submissions?areaCode=XY', { as: analyst })).json().items[0];
    expect(errorOf(await t.request('GET', `/api/indicators/submissions/${xySubmission.id}`, { as: lj }))).toMatchObject({ status: 403, field: 'id' });
    expect(errorOf(await t.request('GET', '/api/indicators/submissions?areaCode=XY', { as: lj }))).toMatchObject({ status: 403, field: 'areaCode' });
    expect(errorOf(await t.request('GET', '/api/indicators/FDI_USD/history?areaCode=XY&period=2020-01', { as: lj }))).toMatchObject({ status: 403, field: 'areaCode' });
  });
});

describe('approval by the FTZ Office', () => {
  it('approves, never its own submission (four eyes), never twice; a return needs its reason', async () => {
    const own = await submit(analyst, 'CQFTZ', [{ indicatorCode: 'CITY_FDI_USD', period: '2024-01', value: 9 }]);
    expect(own.statusCode, own.body).toBe(201);
    const before = { ...(await written()), audit: await t.count('audit_log') };
    expect(errorOf(await approve(own.json().id))).toMatchObject({ status: 403, code: 'FORBIDDEN', field: 'id' });
    expect({ ...(await written()), audit: await t.count('audit_log') }).toEqual(before);
    // An area officer and the administrator do not approve.
    expect(errorOf(await approve(own.json().id, lj))).toMatchObject({ status: 403 });
    expect(errorOf(await approve(own.json().id, admin))).toMatchObject({ status: 403 });
    const queue = (await t.request('GET', '/api/indicators/submissions?status=pending&limit=200', { as: analyst })).json();
    expect(queue.items.some((s: { id: number }) => s.id === own.json().id)).toBe(true);
    expect(queue.items.every((s: { status: string }) => s.status === 'pending')).toBe(true);

    const s = await submit(xy, 'XY', [{ indicatorCode: 'CONTAINER_TEU', period: '2024-01', value: 2 }]);
    expect(errorOf(await t.request('POST', `/api/indicators/submissions/${s.json().id}/return`, { as: analyst, body: {} }))).toMatchObject({ status: 400, field: 'reason' });
    const ok = await approve(s.json().id);
    expect(ok.json()).toMatchObject({ status: 'approved', decidedBy: { displayName: expect.stringContaining('自贸办') }, items: [{ state: 'approved' }] });
    expect(errorOf(await approve(s.json().id))).toMatchObject({ status: 409, code: 'CONFLICT', field: 'id' });
    expect(errorOf(await approve(999999))).toMatchObject({ status: 404, field: 'id' });
    const value = await t.ctx.db.selectFrom('indicator_values').selectAll().where('indicator_code', '=', 'CONTAINER_TEU').where('area_code', '=', 'XY').where('period', '=', '2024-01').executeTakeFirstOrThrow();
    expect([Number(value.approved_value), value.pending_value]).toEqual([2, null]);
  });
});

describe('bad input is refused naming the field', () => {
  it.each([
    [{ areaCode: 'LJ', values: [{ indicatorCode: 'NO_SUCH', period: '2024-01', value: 1 }] }, 'values.0.indicatorCode'],
    [{ areaCode: 'LJ', values: [{ indicatorCode: 'TRADE_GROWTH', period: '2024-01', value: 1 }] }, 'values.0.indicatorCode'],
    [{ areaCode: 'LJ', values: [{ indicatorCode: 'NEW_ENTERPRISES', period: '2024-01', value: 1 }] }, 'values.0.indicatorCode'],
    [{ areaCode: 'LJ', values: [{ indicatorCode: 'TRADE_CNY', period: '2024-13', value: 1 }] }, 'values.0.period'],
    [{ areaCode: 'LJ', values: [{ indicatorCode: 'TRADE_CNY', period: '2024-01', value: 'x' }] }, 'values.0.value'],
    [{ areaCode: 'LJ', values: [{ indicatorCode: 'TRADE_CNY', period: '2024-01', value: -1 }] }, 'values.0.value'],
    [{ areaCode: 'LJ', values: [{ indicatorCode: 'TRADE_CNY', period: '2024-01', value: 1, unit: 'TEU' }] }, 'values.0.unit'],
    [{ areaCode: 'LJ', values: [{ indicatorCode: 'SERVICES_VA_CNY', period: '2024-01', value: 1 }] }, 'values.0.period'],
    [{ areaCode: 'LJ', values: [] }, 'values'],
    [{ areaCode: 'ZZ', values: [{ indicatorCode: 'TRADE_CNY', period: '2024-01', value: 1 }] }, 'areaCode'],
    [{ areaCode: 'LJ', values: [{ indicatorCode: 'TRADE_CNY', period: '2024-01', value: 1, extra: 1 }] }, 'values.0'],
  ])('%j → 400 naming %s, nothing stored', async (body, field) => {
    const before = await written();
    const res = await t.request('POST', '/api/indicators/submissions', { as: analyst, body });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
    expect(await written()).toEqual(before);
  });

  it('lists every problem of a submission in details', async () => {
    const res = await submit(lj, 'LJ', [
      { indicatorCode: 'TRADE_CNY', period: '2024-01', value: -1 },
      { indicatorCode: 'FDI_USD', period: '2099-01', value: 1 },
    ]);
    expect(errorOf(res).field).toBe('values.0.value');
    expect(res.json().error.details.errors.map((e: { index: number; field: string }) => `${e.index}:${e.field}`)).toEqual(['0:value', '1:period']);
  });

  it('answers unknown indicators, scopes and periods on the reads with 4xx naming them', async () => {
    expect(errorOf(await t.request('GET', '/api/indicators/NOPE/series', { as: analyst }))).toMatchObject({ status: 404, field: 'code' });
    expect(errorOf(await t.request('GET', '/api/indicators/fdi/series', { as: analyst }))).toMatchObject({ status: 400, field: 'code' });
    expect(errorOf(await t.request('GET', '/api/indicators/FDI_USD/series?areaCode=ZZ', { as: analyst }))).toMatchObject({ status: 400, field: 'areaCode' });
    expect(errorOf(await t.request('GET', '/api/indicators/FDI_USD/series?periodKind=week', { as: analyst }))).toMatchObject({ status: 400, field: 'periodKind' });
    expect(errorOf(await t.request('GET', '/api/indicators/FDI_USD/series?from=2020-05&to=2020-01', { as: analyst }))).toMatchObject({ status: 400, field: 'from' });
    expect(errorOf(await t.request('GET', '/api/indicators/scorecard?period=2020-Q9', { as: analyst }))).toMatchObject({ status: 400, field: 'period' });
    expect(errorOf(await t.request('GET', '/api/indicators/template?areaCode=LJ&from=2024-05&to=2024-01', { as: lj }))).toMatchObject({ status: 400, field: 'from' });
    expect(errorOf(await t.request('GET', '/api/indicators/template?areaCode=LJ&from=2030-01&to=2030-03', { as: lj }))).toMatchObject({ status: 400, field: 'to' });
    expect(errorOf(await t.request('GET', '/api/indicators/FDI_USD/history?areaCode=LJ&period=1999-01', { as: lj }))).toMatchObject({ status: 404, field: 'period' });
    expect(errorOf(await t.request('GET', '/api/indicators/submissions/0', { as: analyst }))).toMatchObject({ status: 400, field: 'id' });
  });
});
