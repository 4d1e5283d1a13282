// Checks the FTZ foreign-investment negative-list editions under reference-data/negative-lists/ against the
// NegativeListEdition schema, the official counts and dates (domain-rules §2.1), the GB/T 4754-2017 table
// and a few facts of the 2021 list (§2.5). See reference-data/negative-lists/README.md for sources and doubts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isIdentified, NegativeListEdition, type Measure } from '../src/domain/admission/negative-list-edition.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'reference-data');
const read = (rel: string): string => readFileSync(join(dataDir, rel), 'utf8');

/** Official facts per edition (domain-rules §2.1). */
const EXPECTED = [
  { file: 'ftz-2018.json', code: 'FTZ-2018', count: 45, issuedOn: '2018-06-30', effectiveFrom: '2018-07-30', instrument: 'NDRC & MOFCOM Order No. 19' },
  { file: 'ftz-2019.json', code: 'FTZ-2019', count: 37, issuedOn: '2019-06-30', effectiveFrom: '2019-07-30', instrument: 'NDRC & MOFCOM Order No. 26' },
  { file: 'ftz-2020.json', code: 'FTZ-2020', count: 30, issuedOn: '2020-06-23', effectiveFrom: '2020-07-23', instrument: 'NDRC & MOFCOM Order No. 33' },
  { file: 'ftz-2021.json', code: 'FTZ-2021', count: 27, issuedOn: '2021-12-27', effectiveFrom: '2022-01-01', instrument: 'NDRC & MOFCOM Order No. 48' },
] as const;

const editions = EXPECTED.map((e) => ({
  expected: e,
  raw: JSON.parse(read(`negative-lists/${e.file}`)) as unknown,
}));
const parsed = new Map<string, ReturnType<typeof NegativeListEdition.safeParse>>(
  editions.map(({ expected, raw }) => [expected.code, NegativeListEdition.safeParse(raw)]),
);
const edition = (code: string): NegativeListEdition => {
  const result = parsed.get(code);
  if (!result?.success) throw new Error(`${code} does not parse`);
  return result.data;
};
const identified = (code: string): Measure[] => edition(code).measures.filter(isIdentified);
const measureNo = (code: string, no: number): Measure => {
  const m = edition(code).measures[no - 1];
  if (!m || !isIdentified(m)) throw new Error(`${code} No. ${no} is missing or unidentified`);
  return m;
};

// The code column of the GB/T table never holds a comma or a quote.
const gbtCodes = new Set(
  read('industries/gbt4754-2017.csv')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.slice(0, line.indexOf(','))),
);

/** Section order of the lists (GB/T sections that carry measures in 2018–2021). */
const SECTION_ORDER = ['A', 'B', 'C', 'D', 'F', 'G', 'I', 'J', 'L', 'M', 'N', 'P', 'Q', 'R'];

