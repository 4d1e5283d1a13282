import { describe, expect, it } from 'vitest';
import { checkUscc } from './check-uscc.ts';

// Published codes (rulebook §9 test vectors), each recomputed with the GB 32100-2015 algorithm.
const VALID_PUBLISHED = [
  '11500000009275780L',
  '11500228733970274Y',
  '9150000020286320X6',
  '91500000202897821P',
  '91500000202871728W',
  '914403001922038216',
  '91440300708461136T',
  '53100000MJ0065049E',
  '51210100508206173F',
  '12110108MB012357XN',
  '91310110666007217T',
  '91310115591693856A',
];

describe('checkUscc — valid published codes', () => {
  it.each(VALID_PUBLISHED)('%s is valid, with a valid embedded org code and no warnings', (code) => {
    const r = checkUscc(code);
    expect(r).toMatchObject({ code, valid: true, reason: null, checkChar: code.charAt(17), warnings: [] });
    expect(r.parts.orgCode?.valid).toBe(true);
    expect(r.disposition).toEqual({ existingEntity: 'accept', newIssuance: 'accept' });
  });

  it('decodes the Chongqing Municipal People’s Government code into its parts', () => {
    const r = checkUscc('11500000009275780L');
    expect(r).toMatchObject({ authority: '1', entityType: '1', division: '500000' });
    expect(r.parts.authority).toEqual({
      code: '1',
      nameZh: '机构编制',
      nameEn: expect.any(String),
      known: true,
      confidence: 'high',
    });
    expect(r.parts.entityType).toMatchObject({ code: '1', nameZh: '机关', known: true });
    expect(r.parts.orgCode).toEqual({ code: '00927578-0', valid: true, checkChar: '0' });
  });

  it('keeps the division at time of issue: Liangping organs keep 500228, not today’s 500155 (USCC-03)', () => {
    const r = checkUscc('11500228733970274Y');
    expect(r.valid).toBe(true);
    expect(r.division).toBe('500228');
    expect(r.parts.division?.code).toBe('500228');
    expect(r.parts.division?.note).toContain('USCC-03');
    expect(r.warnings).toEqual([]);
  });

  it('names the entity types of civil-affairs and establishment codes', () => {
    expect(checkUscc('53100000MJ0065049E').parts.entityType?.nameZh).toBe('基金会');
    expect(checkUscc('51210100508206173F').parts.entityType?.nameZh).toBe('社会团体');
    expect(checkUscc('12110108MB012357XN').parts.entityType?.nameZh).toBe('事业单位');
    expect(checkUscc('9150000020286320X6').parts.orgCode?.code).toBe('20286320-X');
  });
});

describe('checkUscc — invalid codes', () => {
  it('reports the early Xiamen pilot code as invalid with check character 3, warn-but-keep for existing entities (USCC-04)', () => {
    const r = checkUscc('91350211M00013FA1N');
    expect(r).toMatchObject({ valid: false, checkChar: '3', reason: "check character is 'N', expected '3'" });
    expect(r.parts.orgCode).toEqual({ code: 'M00013FA-1', valid: true, checkChar: '1' });
    expect(r.disposition).toEqual({ existingEntity: 'warn', newIssuance: 'block' });
  });

  it.each([
    ['91110108717809965C', 'J', '71780996-5', '6'],
    ['9133010057462616XH', '9', '57462616-X', '8'],
    ['913400007117030788', 'P', '71170307-8', '9'],
  ])('%s (mock "company" data) fails both checks, reported separately (USCC-05)', (code, check, org, orgCheck) => {
    const r = checkUscc(code);
    expect(r.valid).toBe(false);
    expect(r.checkChar).toBe(check);
    expect(r.reason).toBe(`check character is '${code.charAt(17)}', expected '${check}'`);
    expect(r.parts.orgCode).toEqual({ code: org, valid: false, checkChar: orgCheck });
    expect(r.warnings).toEqual([expect.stringContaining(`embedded organisation code ${org} fails its own check`)]);
  });

  it('treats an embedded org-code failure alone as a warning: validity follows position 18 (USCC-05)', () => {
    // Same first 17 characters as 91110108717809965C, but with the correct position-18 character.
    const r = checkUscc('91110108717809965J');
    expect(r.valid).toBe(true);
    expect(r.reason).toBeNull();
    expect(r.parts.orgCode?.valid).toBe(false);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('USCC-05');
    expect(r.disposition).toEqual({ existingEntity: 'warn', newIssuance: 'block' });
  });
});

