// foreignShare 0 and the explanatory notes NL-11 and NL-12.
import { describe, expect, it } from 'vitest';
import type { AdmissionCheck } from './admission-check-result.ts';
import { checkFixture } from './admission-test-kit.ts';

const codes = (r: AdmissionCheck) => r.reasons.map((x) => x.code);

describe('foreignShare 0 — not a foreign investment', () => {
  it('is compliant with the not-listed procedure of the date, and still reports the classification', () => {
    const before = checkFixture(['8626'], { foreignShare: 0, date: '2019-06-01' });
    expect(before).toMatchObject({ outcome: 'prohibited', compliant: true, procedure: 'recordation' });
    expect(before.reasons.at(-1)).toMatchObject({ code: 'NL-10' });
    expect(before.reasons.at(-1)?.en).toContain('not a foreign investment');
    expect(checkFixture(['0112'], { foreignShare: 0 })).toMatchObject({ outcome: 'restricted', compliant: true, procedure: 'information-report' });
  });

  it('is not refused as an individual business or partnership (NL-11, NL-12 need a foreign share)', () => {
    expect(checkFixture(['6511'], { foreignShare: 0, form: 'individual-business' }).compliant).toBe(true);
    expect(checkFixture(['4414'], { foreignShare: 0, form: 'partnership' }).compliant).toBe(true);
  });
});

describe('explanatory notes', () => {
  it.each(['individual-business', 'sole-proprietorship'] as const)('NL-11: a foreign %s is refused whatever the industry', (form) => {
    const r = checkFixture(['6511'], { form, foreignShare: 0.01 });
    expect(r).toMatchObject({ outcome: 'not-listed', compliant: false, procedure: 'refuse' });
    expect(codes(r)).toContain('NL-11');
  });

  it('NL-12: no foreign partnership where a hit carries an equity condition', () => {
    const r = checkFixture(['4414'], { form: 'partnership', foreignShare: 10 });
    expect(r.measures[0]?.conditions[0]?.met).toBe(true);
    expect(r).toMatchObject({ outcome: 'restricted', compliant: false, procedure: 'refuse' });
    expect(codes(r)).toContain('NL-12');
    expect(checkFixture(['84'], { form: 'partnership', foreignShare: 10 }).compliant).toBe(false); // JV_ONLY is an equity condition
  });

  it('NL-12 does not reach a partnership in a sector without an equity condition, or outside the list', () => {
    expect(checkFixture(['4710'], { form: 'partnership', foreignShare: 90 })).toMatchObject({ outcome: 'restricted', compliant: true });
    expect(checkFixture(['6511'], { form: 'partnership', foreignShare: 90 })).toMatchObject({ outcome: 'not-listed', compliant: true });
  });
});
