// Property tests (fast-check) for the USCC domain code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USCC_ALPHABET } from './uscc-alphabet.ts';
import { buildUscc } from './build-uscc.ts';
import { checkUscc } from './check-uscc.ts';
import { orgBodyBlockSize, orgBodyForSequence } from './org-body-for-sequence.ts';
import { REGISTRATION_AUTHORITY_TABLE } from './registration-authorities.ts';

const authorityAndType = fc.constantFrom(
  ...REGISTRATION_AUTHORITY_TABLE.authorities.flatMap((a) =>
    a.entityTypes.map((t) => ({ authority: a.code, entityType: t.code })),
  ),
);
const division = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 });
const orgBody = fc.string({ unit: fc.constantFrom(...USCC_ALPHABET), minLength: 8, maxLength: 8 });
const builtCode = fc
  .record({ at: authorityAndType, division, orgBody })
  .map(({ at, division: d, orgBody: b }) => buildUscc({ ...at, division: d, orgBody: b }));

// Guarantees: every code that differs from `code` in exactly one position by another alphabet symbol.
function singleSubstitutions(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 1) {
    for (const c of USCC_ALPHABET) {
      if (c !== code.charAt(i)) out.push(code.slice(0, i) + c + code.slice(i + 1));
    }
  }
  return out;
}

describe('USCC properties', () => {
  it('every code built by buildUscc validates, without warnings, with a valid embedded org code', () => {
    fc.assert(
      fc.property(builtCode, (code) => {
        const r = checkUscc(code);
        expect(r.valid).toBe(true);
        expect(r.warnings).toEqual([]);
        expect(r.parts.orgCode?.valid).toBe(true);
        expect(r.disposition).toEqual({ existingEntity: 'accept', newIssuance: 'accept' });
      }),
      { numRuns: 500 },
    );
  });

  it('every single-character substitution of a valid code is invalid, and the right check char is still reported', () => {
    fc.assert(
      fc.property(builtCode, (code) => {
        const subs = singleSubstitutions(code);
        expect(subs).toHaveLength(18 * 30);
        for (const changed of subs) {
          const r = checkUscc(changed);
          expect(r.valid, changed).toBe(false);
          expect(r.reason, changed).toMatch(/^check character is '.', expected '.'$/);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('every single-character substitution of the published valid codes is invalid', () => {
    for (const code of ['11500000009275780L', '11500228733970274Y', '9150000020286320X6', '53100000MJ0065049E']) {
      for (const changed of singleSubstitutions(code)) expect(checkUscc(changed).valid, changed).toBe(false);
    }
  });

  it('orgBodyForSequence is injective and strictly increasing over a sample', () => {
    const size = orgBodyBlockSize('MA');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { minLength: 2, maxLength: 200 }), (ns) => {
        const sorted = [...ns].sort((a, b) => a - b);
        const bodies = sorted.map((n) => orgBodyForSequence('MA', n));
        expect(new Set(bodies).size).toBe(bodies.length);
        for (let i = 1; i < bodies.length; i += 1) expect((bodies[i - 1] ?? '') < (bodies[i] ?? '')).toBe(true);
        for (const b of bodies) expect(b).toMatch(/^MA[0-9A-HJ-NPQRTUWXY]{6}$/);
      }),
    );
  });

  it('orgBodyForSequence bodies build valid codes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: orgBodyBlockSize('MA') - 1 }), (n) => {
        const code = buildUscc({ authority: '9', entityType: '1', division: '500112', orgBody: orgBodyForSequence('MA', n) });
        expect(checkUscc(code).valid).toBe(true);
      }),
    );
  });
});
