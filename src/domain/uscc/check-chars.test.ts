import { describe, expect, it } from 'vitest';
import { USCC_ALPHABET } from './uscc-alphabet.ts';
import { USCC_WEIGHTS, usccCheckChar } from './uscc-check-char.ts';
import { ORG_CODE_WEIGHTS, orgCodeCheckChar } from './org-code-check-char.ts';
import { UsccInputError } from './uscc-input-error.ts';

describe('USCC alphabet and weights', () => {
  it('has 31 symbols without I, O, S, V, Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(USCC_ALPHABET).not.toMatch(/[IOSVZ]/);
    expect(USCC_ALPHABET).toBe('0123456789ABCDEFGHJKLMNPQRTUWXY');
  });

  it('uses the weights 3^(i−1) mod 31 listed in the rulebook', () => {
    expect(USCC_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });
});

describe('usccCheckChar', () => {
  it.each([
    ['11500000009275780', 'L'],
    ['9150000020286320X', '6'],
    ['91350211M00013FA1', '3'],
    ['91110108717809965', 'J'],
  ])('%s → %s', (first17, expected) => {
    expect(usccCheckChar(first17)).toBe(expected);
  });

  it('maps C = 0 to "0" (a sum divisible by 31 gives 0, not 31)', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('maps C = 30 to "Y"', () => {
    // value 1 at position 1 (weight 1): S = 1, C = 30.
    expect(usccCheckChar('10000000000000000')).toBe('Y');
  });

  it('accepts lower case', () => {
    expect(usccCheckChar('12110108mb012357x')).toBe('N');
  });

  it.each(['', '1150000000927578', '115000000092757801', '1150000000927578O'])(
    'throws UsccInputError(first17) for %j',
    (bad) => {
      expect(() => usccCheckChar(bad)).toThrow(UsccInputError);
      expect(() => usccCheckChar(bad)).toThrow(expect.objectContaining({ field: 'first17' }));
    },
  );
});

describe('orgCodeCheckChar', () => {
  it('uses the GB 11714 weights', () => {
    expect(ORG_CODE_WEIGHTS).toEqual([3, 7, 9, 10, 5, 8, 4, 2]);
  });

  it.each([
    ['00931587', '7'],
    ['20280945', '7'],
    ['00927578', '0'],
    ['20286320', 'X'],
    ['M00013FA', '1'],
    ['MJ006504', '9'],
  ])('%s → %s', (body, expected) => {
    expect(orgCodeCheckChar(body)).toBe(expected);
  });

  it('writes 11 as "0" and 10 as "X"', () => {
    // Σ = 0 → C9 = 11 → '0'.
    expect(orgCodeCheckChar('00000000')).toBe('0');
    // Σ = 6 × 2 = 12, 12 mod 11 = 1 → C9 = 10 → 'X'.
    expect(orgCodeCheckChar('00000006')).toBe('X');
    // Σ = 5 × 4 = 20, 20 mod 11 = 9 → C9 = 2.
    expect(orgCodeCheckChar('00000050')).toBe('2');
  });

  it('gives letters the values 10–35 (A = 10, Z = 35)', () => {
    // 'A0000000' → 10 × 3 = 30 → 30 mod 11 = 8 → 3; 'Z0000000' → 35 × 3 = 105 mod 11 = 6 → 5.
    expect(orgCodeCheckChar('A0000000')).toBe('3');
    expect(orgCodeCheckChar('Z0000000')).toBe('5');
  });

  it.each(['', '0093158', '009315877', '0093158-', '0093158 '])('throws UsccInputError(body8) for %j', (bad) => {
    expect(() => orgCodeCheckChar(bad)).toThrow(expect.objectContaining({ name: 'UsccInputError', field: 'body8' }));
  });
});
