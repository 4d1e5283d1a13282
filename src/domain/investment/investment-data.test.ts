// Checks the three datasets of reference-data/investment/ against each other, the GB/T 4754-2017 table and the rules
// they encode (ODI-01 … ODI-04, Order No. 37 Art. 4, Plan V.(V)).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { industryRows } from './investment-test-kit.ts';
import { classifyOutbound } from './outbound.ts';
import { OUTBOUND_RULES } from './outbound-rules.ts';
import { PROJECT_RULES } from './project-rules.ts';
import { SECURITY_REVIEW } from './security-review-fields.ts';

const files = ['outbound-rules.json', 'project-rules.json', 'security-review-fields.json'];
const readData = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../reference-data/investment/${name}`, import.meta.url), 'utf8'));

// Guarantees: every string under a key named industryCodes, with the path where it was found.
function industryCodesIn(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => industryCodesIn(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'industryCodes' && Array.isArray(inner)) for (const code of inner) out.push([String(code), `${path}.${key}`]);
      else industryCodesIn(inner, `${path}.${key}`, out);
    }
  }
  return out;
}

describe('GB/T 4754-2017 codes of the data', () => {
  const known = new Map(industryRows.map((r) => [r.code, r.level]));

  it('the table has the 2017 counts (NL-23), so the check below is against the right edition', () => {
    const levels = [...known.values()];
    expect(['section', 'division', 'group', 'class'].map((l) => levels.filter((x) => x === l).length)).toEqual([20, 97, 473, 1381]);
  });

  it.each(files)('every code in %s exists in reference-data/industries/gbt4754-2017.csv', (name) => {
    const codes = industryCodesIn(readData(name), name);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter(([code]) => !known.has(code))).toEqual([]);
  });

  it('the walk finds codes at every level it should (a broken walk would pass the check above vacuously)', () => {
    const all = files.flatMap((name) => industryCodesIn(readData(name), name).map(([code]) => code));
    expect(all).toEqual(expect.arrayContaining(['4414', '701', '90', '64']));
  });
});

describe('dataset headers and keys', () => {
  it.each(files)('%s has dataset, description, sources with unique ids, effectiveFrom', (name) => {
    const data = readData(name) as { dataset: string; description: string; source: { id: string }[]; effectiveFrom: string };
    expect(data.dataset).toMatch(/^[a-z-]+$/);
    expect(data.description.length).toBeGreaterThan(50);
    expect(new Set(data.source.map((s) => s.id)).size).toBe(data.source.length);
    expect(data.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keys and ids are unique within each list', () => {
    const lists = [
      OUTBOUND_RULES.sensitiveCountryCategories.map((c) => c.key), OUTBOUND_RULES.sensitiveIndustries.map((i) => i.key),
      [...OUTBOUND_RULES.ndrcTiers, ...OUTBOUND_RULES.mofcomTiers].map((t) => t.id), PROJECT_RULES.rules.map((r) => r.id),
      SECURITY_REVIEW.fields.map((f) => f.key),
    ];
    for (const list of lists) expect(new Set(list).size).toBe(list.length);
  });
});

describe('outbound-rules.json (ODI-01 … ODI-04)', () => {
  it('the named-country list is configurable and ships empty: no invented country names', () => {
    expect(OUTBOUND_RULES.namedSensitiveCountries).toMatchObject({ configurable: true, entries: [] });
    expect(OUTBOUND_RULES.sensitiveCountryCategories.map((c) => c.key)).toEqual(
      expect.arrayContaining(['no-diplomatic-relations', 'war-or-civil-unrest', 'treaty-restricted']),
    );
  });

  it('holds the 2018 catalogue items', () => {
    expect(OUTBOUND_RULES.sensitiveIndustries.map((i) => i.key)).toEqual(expect.arrayContaining([
      'weapons-equipment', 'cross-border-water', 'news-media', 'real-estate', 'hotels', 'cinemas', 'entertainment', 'sports-clubs', 'equity-fund-without-real-project',
    ]));
  });

  it('the NDRC split for local non-sensitive projects is USD 300 million on both sides of the boundary', () => {
    const local = OUTBOUND_RULES.ndrcTiers.filter((t) => !t.sensitive && t.investorKinds.includes('local'));
    expect(local.map((t) => [t.authority, t.minChineseInvestmentUsd, t.belowChineseInvestmentUsd])).toEqual([['NDRC', 300_000_000, null], ['CQ_DRC', null, 300_000_000]]);
  });

  it('exactly one tier per track fits every combination of sensitivity, investor kind and amount', () => {
    for (const investorKind of ['central', 'local'] as const) {
      for (const usd of [0, 1, 99_999_999, 100_000_000, 299_999_999, 300_000_000, 2_000_000_000, 1e12]) {
        for (const sensitiveCountry of [false, true]) {
          const result = classifyOutbound({ date: '2024-01-02', investorKind, chineseInvestmentUsd: usd, industryCodes: ['3612'], sensitiveCountry });
          expect(result.ndrc.procedure).toBe(sensitiveCountry ? 'approval' : 'recordation');
          expect(result.mofcom.procedure).toBe(sensitiveCountry ? 'approval' : 'recordation');
        }
      }
    }
  });
});

describe('project-rules.json', () => {
  it('recordation is instant, approval is 20 working days under 条例 Art. 10, and the receipt format is marked as zimao\'s own', () => {
    expect(PROJECT_RULES.recordation.instant).toBe(true);
    expect([PROJECT_RULES.approvalTimeLimit.workingDays, PROJECT_RULES.approvalTimeLimit.extensionConfidence]).toEqual([20, 'low']);
    expect(PROJECT_RULES.recordationNumber.zimaoOwnFormat).toBe(true);
  });

  it('every sector rule that is only an example says so', () => {
    for (const rule of PROJECT_RULES.rules.filter((r) => r.industryCodes.length > 0)) expect(rule.illustrative, rule.id).toBe(true);
  });
});

describe('security-review-fields.json (Order No. 37 Art. 4)', () => {
  it('item 1 is military and around military facilities; item 2 names nine key fields plus other important fields', () => {
    expect(SECURITY_REVIEW.fields.filter((f) => f.item === 1).map((f) => f.key)).toEqual(['military', 'near-military-facility']);
    const item2 = SECURITY_REVIEW.fields.filter((f) => f.item === 2).map((f) => f.key);
    expect(item2).toHaveLength(10);
    expect(item2.at(-1)).toBe('other-important');
  });

  it('actual control starts at 50% inclusive (以上, Civil Code Art. 1259) and has three tests', () => {
    expect([SECURITY_REVIEW.actualControl.shareThresholdPercent, SECURITY_REVIEW.actualControl.comparison]).toEqual([50, 'gte']);
    expect(SECURITY_REVIEW.actualControl.tests.map((t) => t.key)).toEqual(['share', 'voting', 'other']);
  });
});

describe('reference-data/README.md', () => {
  it('describes the investment folder in its table', () => {
    const readme = readFileSync(new URL('../../../reference-data/README.md', import.meta.url), 'utf8');
    expect(readme).toMatch(/^\| `investment\/\*\.json` \|/m);
  });
});
