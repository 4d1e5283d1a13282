// Generated names: never the same trade name twice in one industry group, even once the popular tier is used up
// (Art. 17 would make the second a conflict); the same trade names in other groups; every one parses into its parts.
import { describe, expect, it } from 'vitest';
import { parseName, ruleViolations } from '../../domain/names/index.ts';
import { nameRules } from '../features/names/name-rules-file.ts';
import { TradeNameAllocator } from './names.ts';
import { Prng } from './prng.ts';
import { POPULAR_TRADE_NAMES, TRADE_NAME_CHARS, WORDING_BY_CODE_PREFIX } from './vocabulary.ts';

describe('TradeNameAllocator', () => {
  it('gives distinct trade names within a group past the popular tier, each parsing back into its parts', () => {
    const rules = nameRules();
    const allocator = new TradeNameAllocator(11, rules);
    const prng = new Prng(11, 'test');
    const trade = Array.from({ length: 8 * POPULAR_TRADE_NAMES }, () => allocator.next(prng, 'technology', '重庆', '科技', '有限公司'));
    expect(new Set(trade.map((n) => n.tradeName)).size).toBe(trade.length);
    expect(trade.filter((n) => [...n.tradeName].length === 2).length).toBeGreaterThan(POPULAR_TRADE_NAMES);
    for (const n of trade) {
      const parsed = parseName(n.name, rules);
      expect([parsed.division, parsed.tradeName, parsed.industry, parsed.form]).toEqual(['重庆', n.tradeName, '科技', '有限公司']);
      expect(ruleViolations(parsed, rules)).toEqual([]);
    }
    // Another group draws from the same trade names in another order: the popular ones recur across industries.
    const other = Array.from({ length: 400 }, () => allocator.next(prng, 'trade', '重庆市', '贸易', '股份有限公司'));
    const mine = new Set(trade.map((n) => n.tradeName));
    expect(other.filter((n) => mine.has(n.tradeName)).length).toBeGreaterThan(10);
  });

  it('writes trade names in characters listed once each (two indexes never spell one name)', () => {
    expect(new Set(TRADE_NAME_CHARS).size).toBe(TRADE_NAME_CHARS.length);
  });

  it('uses only industry wording the name rules recognise, each with its synonym group', () => {
    const rules = nameRules();
    for (const words of Object.values(WORDING_BY_CODE_PREFIX)) {
      for (const word of words) expect(rules.groupOf.get(word), word).toEqual(expect.any(String));
    }
  });
});
