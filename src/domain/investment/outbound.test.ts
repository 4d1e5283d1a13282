import { describe, expect, it } from 'vitest';
import { errorOf, industries } from './investment-test-kit.ts';
import { classifyOutbound, type OutboundInput } from './outbound.ts';
import { OUTBOUND_RULES, OutboundRulesFile } from './outbound-rules.ts';

const base: OutboundInput = { date: '2024-06-03', investorKind: 'local', chineseInvestmentUsd: 50_000_000, industryCodes: ['3612'] };
const classify = (change: Partial<OutboundInput>) => classifyOutbound({ ...base, ...change });
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);

describe('NDRC track tiers (ODI-03, TIME-60)', () => {
  it.each([
    ['local, USD 299,999,999', 'local', 299_999_999, 'NDRC-LOCAL', 'CQ_DRC'],
    ['local, USD 300,000,000 (及以上 includes it)', 'local', 300_000_000, 'NDRC-LOCAL-LARGE', 'NDRC'],
    ['local, USD 0', 'local', 0, 'NDRC-LOCAL', 'CQ_DRC'],
    ['central, USD 1', 'central', 1, 'NDRC-CENTRAL', 'NDRC'],
    ['central, USD 299,999,999', 'central', 299_999_999, 'NDRC-CENTRAL', 'NDRC'],
    ['central, USD 5 billion', 'central', 5_000_000_000, 'NDRC-CENTRAL', 'NDRC'],
  ] as const)('%s → %s (%s), recordation in 7 working days', (_name, investorKind, usd, tier, authority) => {
    const result = classify({ investorKind, chineseInvestmentUsd: usd });
    expect(result.sensitive).toBe(false);
    expect(result.ndrc).toMatchObject({ tierId: tier, authority, procedure: 'recordation', workingDays: 7, extensionWorkingDays: 0, timeLimitId: 'TIME-60' });
    expect(codes(result.reasons).slice(0, 4)).toEqual(['ODI-01', 'ODI-02', 'ODI-03', 'ODI-04']);
  });

  it('a sensitive project goes to NDRC approval, 20 + 10 working days (TIME-61), whatever the amount or investor', () => {
    for (const [investorKind, usd] of [['local', 1], ['local', 300_000_000], ['central', 10]] as const) {
      const { ndrc, sensitive } = classify({ investorKind, chineseInvestmentUsd: usd, sensitiveCountry: true });
      expect(sensitive).toBe(true);
      expect(ndrc).toMatchObject({ tierId: 'NDRC-SENSITIVE', procedure: 'approval', authority: 'NDRC', workingDays: 20, extensionWorkingDays: 10, timeLimitId: 'TIME-61' });
    }
  });
});

describe('MOFCOM track (ODI-04)', () => {
  it('local non-sensitive → Chongqing commerce commission, with the open-item-14 caveat; central → MOFCOM', () => {
    const local = classify({});
    expect(local.mofcom).toMatchObject({ procedure: 'recordation', authority: 'CQ_COMMERCE', confidence: 'low' });
    expect(local.reasons.some((r) => r.code === 'ODI-04' && r.en.includes('open item 14'))).toBe(true);
    const central = classify({ investorKind: 'central' });
    expect(central.mofcom).toMatchObject({ procedure: 'recordation', authority: 'MOFCOM' });
    expect(central.reasons.some((r) => r.en.includes('open item 14'))).toBe(false);
  });

  it('no amount tier on the MOFCOM track: USD 300 million stays with the Chongqing commission', () => {
    expect(classify({ chineseInvestmentUsd: 300_000_000 }).mofcom.authority).toBe('CQ_COMMERCE');
  });
});

describe('sensitive country vs sensitive industry vs neither (ODI-01)', () => {
  it('neither: recordation on both tracks, no grounds', () => {
    const result = classify({});
    expect([result.sensitive, result.grounds, result.checks, result.ndrc.procedure, result.mofcom.procedure]).toEqual([false, [], [], 'recordation', 'recordation']);
  });

  it('a declared country category is a ground on both tracks', () => {
    const result = classify({ countryCategories: ['war-or-civil-unrest'] });
    expect(result.grounds).toHaveLength(1);
    expect(result.grounds[0]).toMatchObject({ kind: 'country', key: 'war-or-civil-unrest', via: 'declared', ruleId: 'ODI-01' });
    expect([result.ndrc.procedure, result.mofcom.procedure]).toEqual(['approval', 'approval']);
  });

  it('real estate (7010 under our 701) is sensitive on both tracks', () => {
    const result = classify({ industryCodes: ['7010'] });
    expect(result.grounds.map((g) => [g.kind, g.key, g.via])).toEqual([['industry', 'real-estate', 'industry-code']]);
    expect([result.ndrc.procedure, result.mofcom.procedure]).toEqual(['approval', 'approval']);
    expect(result.mofcom.authority).toBe('MOFCOM');
  });

  it('news media (8610) is sensitive on the NDRC track only', () => {
    const result = classify({ industryCodes: ['8610'] });
    expect(result.sensitive).toBe(true);
    expect([result.ndrc.sensitive, result.ndrc.procedure, result.mofcom.sensitive, result.mofcom.procedure]).toEqual([true, 'approval', false, 'recordation']);
  });

  it('a declared industry without a code (weapons) makes the project sensitive', () => {
    const result = classify({ sensitiveIndustryKeys: ['weapons-equipment'] });
    expect(result.grounds[0]).toMatchObject({ kind: 'industry', key: 'weapons-equipment', via: 'declared' });
    expect(result.ndrc.procedure).toBe('approval');
  });

  it('a country ground and an industry ground are both listed', () => {
    const result = classify({ sensitiveCountry: true, industryCodes: ['8760'] });
    expect(result.grounds.map((g) => g.key)).toEqual(['declared-sensitive-country', 'cinemas']);
  });
});

