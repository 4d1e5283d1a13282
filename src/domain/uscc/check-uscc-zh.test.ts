// The Chinese texts of checkUscc (reasonZh, warningsZh, parts.division.noteZh) stand beside the English
// ones, which are unchanged: same presence, same number and order of warnings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USCC_ALPHABET } from './uscc-alphabet.ts';
import { checkUscc } from './check-uscc.ts';
import type { UsccCheck } from './uscc-check-result.ts';

const HAN = /\p{Script=Han}/u;

// Guarantees: fails unless the Chinese fields of `r` parallel its English fields.
function expectParallel(r: UsccCheck, label: string): void {
  expect(r.reasonZh === null, label).toBe(r.reason === null);
  expect(r.warningsZh, label).toHaveLength(r.warnings.length);
  if (r.reasonZh !== null) expect(r.reasonZh, label).toMatch(HAN);
  for (const w of r.warningsZh) expect(w, label).toMatch(HAN);
  if (r.parts.division) expect(r.parts.division.noteZh, label).toMatch(HAN);
  // The English fields stay English.
  if (r.reason !== null) expect(r.reason, label).not.toMatch(HAN);
  for (const w of r.warnings) expect(w, label).not.toMatch(HAN);
  if (r.parts.division) expect(r.parts.division.note, label).not.toMatch(HAN);
}

// A sample covering every message: valid, empty, short, long, forbidden letter, other character,
// invisible character, wrong check character, unknown authority and entity type, non-digit division,
// failing embedded org code, surrounding whitespace.
const SAMPLES = [
  '91500000202897821P',
  '11500228733970274Y',
  '',
  '9150000020289782',
  '91500000202897821',
  '91500000202897821PP',
  ' 91500000202897821P',
  '91500000O02897821P',
  '91500000-02897821P',
  '９1500000202897821P',
  '91500000202897821\u200b',
  '91350211M00013FA1N',
  '91110108717809965C',
  '91110108717809965J',
  'B1500000202897821Y',
  '945000002028978210',
  '915000A02028978210',
];

describe('checkUscc — Chinese texts beside the English ones', () => {
  it.each(SAMPLES)('%j: reasonZh, warningsZh and noteZh parallel the English fields', (code) => {
    expectParallel(checkUscc(code), code);
  });

  it('gives no Chinese reason and no warnings for a valid code, and a Chinese division note', () => {
    const r = checkUscc('11500228733970274Y');
    expect(r).toMatchObject({ valid: true, reason: null, reasonZh: null, warnings: [], warningsZh: [] });
    expect(r.parts.division).toEqual({
      code: '500228',
      note: expect.stringContaining('USCC-03'),
      noteZh: '赋码时登记管理机关所在地的 GB/T 2260 行政区划代码；赋码后不再变更，不与现行行政区划代码表比对（USCC-03）',
    });
  });

  it('states length problems in Chinese', () => {
    expect(checkUscc('91500000202897821').reasonZh).toBe('长度为 17 位，应为 18 位');
    expect(checkUscc('91500000202897821PP').reasonZh).toBe('长度为 19 位，应为 18 位');
    expect(checkUscc('').reasonZh).toBe('代码为空，应为 18 位');
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('states the forbidden letter %s in Chinese', (letter) => {
    expect(checkUscc(`91500000${letter}02897821P`).reasonZh).toBe(
      `第 9 位字符 ‘${letter}’ 不在代码字符集中（不使用 I、O、S、V、Z）`,
    );
  });

  it('states other characters outside the set in Chinese, invisible ones by code point', () => {
    expect(checkUscc('91500000-02897821P').reasonZh).toBe(
      '第 9 位字符 ‘-’ 不在代码字符集中（仅使用半角数字 0–9 和除 I、O、S、V、Z 以外的半角英文字母）',
    );
    expect(checkUscc('９1500000202897821P').reasonZh).toMatch(/^第 1 位字符 ‘９’ 不在代码字符集中/);
    expect(checkUscc('91500000202897821\u200b').reasonZh).toMatch(/^第 18 位字符 U\+200B 不在代码字符集中/);
  });

  it('states a wrong check character in Chinese', () => {
    const r = checkUscc('91350211M00013FA1N');
    expect(r.reason).toBe("check character is 'N', expected '3'");
    expect(r.reasonZh).toBe('校验码为 ‘N’，应为 ‘3’');
  });

  it('gives each warning in Chinese, in the same order as the English ones', () => {
    const unknownAuthority = checkUscc('B1500000202897821Y');
    const code = `B1500000202897821${unknownAuthority.checkChar}`;
    expect(checkUscc(code).warningsZh).toEqual(['第 1 位登记管理部门代码 ‘B’ 不在代码表中']);

    const unknownType = '94500000202897821';
    expect(checkUscc(`${unknownType}${checkUscc(unknownType).checkChar}`).warningsZh).toEqual([
      '第 2 位机构类别代码 ‘4’ 在登记管理部门代码 ‘9’ 下没有定义',
    ]);

    const badDivision = '915000A0202897821';
    expect(checkUscc(`${badDivision}${checkUscc(badDivision).checkChar}`).warningsZh).toEqual([
      '第 3 至 8 位 ‘5000A0’ 不是 6 位数字的 GB/T 2260 行政区划代码',
    ]);

    expect(checkUscc('91110108717809965J').warningsZh).toEqual([
      '第 9 至 17 位组织机构代码 71780996-5 未通过其自身校验（校验码应为 ‘6’）；' +
        '仅此一项不影响统一社会信用代码的有效性，有效性以第 18 位校验码为准（USCC-05）',
    ]);

    // Two warnings at once keep their order: unknown authority first, whitespace last.
    const r = checkUscc(` ${code.slice(1)}`);
    expect(r.warnings).toEqual([
      "registration-authority code ' ' at position 1 is not in the code table",
      'input has leading or trailing whitespace, which is not removed automatically',
    ]);
    expect(r.warningsZh).toEqual([
      '第 1 位登记管理部门代码 U+0020 不在代码表中',
      '输入内容首尾含有空白字符，系统不会自动去除',
    ]);
  });

  it('keeps the Chinese fields parallel for arbitrary input', () => {
    const nearCode = fc.string({ unit: fc.constantFrom(...USCC_ALPHABET, 'O', 'z', '-', ' ', '９'), maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(nearCode, fc.string({ maxLength: 20 })), (input) => {
        expectParallel(checkUscc(input), JSON.stringify(input));
      }),
      { numRuns: 500 },
    );
  });
});
