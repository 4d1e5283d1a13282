// Position-18 check character of the Unified Social Credit Code (GB 32100-2015; rulebook §9, USCC-02).
import { USCC_ALPHABET, isUsccString, toAsciiUpperCase, usccCharValue } from './uscc-alphabet.ts';
import { UsccInputError } from './uscc-input-error.ts';

const MODULUS = USCC_ALPHABET.length; // 31

/** Weight of positions 1–17: 3^(i−1) mod 31 (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28). */
export const USCC_WEIGHTS: readonly number[] = Object.freeze(
  Array.from({ length: 17 }, (_, i) => {
    let w = 1;
    for (let k = 0; k < i; k += 1) w = (w * 3) % MODULUS;
    return w;
  }),
);

// Guarantees: for exactly 17 alphabet symbols (ASCII case ignored) returns the single symbol that makes
// the 18-character code pass the check, C = (31 − Σ value×weight mod 31) mod 31; otherwise throws UsccInputError('first17').
export function usccCheckChar(first17: string): string {
  const s = toAsciiUpperCase(first17);
  if (s.length !== 17 || !isUsccString(s)) {
    throw new UsccInputError(
      'first17',
      `expected 17 characters from the USCC alphabet (${USCC_ALPHABET}), got '${first17}'`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += usccCharValue(s.charAt(i)) * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((MODULUS - (sum % MODULUS)) % MODULUS);
}
