import { describe, expect, it } from 'vitest';
import { errorOf, industries } from './investment-test-kit.ts';
import { SENSITIVITY_DIMENSIONS } from './security-review-fields.ts';
import { securityReviewFlags, type SecurityReviewInput } from './security-review.ts';

// 6410 internet access: a key field of item 2 (information technology and internet) under our mapping.
const base: SecurityReviewInput = { industryCodes: ['6410'], foreignShare: 30 };
const flags = (change: Partial<SecurityReviewInput>) => securityReviewFlags({ ...base, ...change });

describe('actual control (Order No. 37 Art. 4 para. 2)', () => {
  it.each([
    [49.99, false],
    [50, true],
    [100, true],
  ])('a key field with foreignShare %s → flagged %s', (foreignShare, flagged) => {
    const result = flags({ foreignShare });
    expect([result.flagged, result.actualControl.acquired]).toEqual([flagged, flagged]);
    if (flagged) expect(result.actualControl.by).toEqual(['share']);
  });

  it('below 50% with voting influence → control (item 2) and flagged', () => {
    const result = flags({ foreignShare: 20, votingInfluence: true });
    expect([result.flagged, result.actualControl.by]).toEqual([true, ['voting']]);
    expect(result.grounds[0]?.reasonEn).toContain('voting rights');
  });

  it('other decisive influence (acquiresActualControl) → control (item 3) and flagged', () => {
    expect(flags({ foreignShare: 10, acquiresActualControl: true }).actualControl.by).toEqual(['other']);
  });

  it('a key field without control is not flagged, and a reason says why', () => {
    const result = flags({ foreignShare: 49.99 });
    expect(result.grounds).toEqual([]);
    expect(result.reasons.map((r) => r.code)).toEqual(['SR-ART4-2']);
  });

  it('a field outside every key field is not flagged even with full control', () => {
    expect(flags({ industryCodes: ['3612'], foreignShare: 100 }).flagged).toBe(false);
  });
});

describe('military fields (item 1) whatever the control', () => {
  it.each([1, 10, 49.99, 50])('declared military with foreignShare %s → flagged', (foreignShare) => {
    const result = flags({ industryCodes: ['3612'], foreignShare, declaredFields: ['military'] });
    expect(result.flagged).toBe(true);
    expect(result.grounds[0]).toMatchObject({ field: 'military', kind: 'field', via: 'declared' });
    expect(result.grounds[0]?.reasonEn).toContain('whatever the control');
  });

  it('near a military facility → flagged by location with a 1% share', () => {
    const result = flags({ industryCodes: ['3612'], foreignShare: 1, nearMilitaryFacility: true });
    expect(result.grounds.map((g) => [g.field, g.via])).toEqual([['near-military-facility', 'location']]);
  });

  it('a declared item 2 field (key technologies) still needs control', () => {
    expect(flags({ industryCodes: ['3612'], foreignShare: 10, declaredFields: ['key-technologies'] }).flagged).toBe(false);
    expect(flags({ industryCodes: ['3612'], foreignShare: 60, declaredFields: ['key-technologies'] }).grounds[0]?.via).toBe('declared');
  });
});

describe('industry codes both ways (NL-21)', () => {
  it.each([
    ['0112', 'agricultural-products'], ['01', 'agricultural-products'], ['4414', 'energy-resources'], ['5521', 'transport-services'],
    ['6620', 'financial-services'], ['8610', 'cultural-products'], ['3741', 'major-equipment'], ['5631', 'infrastructure'],
  ])('%s with control → ground %s', (code, field) => {
    expect(flags({ industryCodes: [code], foreignShare: 51 }).grounds.map((g) => g.field)).toContain(field);
  });

  it('section letters resolve with the industry table only', () => {
    expect(errorOf(() => flags({ industryCodes: ['J'] })).field).toBe('industryCodes');
    expect(securityReviewFlags({ industryCodes: ['J'], foreignShare: 80 }, { industries }).grounds.map((g) => g.field)).toEqual(['financial-services']);
  });
});

describe('Plan V.(V): the five sensitivity dimensions', () => {
  it.each(SENSITIVITY_DIMENSIONS.map((d) => [d]))('%s set → flagged for referral on that ground, whatever the control', (dimension) => {
    const result = flags({ industryCodes: ['3612'], foreignShare: 5, sensitivityDimensions: { [dimension]: true } });
    expect(result.flagged).toBe(true);
    expect(result.grounds.map((g) => [g.field, g.kind, g.legalBasis])).toEqual([[dimension, 'dimension', 'Industrial Development Plan 2018–2020 V.(V)']]);
  });

  it('a description counts as set and is carried into the ground; false does not', () => {
    const result = flags({ industryCodes: ['3612'], sensitivityDimensions: { investor: 'state-owned foreign investor', region: false } });
    expect(result.grounds.map((g) => g.field)).toEqual(['investor']);
    expect(result.grounds[0]?.reasonZh).toContain('state-owned foreign investor');
  });

  it('fields and dimensions add up', () => {
    const result = flags({ foreignShare: 50, nearMilitaryFacility: true, sensitivityDimensions: { technology: true } });
    expect(result.grounds.map((g) => g.field)).toEqual(['near-military-facility', 'information-technology', 'technology']);
    expect(result.reasons[0]?.code).toBe('SR-FLAGGED');
  });
});

describe('not a foreign investment, and refusals', () => {
  it('no foreign share and no control: never flagged', () => {
    const result = flags({ foreignShare: 0, declaredFields: ['military'], sensitivityDimensions: { investor: true } });
    expect([result.flagged, result.reasons.map((r) => r.code)]).toEqual([false, ['SR-NOT-FOREIGN']]);
  });

  it('0% share but control by other means is a foreign investment', () => {
    expect(flags({ foreignShare: 0, acquiresActualControl: true }).flagged).toBe(true);
  });

  it.each([
    ['a share above 100', { foreignShare: 100.01 }, 'foreignShare'],
    ['an unknown field', { declaredFields: ['gambling'] }, 'declaredFields'],
    ['an unknown dimension', { sensitivityDimensions: { colour: true } as never }, 'sensitivityDimensions'],
    ['a date before Order No. 37', { date: '2021-01-17' }, 'date'],
  ])('%s → INVALID_REQUEST naming %s', (_name, change, field) => {
    const error = errorOf(() => flags(change as Partial<SecurityReviewInput>));
    expect([error.code, error.field]).toEqual(['INVALID_REQUEST', field]);
  });

  it('accepts the first day of Order No. 37', () => {
    expect(flags({ date: '2021-01-18', foreignShare: 50 }).flagged).toBe(true);
  });
});
