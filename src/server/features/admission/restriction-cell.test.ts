import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIdentified, NegativeListEdition, RestrictionType, type Restriction } from '../../../domain/admission/negative-list-edition.ts';
import { formatRestrictions, parseRestrictions } from './restriction-cell.ts';

const editions = ['2018', '2019', '2020', '2021'].map((year) =>
  NegativeListEdition.parse(JSON.parse(readFileSync(new URL(`../../../../reference-data/negative-lists/ftz-${year}.json`, import.meta.url), 'utf8'))));

function parsed(cell: string) {
  const result = parseRestrictions(cell);
  if (!result.ok) throw new Error(`expected ${cell} to parse: ${result.message}`);
  return result.value;
}
function problem(cell: string): string {
  const result = parseRestrictions(cell);
  if (result.ok) throw new Error(`expected ${cell} to be refused`);
  return result.message;
}

describe('restriction cell syntax', () => {
  it('formats and reads back every measure of the shipped editions', () => {
    let count = 0;
    for (const edition of editions) {
      for (const m of edition.measures.filter(isIdentified)) {
        expect(parsed(formatRestrictions(m.restrictions))).toStrictEqual(m.restrictions);
        count += m.restrictions.length;
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('writes the documented form', () => {
    const rs: Restriction[] = [
      { type: 'CN_MIN_SHARE', percent: 67, scopeZh: '社会调查', scopeEn: 'Social surveys' },
      { type: 'NATIONALITY', officer: 'legal_representative', sunsetOn: '2022-01-01' },
    ];
    expect(formatRestrictions(rs)).toBe('CN_MIN_SHARE percent=67 scopeZh="社会调查" scopeEn="Social surveys" | NATIONALITY officer=legal_representative sunsetOn=2022-01-01');
  });

  it('round-trips any scope text, quotes, bars and backslashes included', () => {
    const text = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('"', '\\', '|', '=', ' ', '“', '”', 'a', '中', '\n', ',') });
    const restriction = fc.record(
      { type: fc.constantFrom(...RestrictionType.options), percent: fc.double({ min: 0.001, max: 99.9, noNaN: true }), scopeZh: text, scopeEn: text, sunsetOn: fc.constant('2021-01-01') },
      { requiredKeys: ['type'] },
    );
    fc.assert(fc.property(fc.array(restriction, { minLength: 1, maxLength: 4 }), (rs) => {
      const plain = rs.map((r) => ({ ...r }) as Restriction); // fast-check's records have no prototype
      expect(parsed(formatRestrictions(plain))).toStrictEqual(plain);
    }));
  });

  it('is lenient on case, spacing, line breaks and Chinese quotes', () => {
    expect(parsed(' cn_min_share  Percent = 34 \n|\nnationality officer=principal scopezh=“中外合作办学” ')).toStrictEqual([
      { type: 'CN_MIN_SHARE', percent: 34 },
      { type: 'NATIONALITY', officer: 'principal', scopeZh: '中外合作办学' },
    ]);
    expect(parsed('LISTED scopeEn="a \\"quoted\\" word"')).toStrictEqual([{ type: 'LISTED', scopeEn: 'a "quoted" word' }]);
  });

  it('names the problem of a malformed cell', () => {
    expect(problem('')).toBe('condition 1 is empty');
    expect(problem('PROHIBITED |')).toBe('condition 2 is empty');
    expect(problem('PROHIBITED || LISTED')).toBe('condition 2 is empty');
    expect(problem('CN_MINSHARE percent=34')).toMatch(/^condition 1: unknown type CN_MINSHARE; the types are PROHIBITED, /);
    expect(problem('percent=34')).toMatch(/^condition 1 must start with a type .* not percent=$/);
    expect(problem('CN_MIN_SHARE 34')).toMatch(/34 is not key=value/);
    expect(problem('CN_MIN_SHARE percent')).toBe('condition 1 (CN_MIN_SHARE): percent needs =value');
    expect(problem('CN_MIN_SHARE percent=')).toBe('condition 1 (CN_MIN_SHARE): percent= has no value');
    expect(problem('CN_MIN_SHARE percent=thirty-four')).toBe('condition 1 (CN_MIN_SHARE): percent must be a number such as 34, not "thirty-four"');
    expect(problem('CN_MIN_SHARE percent=34%')).toMatch(/percent must be a number/);
    expect(problem('CN_MIN_SHARE percent=34 percent=35')).toBe('condition 1 (CN_MIN_SHARE): percent is given twice');
    expect(problem('LISTED scope="x"')).toMatch(/scope is not key=value with a key of percent, officer, scopeZh, scopeEn, sunsetOn/);
    expect(problem('LISTED scopeZh="基础电信业务')).toBe('condition 1 (LISTED): the quoted scopeZh is not closed with "');
    expect(problem('LISTED scopeZh="a"b')).toBe('condition 1 (LISTED): unexpected "b" after scopeZh=a');
    expect(problem('LISTED | NATIONALITY officer=a=b')).toMatch(/^condition 2 \(NATIONALITY\): unexpected "="/);
  });
});