describe('checkUscc — normalisation, length and charset (USCC-01)', () => {
  it('upper-cases the input and validates it', () => {
    const r = checkUscc('91500000202897821p');
    expect(r.code).toBe('91500000202897821P');
    expect(r.valid).toBe(true);
    expect(checkUscc('12110108mb012357xn')).toMatchObject({ code: '12110108MB012357XN', valid: true });
  });

  it('does not trim: surrounding whitespace makes the length wrong and is pointed out', () => {
    const r = checkUscc(' 91500000202897821P');
    expect(r.code).toBe(' 91500000202897821P');
    expect(r).toMatchObject({ valid: false, reason: 'length is 19, expected 18' });
    expect(r.warnings).toContain('input has leading or trailing whitespace, which is not removed automatically');
  });

  it('rejects the empty string', () => {
    const r = checkUscc('');
    expect(r).toMatchObject({ code: '', valid: false, checkChar: null, authority: null, entityType: null, division: null });
    expect(r.reason).toBe('code is empty, expected 18 characters');
    expect(r.parts).toEqual({ authority: null, entityType: null, division: null, orgCode: null });
    expect(r.disposition).toEqual({ existingEntity: 'block', newIssuance: 'block' });
  });

  it('rejects a 17-character code but still reports the check character it needs', () => {
    const r = checkUscc('9150000020289782');
    expect(r).toMatchObject({ valid: false, reason: 'length is 16, expected 18', checkChar: null });
    const r17 = checkUscc('91500000202897821');
    expect(r17).toMatchObject({ valid: false, reason: 'length is 17, expected 18', checkChar: 'P' });
    expect(r17.disposition.existingEntity).toBe('block');
  });

  it('rejects a 19-character code, reporting the check character for its first 17', () => {
    expect(checkUscc('91500000202897821PP')).toMatchObject({
      valid: false,
      reason: 'length is 19, expected 18',
      checkChar: 'P',
    });
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the forbidden letter %s', (letter) => {
    const code = `91500000${letter}02897821P`;
    const r = checkUscc(code);
    expect(r.valid).toBe(false);
    expect(r.reason).toBe(`character '${letter}' at position 9 is not allowed (I, O, S, V and Z are never used)`);
    expect(r.checkChar).toBeNull();
    expect(r.disposition).toEqual({ existingEntity: 'block', newIssuance: 'block' });
  });

  it('rejects a forbidden letter in position 18 by charset, not by check character', () => {
    expect(checkUscc('91500000202897821O').reason).toBe(
      "character 'O' at position 18 is not allowed (I, O, S, V and Z are never used)",
    );
    expect(checkUscc('91500000202897821O').checkChar).toBe('P');
  });

  it('rejects punctuation, full-width digits and invisible characters', () => {
    expect(checkUscc('91500000-02897821P').reason).toBe(
      "character '-' at position 9 is not allowed (only digits and the letters A–Y other than I, O, S, V and Z are used)",
    );
    expect(checkUscc('９1500000202897821P').reason).toMatch(/^character '９' at position 1 is not allowed/);
    expect(checkUscc('91500000202897821\u200b').reason).toMatch(/^character U\+200B at position 18 is not allowed/);
  });

  it('does not let non-ASCII case mapping create valid characters', () => {
    // 'ﬀ'.toUpperCase() is 'FF' in JavaScript; the code must not grow or change.
    const r = checkUscc('91500000202897821ﬀ'.slice(0, 18));
    expect(r.code).toBe('91500000202897821ﬀ'.slice(0, 18));
    expect(r.valid).toBe(false);
  });

  it('checks length before charset', () => {
    expect(checkUscc('O1500000202897821').reason).toBe('length is 17, expected 18');
  });
});

describe('checkUscc — unknown codes are warnings, not invalidity', () => {
  it('warns about an unknown registration authority but keeps the code valid', () => {
    // 'B' is not a registration-authority code; the check character is computed for this 17-char prefix.
    const r = checkUscc('B1500000202897821Y');
    expect(r.checkChar).not.toBeNull();
    const code = `B1500000202897821${r.checkChar}`;
    const ok = checkUscc(code);
    expect(ok.valid).toBe(true);
    expect(ok.parts.authority).toEqual({ code: 'B', nameZh: null, nameEn: null, known: false, confidence: null });
    expect(ok.parts.entityType?.known).toBe(false);
    expect(ok.warnings).toEqual(["registration-authority code 'B' at position 1 is not in the code table"]);
    expect(ok.disposition).toEqual({ existingEntity: 'warn', newIssuance: 'block' });
  });

  it('warns about an entity type the authority does not define', () => {
    const first17 = '94500000202897821'; // authority 9 defines 1, 2 and 3 only
    const code = `${first17}${checkUscc(first17).checkChar}`;
    const r = checkUscc(code);
    expect(r.valid).toBe(true);
    expect(r.parts.entityType).toEqual({ code: '4', nameZh: null, nameEn: null, known: false });
    expect(r.warnings).toEqual(["entity-type code '4' at position 2 is not defined for registration authority '9'"]);
  });

  it('warns when positions 3–8 are not digits and leaves division null', () => {
    const first17 = '915000A0202897821';
    const code = `${first17}${checkUscc(first17).checkChar}`;
    const r = checkUscc(code);
    expect(r.valid).toBe(true);
    expect(r.division).toBeNull();
    expect(r.parts.division).toBeNull();
    expect(r.warnings).toEqual(["positions 3–8 '5000A0' are not a 6-digit GB/T 2260 division code"]);
  });

  it('marks later-assigned authorities as medium confidence without warning', () => {
    const first17 = '31500000202897821'; // 3-1 law firm
    const r = checkUscc(`${first17}${checkUscc(first17).checkChar}`);
    expect(r.valid).toBe(true);
    expect(r.parts.authority).toMatchObject({ code: '3', known: true, confidence: 'medium' });
    expect(r.parts.entityType).toMatchObject({ nameZh: '律师执业机构', known: true });
    expect(r.warnings).toEqual([]);
  });
});
