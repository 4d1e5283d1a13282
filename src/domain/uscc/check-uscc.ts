// Validation of a Unified Social Credit Code (GB 32100-2015; rulebook §9, USCC-01 to USCC-05).
//
// Validity (USCC-01, USCC-02): exactly 18 characters, all from the 31-symbol alphabet after ASCII
// upper-casing, and a correct position-18 check character. Everything else is reported but does not
// invalidate: unknown authority/entity-type codes, a non-digit division, and — by a deliberate choice
// citing USCC-05, which asks for the two checks to be reported separately — an embedded organisation
// code that fails its own GB 11714 check. Position 18 covers all 17 preceding characters, so it governs.
//
// Every message exists in English (reason, warnings, note: relied on by the CLI and other tools) and in
// Chinese (reasonZh, warningsZh, noteZh: what the zh-CN interface shows); both are built together here.
import { USCC_FORBIDDEN_LETTERS, isUsccString, toAsciiUpperCase } from './uscc-alphabet.ts';
import { usccCheckChar } from './uscc-check-char.ts';
import { describeChar, describeCharZh } from './describe-char.ts';
import { describeUsccParts, type UsccMessage } from './describe-uscc-parts.ts';
import type { UsccCheck, UsccDisposition } from './uscc-check-result.ts';

const USCC_LENGTH = 18;

const WHITESPACE_WARNING: UsccMessage = {
  en: 'input has leading or trailing whitespace, which is not removed automatically',
  zh: '输入内容首尾含有空白字符，系统不会自动去除',
};

// Guarantees: never throws; valid is true exactly when the upper-cased input has 18 alphabet characters
// and the right check character; reason names the first problem in the order length, charset, check;
// reasonZh is null exactly when reason is, and warningsZh[i] is the Chinese of warnings[i].
export function checkUscc(input: string): UsccCheck {
  const code = toAsciiUpperCase(input);
  const chars = Array.from(code);
  const first17 = chars.slice(0, 17).join('');
  const checkChar = chars.length >= 17 && isUsccString(first17) ? usccCheckChar(first17) : null;
  const { parts, warnings } = describeUsccParts(chars);
  if (input.trim() !== input) warnings.push(WHITESPACE_WARNING);

  const structuralReason = lengthOrCharsetReason(chars);
  const given = chars[17];
  const checkReason: UsccMessage | null =
    structuralReason === null && given !== checkChar
      ? { en: `check character is '${given}', expected '${checkChar}'`, zh: `校验码为 ‘${given}’，应为 ‘${checkChar}’` }
      : null;
  const reason = structuralReason ?? checkReason;
  const valid = reason === null;

  return {
    code,
    valid,
    checkChar,
    authority: chars[0] ?? null,
    entityType: chars[1] ?? null,
    division: parts.division?.code ?? null,
    reason: reason?.en ?? null,
    reasonZh: reason?.zh ?? null,
    parts,
    warnings: warnings.map((w) => w.en),
    warningsZh: warnings.map((w) => w.zh),
    disposition: dispositionOf(structuralReason !== null, valid, warnings.length > 0),
  };
}

// Guarantees: null when the code has 18 alphabet characters; otherwise a sentence, in English and in
// Chinese, about the length (checked first) or about the first character outside the alphabet.
function lengthOrCharsetReason(chars: readonly string[]): UsccMessage | null {
  if (chars.length === 0) {
    return { en: `code is empty, expected ${USCC_LENGTH} characters`, zh: `代码为空，应为 ${USCC_LENGTH} 位` };
  }
  if (chars.length !== USCC_LENGTH) {
    return {
      en: `length is ${chars.length}, expected ${USCC_LENGTH}`,
      zh: `长度为 ${chars.length} 位，应为 ${USCC_LENGTH} 位`,
    };
  }
  const bad = chars.findIndex((c) => !isUsccString(c));
  if (bad < 0) return null;
  const c = chars[bad] ?? '';
  const forbidden = USCC_FORBIDDEN_LETTERS.includes(c);
  const why = forbidden ? 'I, O, S, V and Z are never used' : 'only digits and the letters A–Y other than I, O, S, V and Z are used';
  const whyZh = forbidden ? '不使用 I、O、S、V、Z' : '仅使用半角数字 0–9 和除 I、O、S、V、Z 以外的半角英文字母';
  return {
    en: `character ${describeChar(c)} at position ${bad + 1} is not allowed (${why})`,
    zh: `第 ${bad + 1} 位字符 ${describeCharZh(c)} 不在代码字符集中（${whyZh}）`,
  };
}

// Guarantees (USCC-04): malformed codes are blocked everywhere; a code failing only the position-18
// check is a warning for an existing entity but blocks new issuance; any warning blocks new issuance.
function dispositionOf(malformed: boolean, valid: boolean, hasWarnings: boolean): UsccDisposition {
  if (malformed) return { existingEntity: 'block', newIssuance: 'block' };
  if (!valid || hasWarnings) return { existingEntity: 'warn', newIssuance: 'block' };
  return { existingEntity: 'accept', newIssuance: 'accept' };
}
