import { describe, expect, it } from 'vitest';
import { isAppError, type AppError } from '../app-error.ts';
import type { AdmissionCheck } from './admission-check-result.ts';
import { FIXTURES, checkFixture, industries, input } from './admission-test-kit.ts';
import { checkAdmission } from './check-admission.ts';

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error, 'INVALID_REQUEST')) return error;
    throw error;
  }
  throw new Error('did not throw');
}

const codes = (r: AdmissionCheck) => r.reasons.map((x) => x.code);
const nos = (r: AdmissionCheck) => r.measures.map((m) => m.no);

describe('NL-01 — the edition in force', () => {
  it.each([
    ['2018-07-30', 'FTZ-2018T'],
    ['2020-07-22', 'FTZ-2018T'],
    ['2020-07-23', 'FTZ-2020T'],
    ['2021-12-31', 'FTZ-2020T'],
    ['2022-01-01', 'FTZ-2022T'],
    ['2030-01-01', 'FTZ-2022T'],
  ])('on %s it is %s', (date, code) => {
    const r = checkFixture(['6511'], { date });
    expect(r.edition.code).toBe(code);
    expect(r.edition.effectiveFrom <= date).toBe(true);
  });

  it('reports the edition summary as data', () => {
    expect(checkFixture(['6511'], { date: '2019-01-01' }).edition).toEqual({
      code: 'FTZ-2018T',
      titleZh: '测试清单 FTZ-2018T',
      titleEn: 'Test list FTZ-2018T',
      effectiveFrom: '2018-07-30',
      reconstructed: true,
    });
  });

  it('refuses a date before the earliest edition, naming the field', () => {
    const e = thrown(() => checkFixture(['6511'], { date: '2018-07-29' }));
    expect(e.field).toBe('date');
    expect(e.message).toBe('no negative-list edition is modelled before 2018-07-30 (the 2017 edition is not encoded)');
  });

  it('an edition changes the answer: 7243 is prohibited under FTZ-2018T, restricted from FTZ-2020T', () => {
    expect(checkFixture(['7243'], { date: '2020-07-22' }).outcome).toBe('prohibited');
    expect(checkFixture(['7243'], { date: '2020-07-23' })).toMatchObject({ outcome: 'restricted', compliant: true });
  });
});

describe('input refusals', () => {
  it('names an unknown industry code, also after a known one', () => {
    const e = thrown(() => checkFixture(['6511', '0999']));
    expect(e.field).toBe('industryCodes');
    expect(e.message).toContain('0999');
    expect(e.details).toEqual({ code: '0999' });
    expect(thrown(() => checkFixture([])).field).toBe('industryCodes');
  });

  it.each([-0.01, 100.01, Number.NaN])('refuses foreignShare %s', (foreignShare) => {
    expect(thrown(() => checkFixture(['6511'], { foreignShare })).field).toBe('foreignShare');
  });

  it('accepts foreignShare 0 and 100, refuses a largest investor above all foreign investors', () => {
    expect(checkFixture(['6511'], { foreignShare: 100 }).compliant).toBe(true);
    expect(checkFixture(['6511'], { foreignShare: 0 }).compliant).toBe(true);
    expect(thrown(() => checkFixture(['6511'], { foreignShare: 30, largestForeignInvestorShare: 30.01 })).field).toBe('largestForeignInvestorShare');
  });

  it('checks the date before the codes', () => {
    expect(thrown(() => checkFixture(['0999'], { date: '2017-01-01' })).field).toBe('date');
  });
});

