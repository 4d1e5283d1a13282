// Validation of a stand-alone organisation code (GB 11714-1997; rulebook §9, USCC-05).
import { toAsciiUpperCase } from './uscc-alphabet.ts';
import { orgCodeCheckChar } from './org-code-check-char.ts';
import { describeChar } from './describe-char.ts';

/** Result of checking an organisation code such as '00931587-7' or '009315877'. */
export interface OrgCodeCheck {
  /** The input with ASCII letters upper-cased, otherwise unchanged. */
  code: string;
  valid: boolean;
  /** Canonical 'XXXXXXXX-X' form (with the character actually given at position 9), when the shape is right. */
  formatted: string | null;
  /** The correct check character whenever the 8 body characters are well-formed, else null. */
  checkChar: string | null;
  /** Null when valid; otherwise one English sentence. */
  reason: string | null;
}

const BODY_CHAR = /^[0-9A-Z]$/;

// Guarantees: never throws; valid is true exactly when the input is 8 characters 0–9/A–Z, an optional
// hyphen, and the GB 11714 check character for that body (ASCII case ignored).
export function checkOrgCode(input: string): OrgCodeCheck {
  const code = toAsciiUpperCase(input);
  const chars = Array.from(code);
  const hyphenated = chars.length === 10;
  const fail = (reason: string, checkChar: string | null = null, formatted: string | null = null): OrgCodeCheck => ({
    code,
    valid: false,
    formatted,
    checkChar,
    reason,
  });

  if (chars.length === 0) return fail('code is empty, expected 9 characters (8 body characters and a check character)');
  if (chars.length !== 9 && chars.length !== 10) {
    return fail(`length is ${chars.length}, expected 9 (or 10 with a hyphen before the check character)`);
  }
  if (hyphenated && chars[8] !== '-') {
    return fail(`a 10-character organisation code must have a hyphen at position 9, found ${describeChar(chars[8] ?? '')}`);
  }
  const badIndex = chars.slice(0, 8).findIndex((c) => !BODY_CHAR.test(c));
  if (badIndex >= 0) {
    return fail(
      `character ${describeChar(chars[badIndex] ?? '')} at position ${badIndex + 1} is not allowed (digits and the letters A–Z only)`,
    );
  }
  const body = chars.slice(0, 8).join('');
  const given = chars[hyphenated ? 9 : 8] ?? '';
  const expected = orgCodeCheckChar(body);
  const formatted = BODY_CHAR.test(given) ? `${body}-${given}` : null;
  if (given !== expected) {
    return fail(`check character is ${describeChar(given)}, expected '${expected}'`, expected, formatted);
  }
  return { code, valid: true, formatted, checkChar: expected, reason: null };
}
