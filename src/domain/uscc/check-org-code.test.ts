import { describe, expect, it } from 'vitest';
import { checkOrgCode } from './check-org-code.ts';

describe('checkOrgCode', () => {
  it.each(['00931587-7', '20280945-7'])('accepts the published code %s with the hyphen', (code) => {
    expect(checkOrgCode(code)).toEqual({ code, valid: true, formatted: code, checkChar: '7', reason: null });
  });

  it('accepts the code without the hyphen and formats it', () => {
    expect(checkOrgCode('009315877')).toMatchObject({ valid: true, formatted: '00931587-7' });
  });

  it('upper-cases letters', () => {
    expect(checkOrgCode('20286320-x')).toMatchObject({ code: '20286320-X', valid: true, checkChar: 'X' });
    expect(checkOrgCode('m00013fa1')).toMatchObject({ valid: true, formatted: 'M00013FA-1' });
  });

  it('reports a wrong check character and the right one', () => {
    expect(checkOrgCode('00931587-8')).toEqual({
      code: '00931587-8',
      valid: false,
      formatted: '00931587-8',
      checkChar: '7',
      reason: "check character is '8', expected '7'",
    });
    expect(checkOrgCode('71780996-5').reason).toBe("check character is '5', expected '6'");
  });

  it.each([
    ['', 'code is empty, expected 9 characters (8 body characters and a check character)'],
    ['0093158-7', "character '-' at position 8 is not allowed (digits and the letters A–Z only)"],
    ['00931587', 'length is 8, expected 9 (or 10 with a hyphen before the check character)'],
    ['00931587--7', 'length is 11, expected 9 (or 10 with a hyphen before the check character)'],
    ['0093158777', "a 10-character organisation code must have a hyphen at position 9, found '7'"],
    ['0093 587-7', 'character U+0020 at position 5 is not allowed (digits and the letters A–Z only)'],
  ])('rejects %j', (input, reason) => {
    const r = checkOrgCode(input);
    expect(r.valid).toBe(false);
    expect(r.reason).toBe(reason);
  });
});