describe('NL-21 / NL-22 — matching and outcome', () => {
  it('matches up and down the hierarchy', () => {
    expect(nos(checkFixture(['8626']))).toEqual([8]);
    expect(nos(checkFixture(['86']))).toEqual([8]);
    expect(nos(checkFixture(['R']))).toEqual([8, 13]);
    expect(nos(checkFixture(['I']))).toEqual([4, 13]);
    expect(nos(checkFixture(['G']))).toEqual([3, 5]);
    expect(nos(checkFixture(['4710']))).toEqual([12]);
    expect(nos(checkFixture(['8610']))).toEqual([]);
  });

  it('joins the hits of several codes once each, ordered by measure number', () => {
    const r = checkFixture(['8626', '4414', '862', '0112']);
    expect(nos(r)).toEqual([1, 2, 8]);
    expect(r.outcome).toBe('prohibited');
    expect(r.measures.map((m) => m.type)).toEqual(['CN_MIN_SHARE', 'CN_CONTROL', 'PROHIBITED']);
  });

  it('prohibited: any PROHIBITED hit, refused, the condition never met', () => {
    const r = checkFixture(['8626'], { foreignShare: 1 });
    expect(r).toMatchObject({ outcome: 'prohibited', compliant: false, procedure: 'refuse' });
    expect(r.measures[0]?.conditions).toEqual([expect.objectContaining({ type: 'PROHIBITED', met: false })]);
    expect(codes(r)).toEqual(['NL-22', 'NL-30']);
  });

  it('restricted: compliant only when every condition of every hit is met', () => {
    expect(checkFixture(['4414', '631'], { foreignShare: 49 })).toMatchObject({ outcome: 'restricted', compliant: true });
    const r = checkFixture(['4414', '0112'], { foreignShare: 60 });
    expect(r).toMatchObject({ outcome: 'restricted', compliant: false, procedure: 'refuse' });
    expect(r.measures.map((m) => m.conditions.map((c) => c.met))).toEqual([[true], [false]]);
  });

  it('not listed: compliant, with the NL-10 equal-treatment reason', () => {
    const r = checkFixture(['6511'], { foreignShare: 100 });
    expect(r).toMatchObject({ outcome: 'not-listed', compliant: true, measures: [], procedure: 'information-report' });
    expect(codes(r)).toEqual(['NL-10', 'NL-30']);
  });

  it('unidentified measures match nothing; a reconstructed edition with them doubts not-listed in B, M and R only', () => {
    const doubt = (code: string, date: string) => codes(checkFixture([code], { date })).includes('NL-01');
    expect(doubt('0610', '2019-01-01')).toBe(true);
    expect(doubt('7320', '2019-01-01')).toBe(true);
    expect(doubt('8610', '2019-01-01')).toBe(true);
    expect(doubt('6511', '2019-01-01')).toBe(false);
    expect(doubt('8626', '2019-01-01')).toBe(false); // prohibited, not a not-listed answer
    expect(doubt('0610', '2021-01-01')).toBe(false); // FTZ-2020T: reconstructed in wording only
    const reason = checkFixture(['0610'], { date: '2019-01-01' }).reasons.find((x) => x.code === 'NL-01');
    expect(reason?.en).toContain('1 measure unidentified');
  });

  it('says that the Catalogue reading of Chinese control is stricter when a CN_CONTROL condition applies', () => {
    const r = checkFixture(['4414'], { foreignShare: 49 });
    expect(r.reasons.find((x) => x.code === 'NL-16')?.zh).toContain('51%');
    expect(codes(checkFixture(['0112']))).not.toContain('NL-16');
  });

  it('every reason carries zh, en and a legal basis', () => {
    for (const r of [checkFixture(['8626']), checkFixture(['4414'], { date: '2019-05-01' }), checkFixture(['6511'], { foreignShare: 0 })]) {
      for (const reason of r.reasons) {
        expect(reason.zh.length * reason.en.length * reason.legalBasis.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('NL-30 — procedure over time', () => {
  it.each([
    ['2019-12-31', ['4414'], 'approval'],
    ['2020-01-01', ['4414'], 'information-report'],
    ['2019-12-31', ['6511'], 'recordation'],
    ['2020-01-01', ['6511'], 'information-report'],
    ['2019-12-31', ['8626'], 'refuse'],
    ['2020-01-01', ['8626'], 'refuse'],
  ])('on %s, %j gives %s', (date, industryCodes, procedure) => {
    expect(checkFixture(industryCodes, { date, foreignShare: 40 }).procedure).toBe(procedure);
  });

  it('from 2020 a compliant restricted case says its conditions are checked in registration (FIL Arts. 4, 28, 34)', () => {
    const last = checkFixture(['4414'], { date: '2020-01-01', foreignShare: 40 }).reasons.at(-1);
    expect(last?.en).toContain('checked in the registration itself');
    expect(last?.legalBasis).toContain('Arts. 4, 28, 34');
    expect(checkFixture(['4414'], { date: '2019-12-31', foreignShare: 40 }).reasons.at(-1)?.legalBasis).toContain('Trial Measures Art. 12');
  });
});

describe('prepared form', () => {
  it('gives the same answer on repeated checks, sharing the frozen texts', () => {
    const a = checkAdmission(input(['631'], { foreignShare: 50 }), FIXTURES, industries);
    const b = checkAdmission(input(['631'], { foreignShare: 50 }), FIXTURES, industries);
    expect(a).toEqual(b);
    expect(a.measures[0]?.conditions[0]).toBe(b.measures[0]?.conditions[0]);
    expect(Object.isFrozen(a.edition)).toBe(true);
  });
});
