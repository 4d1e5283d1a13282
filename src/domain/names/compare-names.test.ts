import { describe, expect, it } from 'vitest';
import type { ExistingName } from './name-result.ts';
import { AS_OF, check, registered } from './names-test-kit.ts';
import { tradeNameLookupKeys } from './lookup-keys.ts';

const gone = (status: ExistingName['status'], since: string, name = '重庆红光科技有限公司'): ExistingName => ({ name, status, since });

describe('hard conflicts (NAME-10, Art. 17)', () => {
  it('an identical trade name in the same industry, registered, blocks the name', () => {
    const result = check('重庆红光科技有限公司', [registered('重庆红光科技有限公司')]);
    expect(result.verdict).toBe('conflict');
    expect(result.conflicts.map((c) => c.name)).toEqual(['重庆红光科技有限公司']);
    expect(result.reasons[0]).toMatchObject({ code: 'NAME-10', legalBasis: expect.stringContaining('第十七条') });
  });

  it('a reserved name blocks like a registered one', () => {
    expect(check('重庆红光科技有限公司', [{ name: '重庆红光科技有限公司', status: 'reserved', since: '2026-11-01' }]).verdict).toBe('conflict');
  });

  it('the same industry ignores business-feature words and the form: 红光科技发展股份有限公司 blocks 红光科技有限公司', () => {
    expect(check('重庆红光科技有限公司', [registered('重庆市红光科技发展股份有限公司')]).verdict).toBe('conflict');
  });

  it('the division may be written in another place: 红光（重庆）科技 blocks 重庆红光科技', () => {
    expect(check('重庆红光科技有限公司', [registered('红光（重庆）科技有限公司')]).verdict).toBe('conflict');
  });

  it('a name with no industry wording blocks every industry, and is blocked by every industry', () => {
    expect(check('重庆红光科技有限公司', [registered('重庆红光有限公司')]).verdict).toBe('conflict');
    expect(check('重庆红光有限公司', [registered('重庆红光餐饮有限公司')]).verdict).toBe('conflict');
  });

  it('the same trade name in another industry is neither a conflict nor similar', () => {
    const result = check('重庆红光科技有限公司', [registered('重庆红光餐饮有限公司')]);
    expect(result.verdict).toBe('available');
    expect(result.similar).toEqual([]);
  });

  it('an investment relationship lifts the conflict; the name is shown as similar with the reason', () => {
    const result = check('重庆红光科技有限公司', [{ ...registered('重庆红光科技有限公司'), relatedInvestment: true }]);
    expect(result.verdict).toBe('available');
    expect(result.similar.map((s) => s.kind)).toEqual(['identical-related-investment']);
  });

  describe('deregistered, changed or revoked: blocks while `since` is later than asOf minus one calendar year', () => {
    it.each([
      ['deregistered', '2025-11-25', 'conflict'],
      ['deregistered', '2025-11-24', 'available'],
      ['deregistered', '2025-11-23', 'available'],
      ['revoked', '2025-11-25', 'conflict'],
      ['revoked', '2025-11-24', 'available'],
      ['changed', '2026-06-01', 'conflict'],
      ['changed', '2024-06-01', 'available'],
    ] as const)('%s on %s, checked on 2026-11-24 → %s', (status, since, verdict) => {
      expect(check('重庆红光科技有限公司', [gone(status, since)], AS_OF).verdict).toBe(verdict);
    });

    it('29 February minus a year is 28 February', () => {
      expect(check('重庆红光科技有限公司', [gone('deregistered', '2023-03-01')], '2024-02-29').verdict).toBe('conflict');
      expect(check('重庆红光科技有限公司', [gone('deregistered', '2023-02-28')], '2024-02-29').verdict).toBe('available');
    });

    it('a lapsed identical name is shown, not counted', () => {
      const result = check('重庆红光科技有限公司', [gone('deregistered', '2020-01-01')]);
      expect(result.similar.map((s) => s.kind)).toEqual(['identical-lapsed']);
    });
  });

  it('a rule failure outranks a conflict, and the conflict is still listed', () => {
    const result = check('重庆红光科技', [registered('重庆红光科技有限公司')]);
    expect(result.verdict).toBe('rejected');
    expect(result.conflicts).toHaveLength(1);
  });
});

describe('similar names are advisory (NAME-12)', () => {
  it('the same pronunciation: 宏光 and 红光 (hongguang)', () => {
    const result = check('重庆宏光科技有限公司', [registered('重庆红光科技有限公司')]);
    expect(result.verdict).toBe('available');
    expect(result.similar).toMatchObject([{ kind: 'same-pronunciation', tradeName: '红光', reason: { code: 'NAME-12' } }]);
    expect(result.tradeNamePinyin).toBe('hongguang');
  });

  it('a trade name containing an existing one in the same industry', () => {
    const result = check('重庆红光明科技有限公司', [registered('重庆红光科技有限公司')]);
    expect(result.verdict).toBe('available');
    expect(result.similar.map((s) => s.kind)).toEqual(['contains-existing']);
  });

  it('industry words with the same meaning: 地产, 房地产, 置业', () => {
    for (const existing of ['重庆万青房地产有限公司', '重庆万青置业有限公司']) {
      const result = check('重庆万青地产有限公司', [registered(existing)]);
      expect(result.verdict).toBe('available');
      expect(result.similar.map((s) => s.kind)).toEqual(['synonymous-industry']);
    }
  });

  it('a homophone in another industry is not shown', () => {
    expect(check('重庆宏光餐饮有限公司', [registered('重庆红光科技有限公司')]).similar).toEqual([]);
  });

  it('a long-deregistered homophone is not shown', () => {
    expect(check('重庆宏光科技有限公司', [gone('deregistered', '2019-01-01')]).similar).toEqual([]);
  });
});

describe('tradeNameLookupKeys: what the register is searched for', () => {
  it('every substring of two or more characters, and the pinyin', () => {
    const keys = tradeNameLookupKeys('红光明');
    expect([...keys.tradeNames].sort()).toEqual(['光明', '红光', '红光明']);
    expect(keys.pinyin).toBe('hongguangming');
  });

  it('finds every name the comparison reports (a found name is one whose trade name or pinyin is a key)', () => {
    const existing = [registered('重庆红光科技有限公司'), registered('重庆光明科技有限公司'), registered('重庆宏光明科技有限公司')];
    const result = check('重庆红光明科技有限公司', existing);
    const keys = tradeNameLookupKeys('红光明');
    for (const hit of [...result.conflicts, ...result.similar]) {
      expect(keys.tradeNames.includes(hit.tradeName) || keys.pinyin === check(hit.name).tradeNamePinyin).toBe(true);
    }
    expect(result.similar.length).toBe(3);
  });
});
