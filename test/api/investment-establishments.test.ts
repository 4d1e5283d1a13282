// The national security review of a foreign-invested establishment (Order No. 37 Art. 4 covers founding an
// enterprise as well as acquiring one): a market-registration file declaring foreign investment is assessed at
// filing by the rules of the investment cases, the answer is kept with the file's admission check, and a flagged
// file joins the FTZ Office's security-review list beside the flagged projects, with its grounds and its file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
let analyst: Session;
beforeAll(async () => {
  t = await createTestApp();
  [applicant, analyst] = [await t.login('applicant'), await t.login('analyst')];
});
afterAll(async () => t.close());

// Application software (GB/T 6513) maps to the item 2 field "information technology"; auto parts (3670) to none.
const REGISTRATION = { entityName: '重庆两江智算软件有限公司', entityType: 'limited_company', areaCode: 'LJ', address: '重庆市两江新区星光大道1号', legalRepresentative: '王伟', industryCode: '6513' };
const register = (form: Record<string, unknown>) => t.request('POST', '/api/files', { as: applicant, body: { type: 'market-registration', form: { ...REGISTRATION, ...form } } });

type Ground = { field: string; via: string; reasonZh: string; legalBasis: string };
type Item = { kind: 'foreign_project' | 'establishment'; id?: number; fileId: number | null; fileType?: string; name: string; securityReview: { flagged: boolean; grounds: Ground[] } };
async function reviewList(query = 'limit=200'): Promise<{ items: Item[]; total: number }> {
  const res = await t.request('GET', `/api/investment/security-review?${query}`, { as: analyst });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const establishment = (items: Item[], fileId: number) => items.find((i) => i.kind === 'establishment' && i.fileId === fileId);

describe('security review of a foreign-invested establishment at filing', () => {
  let flaggedFileId = 0;

  it('a 60% foreign share in a sensitive field is flagged, kept with the file, and listed with its grounds and file', async () => {
    const res = await register({ entityName: '重庆两江智算软件有限公司', foreignInvestment: { foreignShare: 60 } });
    expect(res.statusCode, res.body).toBe(201);
    const review = res.json().admission.securityReview;
    expect(review).toMatchObject({ flagged: true, actualControl: { acquired: true, by: ['share'] } });
    expect(review.grounds.map((g: Ground) => [g.field, g.via])).toEqual([['information-technology', 'industry-code']]);
    expect(review.grounds[0].legalBasis).toContain('Art. 4');
    expect(review.grounds[0]).not.toHaveProperty('codeHits');
    expect(review.reasons.map((r: { code: string }) => r.code)).toContain('SR-FLAGGED');
    flaggedFileId = res.json().id;
    // The negative-list check is still there, beside it.
    expect(res.json().admission).toMatchObject({ edition: { code: 'FTZ-2021' }, outcome: 'not-listed', compliant: true });
    expect((await t.request('GET', `/api/files/${flaggedFileId}`, { as: applicant })).json().admission.securityReview).toEqual(review);

    const item = establishment((await reviewList()).items, flaggedFileId);
    expect(item).toEqual({
      kind: 'establishment', fileId: flaggedFileId, fileType: 'market-registration', fileStatus: 'submitted', name: '重庆两江智算软件有限公司',
      areaCode: 'LJ', applicant: { id: applicant.userId, displayName: '申请人 孙浩 Applicant' }, createdAt: expect.any(String), securityReview: review,
    });
  });

  it('voting influence below 50% is actual control too (Art. 4 para. 2 item 2), and is listed', async () => {
    const res = await register({ entityName: '重庆表决权安排软件有限公司', foreignInvestment: { foreignShare: 30, votingInfluence: true } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().admission.securityReview).toMatchObject({ flagged: true, actualControl: { by: ['voting'] }, grounds: [{ field: 'information-technology' }] });
    expect(establishment((await reviewList()).items, res.json().id)).toMatchObject({ name: '重庆表决权安排软件有限公司' });
  });

  it('a military-facility location is flagged whatever the control (Art. 4 para. 1 item 1)', async () => {
    const res = await register({ entityName: '重庆军事设施周边汽配有限公司', industryCode: '3670', foreignInvestment: { foreignShare: 10, nearMilitaryFacility: true } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().admission.securityReview).toMatchObject({ flagged: true, actualControl: { acquired: false }, grounds: [{ field: 'near-military-facility', via: 'location' }] });
    expect(establishment((await reviewList()).items, res.json().id)).toBeDefined();
  });

  it('a non-controlling share in the sensitive field is not flagged (SR-ART4-2) and not listed', async () => {
    const res = await register({ entityName: '重庆参股软件有限公司', foreignInvestment: { foreignShare: 49.99 } });
    expect(res.statusCode, res.body).toBe(201);
    const review = res.json().admission.securityReview;
    expect(review).toMatchObject({ flagged: false, actualControl: { acquired: false, by: [] }, grounds: [] });
    expect(review.reasons.map((r: { code: string }) => r.code)).toEqual(['SR-ART4-2']);
    expect(establishment((await reviewList()).items, res.json().id)).toBeUndefined();
  });

  it('a wholly foreign-owned establishment outside every sensitive field is not flagged and not listed', async () => {
    const res = await register({ entityName: '重庆独资汽配有限公司', industryCode: '3670', foreignInvestment: { foreignShare: 100 } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().admission.securityReview).toMatchObject({ flagged: false, actualControl: { acquired: true }, grounds: [] });
    expect(establishment((await reviewList()).items, res.json().id)).toBeUndefined();
  });

  it('a domestic establishment has neither check nor review', async () => {
    const res = await register({ entityName: '重庆内资软件有限公司' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().admission).toBeNull();
    expect(establishment((await reviewList()).items, res.json().id)).toBeUndefined();
  });

  it('a bad control fact is a 400 naming the field, nothing written', async () => {
    const count = async () => Number((await t.ctx.db.selectFrom('application_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const res = await register({ foreignInvestment: { foreignShare: 60, votingInfluence: 'yes' } });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'form.foreignInvestment.votingInfluence' });
    expect(await count()).toBe(before);
  });

  it('a file kept before the review existed reads without one and is not listed', async () => {
    const res = await register({ entityName: '重庆旧档软件有限公司', foreignInvestment: { foreignShare: 70 } });
    const id = res.json().id as number;
    expect(establishment((await reviewList()).items, id)).toBeDefined();
    await t.ctx.db.updateTable('application_files').set({ admission: JSON.stringify({ ...res.json().admission, securityReview: undefined }) }).where('id', '=', id).execute();
    const read = await t.request('GET', `/api/files/${id}`, { as: applicant });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().admission).not.toHaveProperty('securityReview');
    expect(establishment((await reviewList()).items, id)).toBeUndefined();
  });

  it('the list pages through flagged projects and files as one list, newest first, within the FTZ Office’s permission', async () => {
    const full = await reviewList();
    expect(full.total).toBe(full.items.length);
    expect(new Set(full.items.map((i) => i.kind))).toEqual(new Set(['foreign_project', 'establishment']));
    expect(full.items.every((i) => i.securityReview.flagged && i.securityReview.grounds.length > 0)).toBe(true);
    const key = (i: Item) => (i.kind === 'foreign_project' ? `case-${i.id}` : `file-${i.fileId}`);
    const paged: string[] = [];
    for (let offset = 0; offset < full.total; offset += 2) {
      const page = await reviewList(`limit=2&offset=${offset}`);
      expect(page.total).toBe(full.total);
      paged.push(...page.items.map(key));
    }
    expect(paged).toEqual(full.items.map(key));
    expect(new Set(paged).size).toBe(full.total);
    expect(full.items.map(key)).toContain(`file-${flaggedFileId}`);
    expect(errorOf(await t.request('GET', '/api/investment/security-review', { as: await t.login('area-lj') }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await t.request('GET', '/api/investment/security-review', { as: applicant }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});
