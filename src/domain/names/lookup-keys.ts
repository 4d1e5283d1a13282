// What the register must be searched for so that every name compareWithRegister could report is found, without
// scanning 3.5 million names: the trade name itself (conflicts, synonyms), its pinyin (homophones), and every
// substring of two or more characters (existing trade names the declared one contains).
import { tradeNamePinyin } from './compare-names.ts';

export interface TradeNameLookup {
  readonly tradeNames: readonly string[];
  readonly pinyin: string;
}

export function tradeNameLookupKeys(tradeName: string): TradeNameLookup {
  const chars = [...tradeName];
  const keys = new Set<string>();
  for (let start = 0; start < chars.length; start++) {
    for (let end = start + 2; end <= chars.length; end++) keys.add(chars.slice(start, end).join(''));
  }
  keys.add(tradeName);
  return { tradeNames: [...keys], pinyin: tradeNamePinyin(tradeName) };
}
