import { describe, expect, it } from 'vitest';
import { errorOf, industries } from './investment-test-kit.ts';
import { PROJECT_RULES, ProjectRulesFile, type ProjectRule } from './project-rules.ts';
import { classifyProject, recordationNumber, type ProjectInput } from './projects.ts';

const base: ProjectInput = { date: '2024-06-03', industryCodes: ['3612'], totalInvestmentYuan: 500_000_000 };
const classify = (change: Partial<ProjectInput>) => classifyProject({ ...base, ...change });

const testRule = (change: Partial<ProjectRule>): ProjectRule => ({
  id: 'PRJ-TEST', nameZh: '测试', nameEn: 'Test', industryCodes: ['3612'], minTotalInvestment: { amount: 1_000_000_000, currency: 'CNY' },
  requiresNegativeListRestricted: false, authority: 'CQ_DRC', catalogueItem: 'test', illustrative: true, confidence: 'low',
  mappingConfidence: 'low', effectiveFrom: '2017-02-01', effectiveTo: null, ...change,
});
const withRules = (...rules: ProjectRule[]) => ProjectRulesFile.parse({ ...structuredClone(PROJECT_RULES), rules });

describe('recordation by default (Trial Measures Art. 12; 条例 Arts. 3, 13)', () => {
  it('a project no rule names is recorded at once, with no time limit', () => {
    const result = classify({});
    expect(result).toMatchObject({ procedure: 'recordation', authority: 'LOCAL_DRC', instant: true, matchedRules: [] });
    expect([result.rule, result.workingDays]).toEqual([undefined, undefined]);
    expect(result.reasons[0]?.code).toBe('PRJ-RECORDATION');
  });

  it.each([['4415', 'wind power'], ['5411', 'bus transport, not railways'], ['7020', 'property management']])('%s (%s) is recorded', (code) => {
    expect(classify({ industryCodes: [code] }).procedure).toBe('recordation');
  });
});

describe('approval rules by code level (NL-21)', () => {
  it('nuclear power (4414) → State Council approval, 20 working days, extension 40 (条例 Art. 10)', () => {
    const result = classify({ industryCodes: ['4414'] });
    expect(result).toMatchObject({ procedure: 'approval', authority: 'STATE_COUNCIL', instant: false, workingDays: 20, extensionWorkingDays: 40 });
    expect(result.rule?.id).toBe('PRJ-NUCLEAR');
    expect(result.legalBasis).toContain('Art. 10');
  });

  it.each([
    ['4413', 'PRJ-HYDRO', 'CQ_DRC'],
    ['4412', 'PRJ-THERMAL', 'CQ_DRC'],
    ['5631', 'PRJ-AIRPORT', 'STATE_COUNCIL'],
    ['5412', 'PRJ-URBAN-RAIL', 'CQ_DRC'],
    ['5331', 'PRJ-RAILWAY', 'CQ_DRC'],
    ['4811', 'PRJ-RAILWAY', 'CQ_DRC'],
  ])('class %s → %s by %s', (code, rule, authority) => {
    const result = classify({ industryCodes: [code] });
    expect([result.procedure, result.rule?.id, result.authority]).toEqual(['approval', rule, authority]);
    expect(result.reasons.map((r) => r.code)).not.toContain('NL-21');
  });

  it('a coarse group (441) matches thermal, hydro and nuclear: the State Council rule decides, the others are named', () => {
    const result = classify({ industryCodes: ['441'] });
    expect(result.rule?.id).toBe('PRJ-NUCLEAR');
    expect(result.matchedRules.map((r) => r.id)).toEqual(['PRJ-NUCLEAR', 'PRJ-HYDRO', 'PRJ-THERMAL']);
    expect(result.reasons.filter((r) => r.code === 'NL-21')).toHaveLength(4);
    expect(result.reasons.filter((r) => r.code === 'PRJ-HYDRO' || r.code === 'PRJ-THERMAL')).toHaveLength(2);
  });

  it('a section letter works with the industry table (D matches the power-station rules)', () => {
    expect(classifyProject({ ...base, industryCodes: ['D'] }, { industries }).rule?.id).toBe('PRJ-NUCLEAR');
    expect(errorOf(() => classify({ industryCodes: ['D'] })).field).toBe('industryCodes');
  });
});

