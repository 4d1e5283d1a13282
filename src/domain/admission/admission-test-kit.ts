// Test kit for the admission check: the GB/T 4754-2017 table from reference-data, a small fixture edition
// builder, and a default input. Used by the *.test.ts files only.
import { readFileSync } from 'node:fs';
import type { AdmissionCheckInput } from './admission-check-input.ts';
import type { AdmissionCheck } from './admission-check-result.ts';
import { checkAdmission } from './check-admission.ts';
import { buildIndustryLookup, type IndustryRow } from './industry-match.ts';
import { NegativeListEdition, type Restriction } from './negative-list-edition.ts';
import { prepareEditions } from './prepare-editions.ts';

// Guarantees: the rows of the table (code, level, parent), header dropped; names are ignored, so commas in them do not matter.
function readIndustryRows(): (IndustryRow & { level: string })[] {
  const text = readFileSync(new URL('../../../reference-data/industries/gbt4754-2017.csv', import.meta.url), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code = '', level = '', parent = ''] = line.split(',', 3);
      return { code, level, parent };
    });
}

export const industryRows = readIndustryRows();
export const industries = buildIndustryLookup(industryRows);

/** A measure for a fixture edition: section, codes and restrictions; texts are filled in. */
export interface FixtureMeasure {
  section: string;
  codes: string[];
  restrictions: Restriction[];
}

/** An unidentified measure (like FTZ 2018 Nos. 44–45). */
export const UNIDENTIFIED = 'unidentified' as const;

// Guarantees: a NegativeListEdition that has passed the schema, numbering the measures 1, 2, … in order.
export function fixtureEdition(options: {
  code: string;
  effectiveFrom: string;
  reconstructed?: boolean;
  measures: readonly (FixtureMeasure | typeof UNIDENTIFIED)[];
}): NegativeListEdition {
  return NegativeListEdition.parse({
    dataset: 'ftz-foreign-investment-negative-list',
    code: options.code,
    titleZh: `测试清单 ${options.code}`,
    titleEn: `Test list ${options.code}`,
    instrument: `Test Order ${options.code}`,
    issuedOn: options.effectiveFrom,
    effectiveFrom: options.effectiveFrom,
    measureCount: options.measures.length,
    reconstructed: options.reconstructed ?? false,
    industryCodeEdition: 'GB/T 4754-2017',
    sources: [{ title: 'test fixture', confidence: 'low' }],
    measures: options.measures.map((m, i) =>
      m === UNIDENTIFIED
        ? { no: i + 1, identified: false, note: 'not identified' }
        : {
            no: i + 1,
            section: m.section,
            textZh: `措施 ${i + 1}`,
            textEn: `measure ${i + 1}`,
            industryCodes: m.codes,
            restrictions: m.restrictions,
            wordingReconstructed: false,
          },
    ),
  });
}

// Guarantees: a foreign-invested company (30% foreign) on 2024-06-01 in the given codes, with the overrides applied.
export function input(industryCodes: string[], overrides: Partial<AdmissionCheckInput> = {}): AdmissionCheckInput {
  return { date: '2024-06-01', industryCodes, foreignShare: 30, form: 'company', ...overrides };
}

/** Fixture measures (numbered in FIXTURE_2018 by their order here: wheat 1 … cableTv 13; 14 is unidentified). */
export const M = {
  wheat: { section: 'A', codes: ['0112'], restrictions: [{ type: 'CN_MIN_SHARE', percent: 34 }] },
  nuclear: { section: 'D', codes: ['4414'], restrictions: [{ type: 'CN_CONTROL' }] },
  airport: { section: 'G', codes: ['5631'], restrictions: [{ type: 'CN_RELATIVE_CONTROL' }] },
  telecom: {
    section: 'I',
    codes: ['631'],
    restrictions: [
      { type: 'FOREIGN_CAP', percent: 50, scopeZh: '增值电信业务', scopeEn: 'Value-added telecoms' },
      { type: 'CN_CONTROL', scopeZh: '基础电信业务', scopeEn: 'Basic telecoms' },
    ],
  },
  airline: {
    section: 'G',
    codes: ['561'],
    restrictions: [{ type: 'SINGLE_FOREIGN_CAP', percent: 25 }, { type: 'NATIONALITY', officer: 'legal_representative' }],
  },
  medical: { section: 'Q', codes: ['84'], restrictions: [{ type: 'JV_ONLY' }] },
  higherEd: {
    section: 'P',
    codes: ['834'],
    restrictions: [{ type: 'JV_ONLY' }, { type: 'CN_LED' }, { type: 'NATIONALITY', officer: 'principal' }],
  },
  publishing: { section: 'R', codes: ['862'], restrictions: [{ type: 'PROHIBITED' }] },
  socialSurvey: { section: 'L', codes: ['7243'], restrictions: [{ type: 'PROHIBITED' }] },
  vehicles: {
    section: 'C',
    codes: ['3611'],
    restrictions: [
      { type: 'CN_MIN_SHARE', percent: 50, scopeZh: '商用车', sunsetOn: '2020-01-01' },
      { type: 'CN_MIN_SHARE', percent: 50, scopeZh: '乘用车', sunsetOn: '2022-01-01' },
    ],
  },
  securities: { section: 'J', codes: ['6712'], restrictions: [{ type: 'FOREIGN_CAP', percent: 51, sunsetOn: '2021-01-01' }] },
  construction: { section: 'E', codes: ['E'], restrictions: [{ type: 'LISTED' }] },
  cableTv: { section: 'R', codes: ['6321'], restrictions: [{ type: 'PROHIBITED' }] },
} satisfies Record<string, FixtureMeasure>;

const ALL = Object.values(M);
const relaxedSurvey: FixtureMeasure = {
  section: 'L',
  codes: ['7243'],
  restrictions: [{ type: 'CN_MIN_SHARE', percent: 67 }, { type: 'NATIONALITY', officer: 'legal_representative' }],
};

/** Reconstructed, with an unidentified measure (No. 14), like the real 2018 edition. */
export const FIXTURE_2018 = fixtureEdition({ code: 'FTZ-2018T', effectiveFrom: '2018-07-30', reconstructed: true, measures: [...ALL, UNIDENTIFIED] });
/** Reconstructed in wording only; No. 9 (7243) relaxed to CN_MIN_SHARE 67 + NATIONALITY. */
export const FIXTURE_2020 = fixtureEdition({
  code: 'FTZ-2020T',
  effectiveFrom: '2020-07-23',
  reconstructed: true,
  measures: ALL.map((m) => (m === M.socialSurvey ? relaxedSurvey : m)),
});
export const FIXTURE_2022 = fixtureEdition({ code: 'FTZ-2022T', effectiveFrom: '2022-01-01', measures: ALL.map((m) => (m === M.socialSurvey ? relaxedSurvey : m)) });

/** Given out of order on purpose: prepareEditions sorts. */
export const FIXTURES = prepareEditions([FIXTURE_2022, FIXTURE_2018, FIXTURE_2020], industries.sectionOf);

// Guarantees: checkAdmission over the fixture editions with input(codes, overrides).
export function checkFixture(codes: string[], overrides: Partial<AdmissionCheckInput> = {}): AdmissionCheck {
  return checkAdmission(input(codes, overrides), FIXTURES, industries);
}
