// Each condition type at its boundary (NL-16 readings, evaluate-condition.ts), and NL-13 sunsets.
import { describe, expect, it } from 'vitest';
import type { AdmissionCheckInput } from './admission-check-input.ts';
import type { ConditionCheck } from './admission-check-result.ts';
import { checkFixture } from './admission-test-kit.ts';

// The conditions of the single hit for the code.
function conditionsOf(code: string, overrides: Partial<AdmissionCheckInput>): readonly ConditionCheck[] {
  const r = checkFixture([code], overrides);
  expect(r.measures).toHaveLength(1);
  return r.measures[0]?.conditions ?? [];
}
const met = (code: string, overrides: Partial<AdmissionCheckInput>) => conditionsOf(code, overrides).map((c) => c.met);

describe('conditions at their boundary', () => {
  it('CN_CONTROL: Chinese share > 50% — foreign 49.99 met, 50 not', () => {
    expect(met('4414', { foreignShare: 49.99 })).toEqual([true]);
    expect(met('4414', { foreignShare: 50 })).toEqual([false]);
    expect(checkFixture(['4414'], { foreignShare: 50 })).toMatchObject({ compliant: false, procedure: 'refuse' });
  });

  it('CN_MIN_SHARE 34: foreign 66 met, 66.01 not', () => {
    expect(met('0112', { foreignShare: 66 })).toEqual([true]);
    expect(met('0112', { foreignShare: 66.01 })).toEqual([false]);
    expect(conditionsOf('0112', { foreignShare: 66 })[0]).toMatchObject({ type: 'CN_MIN_SHARE', percent: 34 });
  });

  it('CN_MIN_SHARE 67 (FTZ-2020T No. 9): foreign 33 met, 33.01 not', () => {
    expect(met('7243', { foreignShare: 33, date: '2021-01-01' })).toEqual([true, true]);
    expect(met('7243', { foreignShare: 33.01, date: '2021-01-01' })).toEqual([false, true]);
  });

  it('CN_RELATIVE_CONTROL: Chinese combined above the largest foreign investor', () => {
    expect(met('5631', { foreignShare: 60, largestForeignInvestorShare: 39.99 })).toEqual([true]);
    expect(met('5631', { foreignShare: 60, largestForeignInvestorShare: 40 })).toEqual([false]);
  });

  it('CN_RELATIVE_CONTROL without the largest investor: all foreign together, conservatively, and says so', () => {
    expect(met('5631', { foreignShare: 49.99 })).toEqual([true]);
    const [c] = conditionsOf('5631', { foreignShare: 50 });
    expect(c?.met).toBe(false);
    expect(c?.reasonEn).toContain('conservatively');
    expect(conditionsOf('5631', { foreignShare: 50, largestForeignInvestorShare: 20 })[0]?.reasonEn).not.toContain('conservatively');
  });

  it('FOREIGN_CAP 50 and a scoped CN_CONTROL (strict reading: both apply; the reasons name the scopes)', () => {
    expect(met('631', { foreignShare: 49.99 })).toEqual([true, true]);
    expect(met('631', { foreignShare: 50 })).toEqual([true, false]);
    expect(met('631', { foreignShare: 50.01 })).toEqual([false, false]);
    const [cap, control] = conditionsOf('631', { foreignShare: 50 });
    expect(cap).toMatchObject({ type: 'FOREIGN_CAP', percent: 50, scopeZh: '增值电信业务', scopeEn: 'Value-added telecoms' });
    expect(control?.reasonZh.startsWith('基础电信业务：')).toBe(true);
    expect(control?.reasonEn.startsWith('Basic telecoms: ')).toBe(true);
  });

  it('SINGLE_FOREIGN_CAP 25: the largest investor, else all foreign together', () => {
    expect(met('561', { foreignShare: 60, largestForeignInvestorShare: 25 })).toEqual([true, true]);
    expect(met('561', { foreignShare: 60, largestForeignInvestorShare: 25.01 })).toEqual([false, true]);
    expect(met('561', { foreignShare: 25 })).toEqual([true, true]);
    expect(met('561', { foreignShare: 25.01 })).toEqual([false, true]);
  });

  it('NATIONALITY: met unless the legal representative is declared foreign; the rest is checked in registration', () => {
    expect(met('561', { foreignShare: 20, legalRepresentativeForeign: true })).toEqual([true, false]);
    expect(met('561', { foreignShare: 20, legalRepresentativeForeign: false })).toEqual([true, true]);
    expect(conditionsOf('561', { foreignShare: 20 })[1]).toMatchObject({ met: true, officer: 'legal_representative' });
    expect(conditionsOf('561', { foreignShare: 20 })[1]?.reasonEn).toContain('checked in registration');
  });

  it('JV_ONLY: a Chinese investor takes part', () => {
    expect(met('84', { form: 'company', foreignShare: 99.99 })).toEqual([true]);
    expect(met('84', { form: 'company', foreignShare: 100 })).toEqual([false]);
    expect(met('84', { form: 'partnership', foreignShare: 99 })).toEqual([true]);
    expect(met('84', { form: 'jv', foreignShare: 100 })).toEqual([true]);
    expect(met('84', { form: 'cooperation', foreignShare: 100 })).toEqual([true]);
    expect(met('84', { form: 'sole-proprietorship', foreignShare: 50 })).toEqual([false]);
  });

  it('JV_ONLY + CN_LED + NATIONALITY (principal)', () => {
    expect(met('834', { form: 'cooperation', foreignShare: 60 })).toEqual([true, true, true]);
    expect(met('834', { form: 'cooperation', foreignShare: 60, legalRepresentativeForeign: true })).toEqual([true, false, false]);
    const [, led, principal] = conditionsOf('834', { form: 'cooperation', foreignShare: 60 });
    expect(led?.reasonEn).toContain('checked in registration');
    expect(principal).toMatchObject({ officer: 'principal' });
    expect(principal?.reasonEn).toContain('principal must be a PRC national');
  });

  it('LISTED: met; the measure is listed by its section letter (E)', () => {
    const r = checkFixture(['4710'], { foreignShare: 100 });
    expect(r).toMatchObject({ outcome: 'restricted', compliant: true });
    expect(r.measures[0]).toMatchObject({ no: 12, type: 'LISTED', industryCodes: ['E'] });
  });
});

