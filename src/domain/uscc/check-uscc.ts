// Validation of a Unified Social Credit Code (GB 32100-2015; rulebook §9, USCC-01 to USCC-05).
//
// Validity (USCC-01, USCC-02): exactly 18 characters, all from the 31-symbol alphabet after ASCII
// upper-casing, and a correct position-18 check character. Everything else is reported but does not
// invalidate: unknown authority/entity-type codes, a non-digit division, and — by a deliberate choice
// citing USCC-05, which asks for the two checks to be reported separately — an embedded organisation
// code that fails its own GB 11714 check. Position 18 covers all 17 preceding characters, so it governs.
import { USCC_FORBIDDEN_LETTERS, isUsccString, toAsciiUpperCase } from './uscc-alphabet.ts';
import { usccCheckChar } from './uscc-check-char.ts';
import { describeChar } from './describe-char.ts';
import { describeUsccParts } from './describe-uscc-parts.ts';
import type { UsccCheck, UsccDisposition } from './uscc-check-result.ts';

const USCC_LENGTH = 18;

// Guarantees: never throws; valid is true exactly when the upper-cased input has 18 alphabet characters
// and the right check character; reason names the first problem in the order length, charset, check.
export function checkUscc(input: string): UsccCheck {
  const code = toAsciiUpperCase(input);
  const chars = Array.from(code);
  const first17 = chars.slice(0, 17).join('');
  const checkChar = chars.length >= 17 && isUsccString(first17) ? usccCheckChar(first17) : null;
  const { parts, warnings } = describeUsccParts(chars);
  if (input.trim() !== input) warnings.push('input has leading or trailing whitespace, which is not removed automatically');

  const structuralReason = lengthOrCharsetReason(chars);
  const given = chars[17];
  const checkReason =
    structuralReason === null && given !== checkChar ? `check character is '${given}', expected '${checkChar}'` : null;
  const reason = structuralReason ?? checkReason;
  const valid = reason === null;

  return {
    code,
    valid,
    checkChar,
    authority: chars[0] ?? null,
    entityType: chars[1] ?? null,
    division: parts.division?.code ?? null,
    reason,
    parts,
    warnings,
    disposition: dispositionOf(structuralReason !== null, valid, warnings.length > 0),
  };
}

// Guarantees: null when the code has 18 alphabet characters; otherwise a sentence about the length
// (checked first) or about the first character outside the alphabet.
function lengthOrCharsetReason(chars: readonly string[]): string | null {
  if (chars.length === 0) return `code is empty, expected ${USCC_LENGTH} characters`;
  if (chars.length !== USCC_LENGTH) return `length is ${chars.length}, expected ${USCC_LENGTH}`;
  const bad = chars.findIndex((c) => !isUsccString(c));
  if (bad < 0) return null;
  const c = chars[bad] ?? '';
  const why = USCC_FORBIDDEN_LETTERS.includes(c)
    ? 'I, O, S, V and Z are never used'
    : 'only digits and the letters A–Y other than I, O, S, V and Z are used';
  return `character ${describeChar(c)} at position ${bad + 1} is not allowed (${why})`;
}

// Guarantees (USCC-04): malformed codes are blocked everywhere; a code failing only the position-18
// check is a warning for an existing entity but blocks new issuance; any warning blocks new issuance.
function dispositionOf(malformed: boolean, valid: boolean, hasWarnings: boolean): UsccDisposition {
  if (malformed) return { existingEntity: 'block', newIssuance: 'block' };
  if (!valid || hasWarnings) return { existingEntity: 'warn', newIssuance: 'block' };
  return { existingEntity: 'accept', newIssuance: 'accept' };
}
