// Check character of the 9-character organisation code (GB 11714-1997; rulebook §9, USCC-05).
import { toAsciiUpperCase } from './uscc-alphabet.ts';
import { UsccInputError } from './uscc-input-error.ts';

/** Weights of body positions 1–8. */
export const ORG_CODE_WEIGHTS: readonly number[] = Object.freeze([3, 7, 9, 10, 5, 8, 4, 2]);

const ORG_BODY = /^[0-9A-Z]{8}$/;

// Guarantees: for 8 body characters 0–9/A–Z (ASCII case ignored; digits = value, A–Z = 10–35) returns
// C9 = 11 − (Σ value×weight mod 11) written as a digit, 'X' for 10 and '0' for 11; otherwise throws UsccInputError('body8').
export function orgCodeCheckChar(body8: string): string {
  const body = toAsciiUpperCase(body8);
  if (!ORG_BODY.test(body)) {
    throw new UsccInputError('body8', `expected 8 digits or letters A–Z, got '${body8}'`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    sum += Number.parseInt(body.charAt(i), 36) * (ORG_CODE_WEIGHTS[i] ?? 0);
  }
  const c9 = 11 - (sum % 11);
  if (c9 === 10) return 'X';
  if (c9 === 11) return '0';
  return String(c9);
}