describe('NL-13 — sunsets: a condition lapses on its sunsetOn', () => {
  it.each([
    ['2019-12-31', [true, true]],
    ['2020-01-01', [true]],
    ['2020-01-02', [true]],
  ])('No. 10 on %s keeps conditions %j at foreign 50', (date, expected) => {
    expect(met('3611', { date, foreignShare: 50 })).toEqual(expected);
  });

  it('names the lapsed condition with its date', () => {
    const r = checkFixture(['3611'], { date: '2020-01-01', foreignShare: 60 });
    expect(r).toMatchObject({ outcome: 'restricted', compliant: false });
    expect(r.measures[0]?.conditions).toEqual([expect.objectContaining({ scopeZh: '乘用车', met: false })]);
    expect(r.reasons.filter((x) => x.code === 'NL-13').map((x) => x.en)).toEqual([
      'measure No. 10: the CN_MIN_SHARE 50% condition no longer applies from 2020-01-01',
    ]);
  });

  it.each([
    ['2021-12-31', 'restricted'],
    ['2022-01-01', 'not-listed'],
    ['2022-01-02', 'not-listed'],
  ])('a measure all of whose conditions lapsed is not a hit: No. 10 on %s → %s', (date, outcome) => {
    const r = checkFixture(['3611'], { date, foreignShare: 60 });
    expect(r.outcome).toBe(outcome);
    expect(r.compliant).toBe(outcome === 'not-listed');
  });

  it.each([
    ['2020-12-31', 'restricted', false],
    ['2021-01-01', 'not-listed', true],
    ['2021-01-02', 'not-listed', true],
  ])('FOREIGN_CAP 51 lapsing 2021-01-01: foreign 60 on %s → %s', (date, outcome, compliant) => {
    expect(checkFixture(['6712'], { date, foreignShare: 60 })).toMatchObject({ outcome, compliant });
  });
});
