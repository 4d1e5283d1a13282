import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckChar, residentIdProblem } from './resident-id.ts';

describe('GB 11643-1999 citizen identity numbers', () => {
  it('accepts the standard’s worked example 11010519491231002X', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdProblem('11010519491231002X')).toBeNull();
  });

  it('refuses a wrong check character, an impossible birth date and a bad format', () => {
    expect(residentIdProblem('110105194912310021')).toMatch(/check character/);
    expect(residentIdProblem('110105194902310020')).toMatch(/birth date/);
    expect(residentIdProblem('11010519491231002')).toMatch(/18 characters/);
  });

  it('catches every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const valid = '11010519491231002X';
        const digit = (Number(valid[position]) + delta) % 10;
        const changed = valid.slice(0, position) + String(digit) + valid.slice(position + 1);
        expect(residentIdProblem(changed)).not.toBeNull();
      }),
    );
  });
});
