import { describe, expect, it } from 'vitest';
import rawTable from '../../../reference-data/uscc/registration-authority-codes.json' with { type: 'json' };
import {
  REGISTRATION_AUTHORITY_TABLE,
  findRegistrationAuthority,
  findRegistrationEntityType,
} from './registration-authorities.ts';
import { RegistrationAuthorityTable } from './registration-authority-table.ts';

describe('registration-authority code table', () => {
  it('records its source and effective date', () => {
    expect(REGISTRATION_AUTHORITY_TABLE.source.standard).toBe('GB 32100-2015');
    expect(REGISTRATION_AUTHORITY_TABLE.effectiveFrom).toBe('2015-10-01');
  });

  it('holds the GB 32100-2015 authorities as high confidence and later ones as medium', () => {
    const byConfidence = (c: string): string[] =>
      REGISTRATION_AUTHORITY_TABLE.authorities.filter((a) => a.confidence === c).map((a) => a.code);
    expect(byConfidence('high')).toEqual(['1', '5', '9', 'Y']);
    expect(byConfidence('medium')).toEqual(['2', '3', '4', '6', '7', '8', 'A', 'N']);
  });

  it.each([
    ['1', ['1', '2', '3', '9']],
    ['5', ['1', '2', '3', '9']],
    ['9', ['1', '2', '3']],
    ['Y', ['1']],
  ])('authority %s defines entity types %j', (code, types) => {
    expect(findRegistrationAuthority(code)?.entityTypes.map((t) => t.code)).toEqual(types);
  });

  it('finds the later-assigned entity types named in the rulebook', () => {
    expect(findRegistrationEntityType('3', '1')?.nameZh).toBe('律师执业机构');
    expect(findRegistrationEntityType('3', '2')?.nameZh).toBe('公证处');
    expect(findRegistrationEntityType('7', '1')?.nameZh).toBe('宗教活动场所');
    expect(findRegistrationEntityType('8', '1')?.nameZh).toBe('基层工会');
    expect(findRegistrationEntityType('N', '2')?.nameZh).toBe('村级集体经济组织');
    expect(findRegistrationEntityType('9', '9')).toBeUndefined();
    expect(findRegistrationAuthority('y')).toBeUndefined();
  });

  it('is deeply frozen', () => {
    const enterprise = findRegistrationEntityType('9', '1');
    expect(Object.isFrozen(REGISTRATION_AUTHORITY_TABLE.authorities)).toBe(true);
    expect(Object.isFrozen(enterprise)).toBe(true);
  });

  it('rejects duplicate codes, symbols outside the alphabet and unknown confidence marks', () => {
    const clone = (): { authorities: Array<Record<string, unknown>> } => structuredClone(rawTable);
    const dupAuthority = clone();
    dupAuthority.authorities.push(dupAuthority.authorities[0] ?? {});
    expect(RegistrationAuthorityTable.safeParse(dupAuthority).success).toBe(false);

    const badSymbol = clone();
    badSymbol.authorities[0] = { ...badSymbol.authorities[0], code: 'O' };
    expect(RegistrationAuthorityTable.safeParse(badSymbol).success).toBe(false);

    const badConfidence = clone();
    badConfidence.authorities[0] = { ...badConfidence.authorities[0], confidence: 'low' };
    expect(RegistrationAuthorityTable.safeParse(badConfidence).success).toBe(false);

    expect(RegistrationAuthorityTable.safeParse(clone()).success).toBe(true);
  });
});
