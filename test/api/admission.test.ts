// Foreign-investment admission through the API: the public self-check, the editions and their differences, and
// an administrator loading a new edition (never editing one in place).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NegativeListEdition } from '../../src/domain/admission/index.ts';
import { editionToWorkbook } from '../../src/server/features/admission/edition-workbook.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t.close());

const check = (body: Record<string, unknown>) => t.request('POST', '/api/admission/check', { body: { date: '2026-11-24', foreignShare: 10, form: 'company', ...body } });

const EDITION_2030 = {
  dataset: 'ftz-foreign-investment-negative-list', code: 'FTZ-2030', titleZh: '测试版（2030年版）', titleEn: 'Test edition 2030',
  instrument: 'test instrument', issuedOn: '2029-12-01', effectiveFrom: '2030-01-01', measureCount: 1, reconstructed: false, industryCodeEdition: 'GB/T 4754-2017',
  sources: [{ title: 'API test', confidence: 'low' }],
  measures: [{ no: 1, section: 'R', textZh: '演出团体须由中方控股', textEn: 'Performing-arts troupes: Chinese control', industryCodes: ['8810'], restrictions: [{ type: 'CN_CONTROL' }], wordingReconstructed: false }],
};
const editions = async () => Number((await t.ctx.db.selectFrom('negative_list_editions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('the admission self-check (no sign-in)', () => {
  it('refuses a prohibited sector with the measure and its legal basis (FTZ 2021 No. 16)', async () => {
    const res = await check({ industryCodes: ['7350'] });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ edition: { code: 'FTZ-2021' }, outcome: 'prohibited', compliant: false, procedure: 'refuse' });
    expect(body.measures.map((m: { no: number }) => m.no)).toEqual([16]);
    expect(body.reasons.every((r: { legalBasis: string }) => r.legalBasis.length > 0)).toBe(true);
  });

  it('a restricted sector: compliant and information report under the Foreign Investment Law; approval under the 2019 edition', async () => {
    expect((await check({ industryCodes: ['8810'], foreignShare: 49 })).json()).toMatchObject({ outcome: 'restricted', compliant: true, procedure: 'information-report' });
    expect((await check({ industryCodes: ['8810'], foreignShare: 50 })).json()).toMatchObject({ outcome: 'restricted', compliant: false, procedure: 'refuse' });
    expect((await check({ date: '2019-09-01', industryCodes: ['8810'], foreignShare: 49 })).json()).toMatchObject({ edition: { code: 'FTZ-2019' }, procedure: 'approval' });
    expect((await check({ date: '2019-09-01', industryCodes: ['5261'] })).json()).toMatchObject({ outcome: 'not-listed', procedure: 'recordation' });
  });

  it.each([
    [{ date: '2018-07-29', industryCodes: ['7350'] }, 'date'],
    [{ date: '2026-02-30', industryCodes: ['7350'] }, 'date'],
    [{ industryCodes: ['9999'] }, 'industryCodes'],
    [{ industryCodes: ['7350'], foreignShare: 101 }, 'foreignShare'],
    [{ industryCodes: ['7350'], form: 'llc' }, 'form'],
  ])('bad input %j → 400 naming %s', async (body, field) => {
    const res = await check(body);
    expect(errorOf(res)).toMatchObject({ status: 400, field: expect.stringContaining(field) });
  });
});

describe('the editions (public)', () => {
  it('lists the four editions with their periods of force', async () => {
    const items = (await t.request('GET', '/api/negative-lists')).json().items as { code: string; effectiveFrom: string; effectiveTo: string | null; measureCount: number }[];
    expect(items.map((e) => [e.code, e.effectiveFrom, e.effectiveTo, e.measureCount])).toEqual([
      ['FTZ-2018', '2018-07-30', '2019-07-29', 45],
      ['FTZ-2019', '2019-07-30', '2020-07-22', 37],
      ['FTZ-2020', '2020-07-23', '2021-12-31', 30],
      ['FTZ-2021', '2022-01-01', null, 27],
    ]);
  });

  it('shows one edition in full, and 404 naming the code for an unknown one', async () => {
    const edition = (await t.request('GET', '/api/negative-lists/FTZ-2021')).json();
    expect(edition.measures).toHaveLength(27);
    expect(edition.sources.length).toBeGreaterThan(0);
    expect(errorOf(await t.request('GET', '/api/negative-lists/FTZ-1999'))).toMatchObject({ status: 404, field: 'code' });
  });

  it('the differences from 2020 to 2021: vehicle manufacturing and satellite-TV receivers gone, the rest paired', async () => {
    const diff = (await t.request('GET', '/api/negative-lists/diff?from=FTZ-2020&to=FTZ-2021')).json();
    const removed = diff.entries.filter((e: { change: string }) => e.change === 'removed').map((e: { from: { textEn: string } }) => e.from.textEn).join(' | ');
    expect(removed).toMatch(/vehicle/i);
    expect(removed).toMatch(/satellite/i);
    expect(diff.counts.added + diff.counts.changed + diff.counts.unchanged).toBe(27);
    expect(diff.counts.removed + diff.counts.changed + diff.counts.unchanged).toBe(30);
    expect(errorOf(await t.request('GET', '/api/negative-lists/diff?from=FTZ-1999&to=FTZ-2021'))).toMatchObject({ status: 404, field: 'from' });
  });
});

