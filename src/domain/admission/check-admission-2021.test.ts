// The real editions in reference-data/negative-lists: every FTZ 2021 measure checked once compliant (for a
// PROHIBITED measure: not a foreign investment) and once not, with the expected answers written out by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdmissionCheckInput } from './admission-check-input.ts';
import type { AdmissionOutcome, AdmissionProcedure } from './admission-check-result.ts';
import { industries, industryRows, input } from './admission-test-kit.ts';
import { checkAdmission } from './check-admission.ts';
import { measureMatchesCode } from './industry-match.ts';
import { NegativeListEdition, isIdentified } from './negative-list-edition.ts';
import { collectMatches, prepareEditions, type PreparedMeasure } from './prepare-editions.ts';

const load = (year: number) =>
  NegativeListEdition.parse(JSON.parse(readFileSync(new URL(`../../../reference-data/negative-lists/ftz-${year}.json`, import.meta.url), 'utf8')));
const EDITIONS = [2018, 2019, 2020, 2021].map(load);
const FTZ_2021 = EDITIONS[3] as NegativeListEdition;
const PREPARED = prepareEditions(EDITIONS, industries.sectionOf);

type Expect = readonly [outcome: AdmissionOutcome, compliant: boolean, procedure: AdmissionProcedure];
const PROHIBITED_PASS: Expect = ['prohibited', true, 'information-report'];
const PROHIBITED_FAIL: Expect = ['prohibited', false, 'refuse'];
const RESTRICTED_PASS: Expect = ['restricted', true, 'information-report'];
const RESTRICTED_FAIL: Expect = ['restricted', false, 'refuse'];
const DOMESTIC = { foreignShare: 0 };
const TEN = { foreignShare: 10 };

interface Row {
  no: number;
  /** Which of the measure's own industryCodes the case uses. */
  codeIndex: number;
  /** Every measure the code falls under on 2024-06-01. */
  hits: number[];
  pass: Partial<AdmissionCheckInput>;
  passExpect: Expect;
  fail: Partial<AdmissionCheckInput>;
  failExpect: Expect;
}