describe('negative-list editions', () => {
  for (const { expected, raw } of editions) {
    describe(expected.code, () => {
      it('parses with NegativeListEdition', () => {
        const result = NegativeListEdition.safeParse(raw);
        expect(result.success ? [] : result.error.issues).toEqual([]);
      });

      it(`has ${expected.count} measures, ${expected.instrument}, issued ${expected.issuedOn}, in force ${expected.effectiveFrom}`, () => {
        const e = edition(expected.code);
        expect(e.code).toBe(expected.code);
        expect(e.measureCount).toBe(expected.count);
        expect(e.measures).toHaveLength(expected.count);
        expect(e.instrument).toBe(expected.instrument);
        expect(e.issuedOn).toBe(expected.issuedOn);
        expect(e.effectiveFrom).toBe(expected.effectiveFrom);
        expect(e.titleZh).toContain(`（${expected.code.slice(4)}年版）`);
      });

      it('uses only codes that exist in reference-data/industries/gbt4754-2017.csv', () => {
        const missing = identified(expected.code).flatMap((m) => m.industryCodes.filter((c) => !gbtCodes.has(c)).map((c) => `No. ${m.no}: ${c}`));
        expect(missing).toEqual([]);
      });

      it('orders measures by section as the lists do', () => {
        const ranks = identified(expected.code).map((m) => SECTION_ORDER.indexOf(m.section));
        expect(ranks.every((r) => r >= 0)).toBe(true);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      });

      it('does not repeat a code within a measure', () => {
        for (const m of identified(expected.code)) {
          expect(new Set(m.industryCodes).size, `No. ${m.no}`).toBe(m.industryCodes.length);
        }
      });

      it('only carries sunsets that are still pending when the edition takes effect (NL-13)', () => {
        const e = edition(expected.code);
        const lapsed = identified(expected.code).flatMap((m) =>
          m.restrictions.filter((r) => r.sunsetOn !== undefined && r.sunsetOn <= e.effectiveFrom).map((r) => `No. ${m.no} ${r.type} ${r.sunsetOn}`),
        );
        expect(lapsed).toEqual([]);
      });

      it('is marked reconstructed when any measure is reconstructed or unidentified', () => {
        const e = edition(expected.code);
        const anyReconstructed = e.measures.some((m) => !isIdentified(m) || m.wordingReconstructed);
        expect(e.reconstructed).toBe(anyReconstructed);
      });

      it('cites at least one high-confidence source with a URL', () => {
        expect(edition(expected.code).sources.some((s) => s.confidence === 'high' && s.url !== undefined)).toBe(true);
      });
    });
  }

  it('take effect in strictly increasing order of their code year', () => {
    const byYear = [...EXPECTED].map((e) => edition(e.code)).sort((a, b) => a.code.localeCompare(b.code));
    const dates = byYear.map((e) => e.effectiveFrom);
    for (let i = 1; i < dates.length; i++) expect(dates[i]! > dates[i - 1]!, `${byYear[i]!.code} after ${byYear[i - 1]!.code}`).toBe(true);
  });

  it('have unidentified measures only in 2018, as Nos. 44 and 45', () => {
    const unidentified = EXPECTED.flatMap((x) => edition(x.code).measures.filter((m) => !isIdentified(m)).map((m) => `${x.code}#${m.no}`));
    expect(unidentified).toEqual(['FTZ-2018#44', 'FTZ-2018#45']);
  });
});

describe('FTZ 2021 (domain-rules §2.5)', () => {
  it('never combines PROHIBITED with another restriction type in one measure (NL-22)', () => {
    const mixed = identified('FTZ-2021')
      .filter((m) => m.restrictions.some((r) => r.type === 'PROHIBITED') && m.restrictions.some((r) => r.type !== 'PROHIBITED'))
      .map((m) => m.no);
    expect(mixed).toEqual([]);
  });

  it('No. 1: wheat and corn seed, Chinese share at least 34% on 0112, 0113 and 0511', () => {
    const m = measureNo('FTZ-2021', 1);
    expect(m.section).toBe('A');
    expect([...m.industryCodes].sort()).toEqual(['0112', '0113', '0511']);
    expect(m.restrictions).toEqual([{ type: 'CN_MIN_SHARE', percent: 34 }]);
    expect(m.textZh).toContain('34%');
  });

  it('No. 11: telecoms, value-added foreign cap 50% and basic Chinese control, each scoped', () => {
    const m = measureNo('FTZ-2021', 11);
    expect(m.section).toBe('I');
    expect(m.restrictions).toHaveLength(2);
    for (const r of m.restrictions) {
      expect(r.scopeZh, r.type).toBeTruthy();
      expect(r.scopeEn, r.type).toBeTruthy();
    }
    const vat = m.restrictions.find((r) => r.type === 'FOREIGN_CAP');
    const basic = m.restrictions.find((r) => r.type === 'CN_CONTROL');
    expect(vat?.percent).toBe(50);
    expect(vat?.scopeZh).toContain('增值电信');
    expect(basic?.scopeZh).toContain('基础电信');
  });

  it('No. 8 and No. 14 give each activity its own scoped condition', () => {
    const air = measureNo('FTZ-2021', 8);
    expect(air.restrictions.find((r) => r.type === 'SINGLE_FOREIGN_CAP')).toMatchObject({ percent: 25 });
    expect(air.restrictions.find((r) => r.type === 'JV_ONLY')?.scopeZh).toContain('通用航空');
    const surveys = measureNo('FTZ-2021', 14);
    expect(surveys.restrictions.find((r) => r.type === 'CN_MIN_SHARE')).toMatchObject({ percent: 67, scopeZh: '社会调查' });
    expect(surveys.restrictions.every((r) => r.scopeZh !== undefined)).toBe(true);
  });

  it('No. 18: education is cooperation-only, Chinese-led, with a Chinese principal', () => {
    const types = measureNo('FTZ-2021', 18).restrictions.map((r) => `${r.type}${r.officer ? `:${r.officer}` : ''}`);
    expect(types.sort()).toEqual(['CN_LED', 'JV_ONLY', 'NATIONALITY:principal']);
  });
});