describe('amount thresholds (及以上 includes the amount)', () => {
  it('negative-list restricted: below USD 300 million → Chongqing DRC; at 300 million → NDRC', () => {
    const below = classify({ negativeListRestricted: true, totalInvestmentUsd: 299_999_999 });
    expect([below.rule?.id, below.authority]).toEqual(['PRJ-FI-RESTRICTED', 'CQ_DRC']);
    const at = classify({ negativeListRestricted: true, totalInvestmentUsd: 300_000_000 });
    expect([at.rule?.id, at.authority]).toEqual(['PRJ-FI-RESTRICTED-LARGE', 'NDRC']);
    expect(at.matchedRules.map((r) => r.id)).toEqual(['PRJ-FI-RESTRICTED-LARGE', 'PRJ-FI-RESTRICTED']);
  });

  it('the restricted rules need the restriction; a USD threshold needs the USD amount', () => {
    expect(classify({ negativeListRestricted: false, totalInvestmentUsd: 900_000_000 }).procedure).toBe('recordation');
    const error = errorOf(() => classify({ negativeListRestricted: true }));
    expect([error.code, error.field]).toEqual(['INVALID_REQUEST', 'totalInvestmentUsd']);
  });

  it('a configured CNY threshold: 999,999,999 yuan is recorded, 1,000,000,000 yuan needs approval', () => {
    const rules = withRules(testRule({}));
    expect(classifyProject({ ...base, totalInvestmentYuan: 999_999_999 }, { rules }).procedure).toBe('recordation');
    expect(classifyProject({ ...base, totalInvestmentYuan: 1_000_000_000 }, { rules }).rule?.id).toBe('PRJ-TEST');
    expect(classifyProject({ ...base, industryCodes: ['3611'], totalInvestmentYuan: 2_000_000_000 }, { rules }).procedure).toBe('recordation');
  });

  it('a threshold-only rule applies to any industry; a rule past its effectiveTo does not', () => {
    const rules = withRules(testRule({ industryCodes: [] }), testRule({ id: 'PRJ-OLD', industryCodes: ['0111'], minTotalInvestment: null, effectiveTo: '2020' }));
    expect(classifyProject({ ...base, industryCodes: ['0111'], totalInvestmentYuan: 1_000_000_000 }, { rules }).matchedRules.map((r) => r.id)).toEqual(['PRJ-TEST']);
    expect(classifyProject({ ...base, date: '2019-12-31', industryCodes: ['0111'], totalInvestmentYuan: 0 }, { rules }).rule?.id).toBe('PRJ-OLD');
  });

  it('the schema refuses a rule with no condition', () => {
    expect(() => withRules(testRule({ industryCodes: [], minTotalInvestment: null }))).toThrow(/at least one condition/);
  });
});

describe('refusals and receipt numbers', () => {
  it.each([
    ['a date before 条例 (2017-02-01)', { date: '2017-01-31' }, 'date'],
    ['a negative total', { totalInvestmentYuan: -5 }, 'totalInvestmentYuan'],
    ['a malformed code', { industryCodes: ['44144'] }, 'industryCodes.0'],
  ])('%s → INVALID_REQUEST naming %s', (_name, change, field) => {
    const error = errorOf(() => classify(change as Partial<ProjectInput>));
    expect([error.code, error.field]).toEqual(['INVALID_REQUEST', field]);
  });

  it('formats zimao receipt numbers 渝自贸外备〔YYYY〕NNNNNN', () => {
    expect(recordationNumber(2025, 123)).toBe('渝自贸外备〔2025〕000123');
    expect(recordationNumber(2018, 999_999)).toBe('渝自贸外备〔2018〕999999');
    expect(PROJECT_RULES.recordationNumber.example).toBe(recordationNumber(2025, 123));
  });

  it.each([
    [2025, 0, 'sequence'], [2025, 1_000_000, 'sequence'], [2025, 1.5, 'sequence'], [25, 1, 'year'], [Number.NaN, 1, 'year'],
  ])('recordationNumber(%s, %s) → INVALID_REQUEST naming %s', (year, sequence, field) => {
    expect(errorOf(() => recordationNumber(year, sequence)).field).toBe(field);
  });
});