const ROWS: Row[] = [
  // No. 2 is mapped to 0511 only (see its note): wheat growing (0112) is restricted, not prohibited.
  { no: 1, codeIndex: 0, hits: [1], pass: { foreignShare: 66 }, passExpect: RESTRICTED_PASS, fail: { foreignShare: 66.01 }, failExpect: RESTRICTED_FAIL },
  { no: 2, codeIndex: 0, hits: [1, 2, 3], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 3, codeIndex: 0, hits: [1, 2, 3], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 4, codeIndex: 0, hits: [4], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 5, codeIndex: 0, hits: [5], pass: { foreignShare: 49.99 }, passExpect: RESTRICTED_PASS, fail: { foreignShare: 50 }, failExpect: RESTRICTED_FAIL },
  { no: 6, codeIndex: 1, hits: [6], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 7, codeIndex: 1, hits: [7], pass: { foreignShare: 49.99 }, passExpect: RESTRICTED_PASS, fail: { foreignShare: 50 }, failExpect: RESTRICTED_FAIL },
  {
    no: 8,
    codeIndex: 0,
    hits: [8],
    pass: { form: 'jv', foreignShare: 30, largestForeignInvestorShare: 25, legalRepresentativeForeign: false },
    passExpect: RESTRICTED_PASS,
    fail: { form: 'jv', foreignShare: 30, largestForeignInvestorShare: 25.01, legalRepresentativeForeign: false },
    failExpect: RESTRICTED_FAIL,
  },
  {
    no: 9,
    codeIndex: 0,
    hits: [9],
    pass: { foreignShare: 60, largestForeignInvestorShare: 39.99 },
    passExpect: RESTRICTED_PASS,
    fail: { foreignShare: 60, largestForeignInvestorShare: 40 },
    failExpect: RESTRICTED_FAIL,
  },
  { no: 10, codeIndex: 1, hits: [10], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 11, codeIndex: 0, hits: [11], pass: { foreignShare: 49.99 }, passExpect: RESTRICTED_PASS, fail: { foreignShare: 50 }, failExpect: RESTRICTED_FAIL },
  { no: 12, codeIndex: 0, hits: [11, 12], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 13, codeIndex: 0, hits: [13], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  {
    no: 14,
    codeIndex: 1,
    hits: [14],
    pass: { foreignShare: 33, legalRepresentativeForeign: false },
    passExpect: RESTRICTED_PASS,
    fail: { foreignShare: 33.01, legalRepresentativeForeign: false },
    failExpect: RESTRICTED_FAIL,
  },
  { no: 15, codeIndex: 0, hits: [15], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 16, codeIndex: 0, hits: [16], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 17, codeIndex: 1, hits: [17], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  {
    no: 18,
    codeIndex: 0,
    hits: [18],
    pass: { form: 'cooperation', foreignShare: 60, legalRepresentativeForeign: false },
    passExpect: RESTRICTED_PASS,
    fail: { form: 'cooperation', foreignShare: 60, legalRepresentativeForeign: true },
    failExpect: RESTRICTED_FAIL,
  },
  { no: 19, codeIndex: 0, hits: [19], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 20, codeIndex: 0, hits: [20], pass: { foreignShare: 70 }, passExpect: RESTRICTED_PASS, fail: { foreignShare: 100 }, failExpect: RESTRICTED_FAIL },
  { no: 21, codeIndex: 0, hits: [21], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 22, codeIndex: 0, hits: [12, 22], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 23, codeIndex: 0, hits: [12, 23], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 24, codeIndex: 0, hits: [12, 24, 25], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 25, codeIndex: 2, hits: [12, 25], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 26, codeIndex: 0, hits: [26], pass: DOMESTIC, passExpect: PROHIBITED_PASS, fail: TEN, failExpect: PROHIBITED_FAIL },
  { no: 27, codeIndex: 0, hits: [27], pass: { foreignShare: 49.99 }, passExpect: RESTRICTED_PASS, fail: { foreignShare: 50 }, failExpect: RESTRICTED_FAIL },
];

describe('FTZ 2021 — every measure', () => {
  it('the file holds the 27 measures of domain-rules §2.5 and the table covers them', () => {
    expect(FTZ_2021).toMatchObject({ code: 'FTZ-2021', effectiveFrom: '2022-01-01', measureCount: 27 });
    expect(ROWS.map((r) => r.no)).toEqual(FTZ_2021.measures.map((m) => m.no));
  });

  describe.each(ROWS)('No. $no', (row) => {
    const measure = FTZ_2021.measures.find((m) => m.no === row.no);
    const code = measure !== undefined && isIdentified(measure) ? (measure.industryCodes[row.codeIndex] ?? '') : '';
    const run = (overrides: Partial<AdmissionCheckInput>) => checkAdmission(input([code], overrides), PREPARED, industries);
    const own = (r: ReturnType<typeof run>) => r.measures.find((m) => m.no === row.no);

    it('compliant case', () => {
      const r = run(row.pass);
      expect(r.edition.code).toBe('FTZ-2021');
      expect([r.outcome, r.compliant, r.procedure]).toEqual(row.passExpect);
      expect(r.measures.map((m) => m.no)).toEqual(row.hits);
      const conditions = own(r)?.conditions ?? [];
      expect(conditions.length).toBeGreaterThan(0);
      expect(conditions.every((c) => c.met || c.type === 'PROHIBITED')).toBe(true);
    });

    it('non-compliant case', () => {
      const r = run(row.fail);
      expect([r.outcome, r.compliant, r.procedure]).toEqual(row.failExpect);
      expect(r.measures.map((m) => m.no)).toEqual(row.hits);
      expect(own(r)?.conditions.some((c) => !c.met)).toBe(true);
    });
  });
});

describe('the four encoded editions', () => {
  it.each([
    ['2018-07-30', 'FTZ-2018'],
    ['2019-07-29', 'FTZ-2018'],
    ['2019-07-30', 'FTZ-2019'],
    ['2020-07-22', 'FTZ-2019'],
    ['2020-07-23', 'FTZ-2020'],
    ['2021-12-31', 'FTZ-2020'],
    ['2022-01-01', 'FTZ-2021'],
  ])('on %s the edition is %s', (date, code) => {
    expect(checkAdmission(input(['6511'], { date }), PREPARED, industries).edition.code).toBe(code);
  });

  it('refuses 2018-07-29', () => {
    expect(() => checkAdmission(input(['6511'], { date: '2018-07-29' }), PREPARED, industries)).toThrow(/2017 edition is not encoded/);
  });

  it('doubts not-listed in M under the 2018 edition (two measures unidentified), not under 2021', () => {
    const doubt = (date: string) => checkAdmission(input(['7320'], { date }), PREPARED, industries).reasons.find((r) => r.code === 'NL-01');
    expect(doubt('2019-01-01')?.en).toContain('2 measures unidentified');
    expect(doubt('2024-01-01')).toBeUndefined();
  });

  it('division 64 falls under No. 11 (telecoms) and No. 12 (6429, prohibited) in 2021', () => {
    const r = checkAdmission(input(['64']), PREPARED, industries);
    expect([r.outcome, r.measures.map((m) => m.no)]).toEqual(['prohibited', [11, 12]]);
  });

  it('the index gives the same measures as measureMatchesCode for every code in every edition', () => {
    PREPARED.editions.forEach((edition, i) => {
      const measures = (EDITIONS.slice().sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[i]?.measures ?? []).filter(isIdentified);
      for (const { code } of industryRows) {
        const found: PreparedMeasure[] = [];
        collectMatches(edition, code, industries.sectionOf, found);
        const expected = measures.filter((m) => measureMatchesCode(code, m, industries.sectionOf)).map((m) => m.no);
        expect(found.map((m) => m.no).sort((a, b) => a - b), `${edition.summary.code} ${code}`).toEqual(expected);
      }
    });
  });
});
