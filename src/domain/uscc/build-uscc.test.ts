import { describe, expect, it } from 'vitest';
import { buildUscc, type BuildUsccInput } from './build-uscc.ts';
import { checkUscc } from './check-uscc.ts';
import { UsccInputError } from './uscc-input-error.ts';

describe('buildUscc', () => {
  it.each([
    [{ authority: '1', entityType: '1', division: '500000', orgBody: '00927578' }, '11500000009275780L'],
    [{ authority: '9', entityType: '1', division: '500000', orgBody: '20286320' }, '9150000020286320X6'],
    [{ authority: '5', entityType: '3', division: '100000', orgBody: 'MJ006504' }, '53100000MJ0065049E'],
    [{ authority: '1', entityType: '2', division: '110108', orgBody: 'MB012357' }, '12110108MB012357XN'],
  ])('rebuilds the published code %#', (input, expected) => {
    expect(buildUscc(input)).toBe(expected);
  });

  it('builds a Chongqing enterprise code that validates without warnings', () => {
    const code = buildUscc({ authority: '9', entityType: '1', division: '500112', orgBody: 'MA000001' });
    expect(code).toMatch(/^91500112MA000001[0-9X][0-9A-HJ-NPQRTUWXY]$/);
    expect(checkUscc(code)).toMatchObject({ valid: true, warnings: [] });
  });

  const base: BuildUsccInput = { authority: '9', entityType: '1', division: '500112', orgBody: 'MA000001' };
  it.each<[Partial<BuildUsccInput>, string]>([
    [{ authority: 'B' }, 'authority'],
    [{ authority: '' }, 'authority'],
    [{ authority: '9', entityType: '9' }, 'entityType'],
    [{ authority: 'Y', entityType: '2' }, 'entityType'],
    [{ division: '50011' }, 'division'],
    [{ division: '5001120' }, 'division'],
    [{ division: '50011A' }, 'division'],
    [{ orgBody: 'MA00000' }, 'orgBody'],
    [{ orgBody: 'MA0000001' }, 'orgBody'],
    [{ orgBody: 'MA00000O' }, 'orgBody'],
    [{ orgBody: 'ma000001' }, 'orgBody'],
    [{ orgBody: 'MA-00001' }, 'orgBody'],
  ])('throws UsccInputError for %j naming field %s', (patch, field) => {
    const call = (): string => buildUscc({ ...base, ...patch });
    expect(call).toThrow(UsccInputError);
    expect(call).toThrow(expect.objectContaining({ field }));
  });
});
