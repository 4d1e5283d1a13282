import { describe, expect, it } from 'vitest';
import { classifyIndustry } from '../clusters/index.ts';
import { LandPriorityRules, landPriorityScore, type LandPriorityInput } from './land-priority.ts';
import { catalogue, landRules, referenceJson } from './projects-test-kit.ts';

const input = (over: Partial<LandPriorityInput> & { code?: string } = {}): LandPriorityInput => ({
  declaredCategories: [],
  siteAreaM2: 10_000,
  totalInvestmentYuan: 60_000_000,
  fit: 'focus_industry',
  classification: classifyIndustry(over.code ?? '0111', catalogue),
  ...over,
});

describe('landPriorityScore (Plan V.(VI))', () => {
  it('adds the best category, the fit and the intensity band, showing each input', () => {
    const s = landPriorityScore(input({ code: '3973', siteAreaM2: 20_000, totalInvestmentYuan: 200_000_000 }), landRules);
    expect(s.category).toMatchObject({ value: 'emerging_industry', points: 40, maxPoints: 40 });
    expect(s.category.candidates).toEqual([
      { key: 'emerging_industry', source: 'derived', points: 40, because: 'EM-IC' },
      { key: 'advanced_manufacturing', source: 'derived', points: 40, because: 'C1' },
    ]);
    expect(s.clusterFit).toEqual({ value: 'focus_industry', points: 30, maxPoints: 30 });
    expect(s.investmentIntensity).toMatchObject({ value: 10_000, bandMinYuanPerM2: 10_000, points: 30 });
    expect(s).toMatchObject({ total: 100, maxPoints: 100, rulesVersion: '2026-1' });
  });

  it.each([
    [9_999_999, 0, 0],
    [29_999_999, 0, 0],
    [30_000_000, 3000, 10],
    [59_999_999, 3000, 10],
    [60_000_000, 6000, 20],
    [100_000_000, 10000, 30],
  ])('puts %i yuan on 10,000 m² in the band from %i (%i points)', (yuan, bandMin, points) => {
    const s = landPriorityScore(input({ totalInvestmentYuan: yuan }), landRules);
    expect(s.investmentIntensity).toMatchObject({ bandMinYuanPerM2: bandMin, points });
  });

  it('counts a declared category, the best one only, and gives no intensity points without a site area', () => {
    const s = landPriorityScore(input({ declaredCategories: ['public_infrastructure', 'incubator'], siteAreaM2: null, fit: 'outside' }), landRules);
    expect(s.category).toMatchObject({ value: 'incubator', points: 35 });
    expect(s.category.candidates.map((c) => c.key)).toEqual(['incubator', 'public_infrastructure']);
    expect(s.investmentIntensity).toMatchObject({ value: null, bandMinYuanPerM2: null, points: 0 });
    expect(s.total).toBe(35);
    expect(landPriorityScore(input({ fit: 'unclassified' }), landRules)).toMatchObject({ category: { value: null, points: 0 }, total: 20 });
  });

  it('refuses rules whose bands leave a gap or whose maxima do not add up', () => {
    const raw = structuredClone(referenceJson('plan/land-priority.json')) as { maxPoints: number; investmentIntensity: { bands: { minYuanPerM2: number }[] } };
    raw.investmentIntensity.bands.at(-1)!.minYuanPerM2 = 100;
    expect(LandPriorityRules.safeParse(raw).success).toBe(false);
    const wrongMax = structuredClone(referenceJson('plan/land-priority.json')) as { maxPoints: number };
    wrongMax.maxPoints = 90;
    expect(LandPriorityRules.safeParse(wrongMax).error?.issues[0]?.message).toBe("the inputs' maxima add up to 100");
  });
});