describe('industry matching both ways (NL-21) and checks', () => {
  it('a coarse code (70) matches the finer entry and says so; a finer code (9011) matches the division 90', () => {
    const coarse = classify({ industryCodes: ['70'] });
    expect(coarse.grounds.map((g) => g.key)).toEqual(['real-estate']);
    expect(coarse.reasons.filter((r) => r.code === 'NL-21')).toHaveLength(2);
    const fine = classify({ industryCodes: ['9011'] });
    expect(fine.grounds.map((g) => g.key)).toEqual(['entertainment']);
    expect(codes(fine.reasons)).not.toContain('NL-21');
  });

  it('7020 (property management) is not under our real-estate codes', () => {
    expect(classify({ industryCodes: ['7020'] }).sensitive).toBe(false);
  });

  it('hydropower (4413) only asks for a check of cross-border water; declaring it makes it a ground', () => {
    const checked = classify({ industryCodes: ['4413'] });
    expect([checked.sensitive, checked.checks.map((c) => c.key)]).toEqual([false, ['cross-border-water']]);
    const declared = classify({ industryCodes: ['4413'], sensitiveIndustryKeys: ['cross-border-water'] });
    expect([declared.sensitive, declared.checks]).toEqual([true, []]);
  });

  it('a section letter needs the industry table; with it, K matches real estate', () => {
    expect(errorOf(() => classify({ industryCodes: ['K'] })).field).toBe('industryCodes');
    expect(classifyOutbound({ ...base, industryCodes: ['K'] }, { industries }).grounds.map((g) => g.key)).toEqual(['real-estate']);
    expect(errorOf(() => classifyOutbound({ ...base, industryCodes: ['9999'] }, { industries })).details).toEqual({ code: '9999' });
  });
});

describe('configured country list', () => {
  const withList = OutboundRulesFile.parse({
    ...structuredClone(OUTBOUND_RULES),
    namedSensitiveCountries: {
      configurable: true, note: 'test',
      entries: [{ code: 'XA', nameZh: '测试国', category: 'no-diplomatic-relations', source: 'test', confidence: 'low', effectiveFrom: '2020-01-01', effectiveTo: null }],
    },
  });

  it('the shipped list is empty: a country code alone is not a ground, and a reason says so', () => {
    expect(OUTBOUND_RULES.namedSensitiveCountries.entries).toEqual([]);
    const result = classify({ countryCode: 'XA' });
    expect(result.sensitive).toBe(false);
    expect(result.reasons.some((r) => r.en.includes('not on the configured list'))).toBe(true);
  });

  it('a listed country in force is a ground with its category; before its effectiveFrom it is not', () => {
    const listed = classifyOutbound({ ...base, countryCode: 'XA' }, { rules: withList });
    expect(listed.grounds[0]).toMatchObject({ kind: 'country', via: 'country-list', key: 'no-diplomatic-relations', confidence: 'low' });
    expect(classifyOutbound({ ...base, date: '2019-12-31', countryCode: 'XA' }, { rules: withList }).sensitive).toBe(false);
  });
});

describe('refusals', () => {
  it.each([
    ['a date before NDRC Order No. 11', { date: '2018-02-28' }, 'date'],
    ['a negative amount', { chineseInvestmentUsd: -1 }, 'chineseInvestmentUsd'],
    ['an unknown investor kind', { investorKind: 'provincial' as never }, 'investorKind'],
    ['no industry code', { industryCodes: [] }, 'industryCodes'],
    ['an unknown country category', { countryCategories: ['nowhere'] }, 'countryCategories'],
    ['an unknown industry key', { sensitiveIndustryKeys: ['gambling'] }, 'sensitiveIndustryKeys'],
  ])('%s → INVALID_REQUEST naming %s', (_name, change, field) => {
    const error = errorOf(() => classify(change as Partial<OutboundInput>));
    expect([error.code, error.field]).toEqual(['INVALID_REQUEST', field]);
  });

  it('accepts the first day of Order No. 11', () => {
    expect(classify({ date: '2018-03-01' }).ndrc.tierId).toBe('NDRC-LOCAL');
  });

  it('a gap in the tiers is an INTERNAL error, not a guess', () => {
    const gap = OutboundRulesFile.parse({ ...structuredClone(OUTBOUND_RULES), ndrcTiers: OUTBOUND_RULES.ndrcTiers.filter((t) => t.id !== 'NDRC-LOCAL') });
    expect(errorOf(() => classifyOutbound(base, { rules: gap })).code).toBe('INTERNAL');
  });
});
