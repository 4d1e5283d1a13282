import { describe, expect, it } from 'vitest';
import { FIXTURE_2018, FIXTURES, industries, industryRows } from './admission-test-kit.ts';
import { buildIndustryLookup, industryCodesMatch, measureMatchesCode } from './industry-match.ts';
import { isIdentified } from './negative-list-edition.ts';
import { collectMatches, matchesOf, prepareEditions, type PreparedMeasure } from './prepare-editions.ts';

const { sectionOf } = industries;

describe('industryCodesMatch — NL-21 hierarchy', () => {
  it.each([
    ['7243', '7243', true],
    ['72', '7243', true],
    ['724', '7243', true],
    ['8626', '862', true],
    ['8626', '86', true],
    ['7242', '7243', false],
    ['73', '7243', false],
    ['725', '7243', false],
    ['8627', '862', true],
    ['8610', '862', false],
    ['64', '631', false],
  ])('applicant %s vs measure %s → %s', (applicant, measure, expected) => {
    expect(industryCodesMatch(applicant, measure, sectionOf)).toBe(expected);
    expect(industryCodesMatch(measure, applicant, sectionOf)).toBe(expected);
  });

  it('matches a section letter to the digit codes of that section, either way round', () => {
    expect(industryCodesMatch('L', '7243', sectionOf)).toBe(true);
    expect(industryCodesMatch('M', '7243', sectionOf)).toBe(false);
    expect(industryCodesMatch('4710', 'E', sectionOf)).toBe(true);
    expect(industryCodesMatch('47', 'E', sectionOf)).toBe(true);
    expect(industryCodesMatch('4610', 'E', sectionOf)).toBe(false);
    expect(industryCodesMatch('E', 'E', sectionOf)).toBe(true);
    expect(industryCodesMatch('E', 'F', sectionOf)).toBe(false);
  });

  it('a letter never matches a code the lookup does not know', () => {
    expect(industryCodesMatch('A', '0999', sectionOf)).toBe(false);
  });
});

describe('measureMatchesCode', () => {
  const cableTv = { section: 'R', industryCodes: ['6321'] };
  it('matches the section the list files the measure under, and the sections of its codes', () => {
    expect(measureMatchesCode('R', cableTv, sectionOf)).toBe(true);
    expect(measureMatchesCode('I', cableTv, sectionOf)).toBe(true);
    expect(measureMatchesCode('G', cableTv, sectionOf)).toBe(false);
    expect(measureMatchesCode('63', cableTv, sectionOf)).toBe(true);
    expect(measureMatchesCode('631', cableTv, sectionOf)).toBe(false);
  });
});

describe('buildIndustryLookup', () => {
  it('gives the section of every level and knows exactly the table codes', () => {
    expect(sectionOf('A')).toBe('A');
    expect(sectionOf('01')).toBe('A');
    expect(sectionOf('011')).toBe('A');
    expect(sectionOf('0112')).toBe('A');
    expect(sectionOf('6321')).toBe('I');
    expect(sectionOf('8626')).toBe('R');
    expect(sectionOf('9999')).toBeUndefined();
    expect(industries.isKnownCode('7243')).toBe(true);
    expect(industries.isKnownCode('U')).toBe(false);
    expect(industries.isKnownCode('0999')).toBe(false);
  });

  it('reads the 2017 table: 20 sections, 97 divisions, 473 groups, 1,381 classes (reference-data/README.md), each with a section', () => {
    const count = (level: string) => industryRows.filter((r) => r.level === level).length;
    expect([count('section'), count('division'), count('group'), count('class')]).toEqual([20, 97, 473, 1381]);
    expect(industryRows.filter((r) => sectionOf(r.code) === undefined)).toEqual([]);
  });

  it('leaves codes of a broken or cyclic chain without a section', () => {
    const lookup = buildIndustryLookup([
      { code: 'A', parent: '' },
      { code: '01', parent: 'A' },
      { code: '02', parent: 'Z' },
      { code: '03', parent: '04' },
      { code: '04', parent: '03' },
    ]);
    expect(['A', '01', '02', '03', '04'].map(lookup.sectionOf)).toEqual(['A', 'A', undefined, undefined, undefined]);
    expect(lookup.isKnownCode('02')).toBe(true);
  });
});

describe('prepareEditions index — same answers as measureMatchesCode', () => {
  it('for every code of the table, on the fixture edition (which lists a section letter)', () => {
    const edition = FIXTURES.editions[0];
    expect(edition?.summary.code).toBe('FTZ-2018T');
    if (edition === undefined) return;
    const measures = FIXTURE_2018.measures.filter(isIdentified);
    let hits = 0;
    for (const { code } of industryRows) {
      const found: PreparedMeasure[] = [];
      collectMatches(edition, code, sectionOf, found);
      const expected = measures.filter((m) => measureMatchesCode(code, m, sectionOf)).map((m) => m.no);
      expect(found.map((m) => m.no).sort((a, b) => a - b), code).toEqual(expected);
      const memo = matchesOf(edition, code, sectionOf);
      expect(memo.map((m) => m.no), code).toEqual(expected);
      expect(matchesOf(edition, code, sectionOf)).toBe(memo);
      hits += expected.length;
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('refuses two editions taking effect on the same day, and a measure code missing from the table', () => {
    expect(() => prepareEditions([FIXTURE_2018, { ...FIXTURE_2018, code: 'FTZ-2018X' }], sectionOf)).toThrow(/both take effect on 2018-07-30/);
    const bad = { ...FIXTURE_2018, measures: [{ ...FIXTURE_2018.measures[0], industryCodes: ['0999'] }] } as typeof FIXTURE_2018;
    expect(() => prepareEditions([bad], sectionOf)).toThrow(/0999 is not in the industry table/);
  });

  it('sorts the editions by effectiveFrom', () => {
    expect(FIXTURES.editions.map((e) => e.summary.code)).toEqual(['FTZ-2018T', 'FTZ-2020T', 'FTZ-2022T']);
  });
});
