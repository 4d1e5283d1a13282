// Sequential organisation-code bodies for a numbering block, e.g. prefix 'MA' + 6 base-31 symbols.
import { USCC_ALPHABET, isUsccString } from './uscc-alphabet.ts';
import { UsccInputError } from './uscc-input-error.ts';

const BODY_LENGTH = 8;
const BASE = USCC_ALPHABET.length; // 31

// Guarantees: the number of bodies in the block of `prefix`, 31^(8 − prefix.length); throws UsccInputError('prefix')
// unless the prefix is 0–8 USCC alphabet symbols.
export function orgBodyBlockSize(prefix: string): number {
  if (typeof prefix !== 'string' || prefix.length > BODY_LENGTH || !isUsccString(prefix)) {
    throw new UsccInputError('prefix', `prefix must be 0 to 8 characters from ${USCC_ALPHABET}, got '${String(prefix)}'`);
  }
  return BASE ** (BODY_LENGTH - prefix.length);
}

// Guarantees: for an integer 0 ≤ n < orgBodyBlockSize(prefix), returns prefix followed by n written in
// base 31 over the USCC alphabet, left-padded with '0' to 8 characters — deterministic, never repeating,
// and strictly increasing in n under ordinary string comparison (the alphabet is in ASCII order).
// n is zero-based. Throws UsccInputError('n') when n is not such an integer.
export function orgBodyForSequence(prefix: string, n: number): string {
  const size = orgBodyBlockSize(prefix);
  if (!Number.isSafeInteger(n) || n < 0 || n >= size) {
    throw new UsccInputError('n', `n must be an integer from 0 to ${size - 1} for prefix '${prefix}', got ${String(n)}`);
  }
  let rest = n;
  let digits = '';
  for (let i = prefix.length; i < BODY_LENGTH; i += 1) {
    digits = USCC_ALPHABET.charAt(rest % BASE) + digits;
    rest = Math.floor(rest / BASE);
  }
  return prefix + digits;
}
