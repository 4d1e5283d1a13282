// The keys the investment filing forms take, over HTTP (GET /api/investment/vocabularies): public reference data
// with Chinese and English names, and exactly the keys the classifiers accept — every one of them is filed here and
// becomes the ground it names (Order No. 37 Art. 4; Plan V.(V); ODI-01).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOUND_RULES, SECURITY_REVIEW, inForce } from '../../src/domain/investment/index.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant');
});
afterAll(async () => t.close());

type Entry = { key: string; zh: string; en: string };
type Vocabularies = { date: string; declaredFields: Entry[]; sensitivityDimensions: Entry[]; countryCategories: Entry[]; sensitiveIndustries: Entry[] };

async function vocabularies(): Promise<Vocabularies> {
  const res = await t.request('GET', '/api/investment/vocabularies');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Vocabularies;
}

// Auto parts (GB/T 3670): in no security-review field and no sensitive outbound industry, so every ground below
// comes from the key sent.
const PROJECT = { name: '词表测试项目', areaCode: 'LJ', industryCodes: ['3670'], totalInvestmentYuan: 10_000_000, foreignShare: 60 };
const OUTBOUND = { name: '词表境外项目', areaCode: 'LJ', destination: { countryCode: 'DE' }, industryCodes: ['3670'], chineseInvestmentUsd: 1_000_000, investorKind: 'local' };

describe('GET /api/investment/vocabularies', () => {
  it('answers anyone, signed in or not, with the keys of the data and both names', async () => {
    const v = await vocabularies();
    expect(v.date).toBe('2026-11-24');
    expect(v.declaredFields.map((e) => e.key)).toEqual(SECURITY_REVIEW.fields.map((f) => f.key));
    expect(v.declaredFields).toContainEqual({ key: 'military', zh: '军工、军工配套等关系国防安全的领域', en: expect.stringMatching(/^Military industry/) });
    expect(v.sensitivityDimensions.map((e) => e.key)).toEqual(['investor', 'target', 'industry', 'technology', 'region']);
    expect(v.sensitivityDimensions[0]).toEqual({ key: 'investor', zh: '敏感投资主体', en: 'Sensitive investor' });
    expect(v.countryCategories.map((e) => e.key)).toEqual(OUTBOUND_RULES.sensitiveCountryCategories.filter((c) => inForce(c, v.date)).map((c) => c.key));
    expect(v.countryCategories.length).toBeGreaterThan(0);
    expect(v.sensitiveIndustries.map((e) => e.key)).toEqual(OUTBOUND_RULES.sensitiveIndustries.filter((i) => inForce(i, v.date)).map((i) => i.key));
    expect(v.sensitiveIndustries).toContainEqual({ key: 'real-estate', zh: '房地产', en: 'Real estate' });
    for (const entry of [...v.declaredFields, ...v.sensitivityDimensions, ...v.countryCategories, ...v.sensitiveIndustries]) {
      expect(Object.keys(entry).sort()).toEqual(['en', 'key', 'zh']);
      expect(entry.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en).toMatch(/^[A-Z]/);
    }
    // The same for a signed-in applicant and through the OpenAPI document.
    expect((await t.request('GET', '/api/investment/vocabularies', { as: applicant })).json()).toEqual(v);
    const doc = (await t.request('GET', '/api/openapi.json')).json() as { paths: Record<string, { get?: { tags?: string[] } }> };
    expect(doc.paths['/api/investment/vocabularies']?.get?.tags).toEqual(['investment']);
  });

  it('every security-review field it lists is taken by a project filing and becomes a declared ground', async () => {
    const { declaredFields } = await vocabularies();
    const res = await t.request('POST', '/api/investment/projects', { as: applicant, body: { ...PROJECT, declaredFields: declaredFields.map((e) => e.key) } });
    expect(res.statusCode, res.body).toBe(201);
    const grounds = res.json().securityReview.grounds as { field: string; kind: string; via: string }[];
    expect(grounds.filter((g) => g.kind === 'field').map((g) => [g.field, g.via])).toEqual(declaredFields.map((e) => [e.key, 'declared']));
    expect(res.json().flagged).toBe(true);
  });

  it('every sensitivity dimension it lists is taken, as true or with the reason given', async () => {
    const { sensitivityDimensions } = await vocabularies();
    const dimensions = Object.fromEntries(sensitivityDimensions.map((e, i) => [e.key, i === 0 ? true : `原因 ${e.key}`]));
    const res = await t.request('POST', '/api/investment/projects', { as: applicant, body: { ...PROJECT, foreignShare: 20, sensitivityDimensions: dimensions } });
    expect(res.statusCode, res.body).toBe(201);
    const grounds = res.json().securityReview.grounds as { field: string; kind: string; reasonZh: string }[];
    expect(grounds.map((g) => [g.field, g.kind])).toEqual(sensitivityDimensions.map((e) => [e.key, 'dimension']));
    expect(grounds[1]!.reasonZh).toContain(`原因 ${sensitivityDimensions[1]!.key}`);
  });

  it('every country category and sensitive industry it lists is taken by an outbound filing and becomes a ground', async () => {
    const { countryCategories, sensitiveIndustries } = await vocabularies();
    const body = { ...OUTBOUND, destination: { countryCode: 'DE', countryCategories: countryCategories.map((e) => e.key) }, sensitiveIndustryKeys: sensitiveIndustries.map((e) => e.key) };
    const res = await t.request('POST', '/api/investment/outbound', { as: applicant, body });
    expect(res.statusCode, res.body).toBe(201);
    const grounds = res.json().classification.grounds as { kind: string; key: string }[];
    expect(grounds.filter((g) => g.kind === 'country').map((g) => g.key).sort()).toEqual(countryCategories.map((e) => e.key).sort());
    expect(grounds.filter((g) => g.kind === 'industry').map((g) => g.key).sort()).toEqual(sensitiveIndustries.map((e) => e.key).sort());
    expect(res.json()).toMatchObject({ procedure: 'approval', classification: { sensitive: true } });
  });

  it('a dimension reason over 500 characters is a 400 naming it', async () => {
    const res = await t.request('POST', '/api/investment/projects', { as: applicant, body: { ...PROJECT, sensitivityDimensions: { target: 'x'.repeat(501) } } });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'sensitivityDimensions.target' });
  });
});