describe('sunsets and derivation (NL-13, domain-rules §2.6)', () => {
  const sunsets = (code: string, no: number) => measureNo(code, no).restrictions.map((r) => r.sunsetOn ?? null);

  it('2018 No. 10 vehicles: commercial vehicles lifted 2020, passenger cars 2022', () => {
    const m = measureNo('FTZ-2018', 10);
    expect(m.industryCodes).toEqual(['3611', '3612']);
    expect(m.restrictions.map((r) => [r.type, r.percent, r.sunsetOn])).toEqual([
      ['CN_MIN_SHARE', 50, '2020-01-01'],
      ['CN_MIN_SHARE', 50, '2022-01-01'],
    ]);
  });

  it('2018 Nos. 24–26 finance caps of 51% end on 2021-01-01', () => {
    for (const no of [24, 25, 26]) {
      const m = measureNo('FTZ-2018', no);
      expect(m.section).toBe('J');
      expect(m.restrictions.every((r) => r.type === 'FOREIGN_CAP' && r.percent === 51 && r.sunsetOn === '2021-01-01'), `No. ${no}`).toBe(true);
    }
  });

  it('2019 keeps both vehicle sunsets and the finance sunsets; 2020 keeps only the passenger-car sunset', () => {
    const withSunset = (code: string) => identified(code).flatMap((m) => m.restrictions.filter((r) => r.sunsetOn).map((r) => r.sunsetOn));
    expect(withSunset('FTZ-2019').sort()).toEqual(['2020-01-01', '2021-01-01', '2021-01-01', '2021-01-01', '2021-01-01', '2022-01-01']);
    expect(withSunset('FTZ-2020')).toEqual(['2022-01-01']);
    expect(withSunset('FTZ-2021')).toEqual([]);
    expect(sunsets('FTZ-2020', 5)).toEqual(['2022-01-01']);
  });

  it('drops the sections emptied by each edition: N in 2019, J in 2020, C in 2021', () => {
    const sections = (code: string) => new Set(identified(code).map((m) => m.section));
    expect(sections('FTZ-2018').has('N')).toBe(true);
    expect(sections('FTZ-2019').has('N')).toBe(false);
    expect(sections('FTZ-2019').has('J')).toBe(true);
    expect(sections('FTZ-2020').has('J')).toBe(false);
    expect(sections('FTZ-2020').has('C')).toBe(true);
    expect(sections('FTZ-2021').has('C')).toBe(false);
  });

  it('keeps the measures that 2021 still has word for word in the restriction they carry', () => {
    // 2020 → 2021: vehicles (2020 No. 5) and satellite-TV receivers (No. 6) dropped; market research (No. 16)
    // and social surveys (No. 17) became 2021 No. 14. Every other 2020 measure maps to a 2021 measure in order.
    const kept = identified('FTZ-2020').filter((m) => ![5, 6, 16, 17].includes(m.no));
    const later = identified('FTZ-2021').filter((m) => m.no !== 14);
    expect(kept).toHaveLength(later.length);
    kept.forEach((m, i) => {
      const n = later[i]!;
      expect(m.section, `2020 No. ${m.no} vs 2021 No. ${n.no}`).toBe(n.section);
      expect(m.restrictions.map((r) => r.type), `2020 No. ${m.no} vs 2021 No. ${n.no}`).toEqual(n.restrictions.map((r) => r.type));
    });
  });
});
