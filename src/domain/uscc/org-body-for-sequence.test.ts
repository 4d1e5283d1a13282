import { describe, expect, it } from 'vitest';
import { orgBodyBlockSize, orgBodyForSequence } from './org-body-for-sequence.ts';
import { UsccInputError } from './uscc-input-error.ts';

describe('orgBodyForSequence', () => {
  it('numbers a block in base 31 over the USCC alphabet, zero-based', () => {
    expect(orgBodyForSequence('MA', 0)).toBe('MA000000');
    expect(orgBodyForSequence('MA', 1)).toBe('MA000001');
    expect(orgBodyForSequence('MA', 10)).toBe('MA00000A');
    expect(orgBodyForSequence('MA', 30)).toBe('MA00000Y');
    expect(orgBodyForSequence('MA', 31)).toBe('MA000010');
    expect(orgBodyForSequence('MA', 31 ** 6 - 1)).toBe('MAYYYYYY');
  });

  it('holds 31^6 codes behind a 2-character prefix', () => {
    expect(orgBodyBlockSize('MA')).toBe(887_503_681);
    expect(orgBodyBlockSize('')).toBe(31 ** 8);
    expect(orgBodyBlockSize('MA123456')).toBe(1);
    expect(orgBodyForSequence('MA123456', 0)).toBe('MA123456');
  });

  it.each([-1, 31 ** 6, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws UsccInputError(n) for n = %s', (n) => {
    expect(() => orgBodyForSequence('MA', n)).toThrow(UsccInputError);
    expect(() => orgBodyForSequence('MA', n)).toThrow(expect.objectContaining({ field: 'n' }));
  });

  it.each(['MO', 'ma', 'MA1234567', 'M-'])('throws UsccInputError(prefix) for prefix %j', (prefix) => {
    expect(() => orgBodyForSequence(prefix, 0)).toThrow(expect.objectContaining({ field: 'prefix' }));
  });
});