describe('an administrator loads a new edition', () => {
  it('loads it once; the check uses it from its date; a second load of the code is refused and nothing changes', async () => {
    const loaded = await t.request('POST', '/api/negative-lists', { as: admin, body: { format: 'json', edition: EDITION_2030 } });
    expect(loaded.statusCode).toBe(201);
    expect(loaded.json()).toEqual({ code: 'FTZ-2030', revision: 1, measureCount: 1 });
    expect((await check({ date: '2030-06-01', industryCodes: ['7350'] })).json()).toMatchObject({ edition: { code: 'FTZ-2030' }, outcome: 'not-listed' });
    expect((await check({ date: '2029-12-31', industryCodes: ['7350'] })).json()).toMatchObject({ edition: { code: 'FTZ-2021' }, outcome: 'prohibited' });

    const before = await editions();
    const again = await t.request('POST', '/api/negative-lists', { as: admin, body: { format: 'json', edition: { ...EDITION_2030, titleEn: 'Changed' } } });
    expect(errorOf(again)).toMatchObject({ status: 409, field: 'edition.code' });
    const sameDay = await t.request('POST', '/api/negative-lists', { as: admin, body: { format: 'json', edition: { ...EDITION_2030, code: 'FTZ-2030-bis' } } });
    expect(errorOf(sameDay)).toMatchObject({ status: 409, field: 'edition.effectiveFrom' });
    expect(await editions()).toBe(before);
  });

  it.each([
    [{ measureCount: 2 }, 'edition.measures'],
    [{ measures: [{ ...EDITION_2030.measures[0], industryCodes: ['9999'] }] }, 'edition.measures.0.industryCodes.0'],
    [{ measures: [{ ...EDITION_2030.measures[0], restrictions: [{ type: 'CN_MIN_SHARE' }] }] }, 'edition.measures.0.restrictions.0.percent'],
    [{ effectiveFrom: '2029-11-01' }, 'edition.effectiveFrom'],
  ])('a bad edition %j → 400 naming %s, nothing written', async (change, field) => {
    const before = await editions();
    const res = await t.request('POST', '/api/negative-lists', { as: admin, body: { format: 'json', edition: { ...EDITION_2030, code: 'FTZ-2031', effectiveFrom: '2031-01-01', ...change } } });
    expect(errorOf(res)).toMatchObject({ status: 400, field });
    expect(await editions()).toBe(before);
  });

  it('loads a workbook; the exported workbook of a known edition is refused as a second load; a non-workbook names the field', async () => {
    const exported = await t.request('GET', '/api/negative-lists/FTZ-2021/workbook');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const again = await t.request('POST', '/api/negative-lists', { as: admin, body: { format: 'xlsx', contentBase64: exported.rawPayload.toString('base64') } });
    expect(errorOf(again)).toMatchObject({ status: 409, field: 'edition.code' });
    const workbook = await editionToWorkbook(NegativeListEdition.parse({ ...EDITION_2030, code: 'FTZ-2032', issuedOn: '2032-01-01', effectiveFrom: '2032-01-01' }));
    const loaded = await t.request('POST', '/api/negative-lists', { as: admin, body: { format: 'xlsx', contentBase64: workbook.toString('base64') } });
    expect(loaded.statusCode).toBe(201);
    expect((await t.request('GET', '/api/negative-lists/FTZ-2032')).json()).toMatchObject({ origin: 'loaded', revision: 1, measureCount: 1 });
    const before = await editions();
    const junk = await t.request('POST', '/api/negative-lists', { as: admin, body: { format: 'xlsx', contentBase64: Buffer.from('not a workbook').toString('base64') } });
    expect(errorOf(junk)).toMatchObject({ status: 400, field: 'contentBase64' });
    expect(await editions()).toBe(before);
  });

  it('the table refuses an edit in place', async () => {
    await expect(sql`UPDATE negative_list_editions SET title_en = 'edited' WHERE code = 'FTZ-2021'`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
  });
});
