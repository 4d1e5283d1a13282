// Enterprise names for `zimao generate`: division + trade name + industry wording + form (企业名称登记管理规定 Art. 6),
// checked with the names feature's own parser and rules, so the name check finds them by the keys it searches
// (trade name, toneless pinyin) and no generated name is one the register would refuse.
//
// No two generated enterprises share a trade name within one industry group (Art. 17 would make the later one a
// conflict): each group draws trade names from its own permutation of each length tier, never the same index twice.
// Across groups the same trade names recur, most of all the short popular ones (华美科技, 华美贸易 …).
import { parseName, ruleViolations, tradeNamePinyin, type PreparedNameRules } from '../../domain/names/index.ts';
import { Permutation, Prng, Weighted } from './prng.ts';
import { POPULAR_TRADE_NAMES, TRADE_NAME_CHARS, TRADE_NAME_TIERS } from './vocabulary.ts';

export interface GeneratedName {
  name: string;
  tradeName: string;
  tradeNamePinyin: string;
  /** The industry wording as the parser reads it. */
  industry: string;
}

type Tier = (typeof TRADE_NAME_TIERS)[number];

/** One tier of trade names: the index range [offset, offset + size) of its length, written in the character set. */
interface TierSpace {
  tier: Tier;
  offset: number;
  size: number;
}

function tierSpaces(): TierSpace[] {
  const c = TRADE_NAME_CHARS.length;
  return TRADE_NAME_TIERS.map((tier) => {
    if (tier.tier === 'popular') return { tier, offset: 0, size: POPULAR_TRADE_NAMES };
    if (tier.tier === 'short') return { tier, offset: POPULAR_TRADE_NAMES, size: c ** 2 - POPULAR_TRADE_NAMES };
    return { tier, offset: 0, size: c ** tier.length };
  });
}

/** The trade name with that index among names of `length` characters (base-C digits over TRADE_NAME_CHARS). */
function tradeNameAt(index: number, length: number): string {
  const c = TRADE_NAME_CHARS.length;
  let rest = index;
  let out = '';
  for (let i = 0; i < length; i++) {
    out = TRADE_NAME_CHARS[rest % c]! + out;
    rest = Math.floor(rest / c);
  }
  return out;
}

export class TradeNameAllocator {
  private readonly spaces = tierSpaces();
  private readonly tiers: Weighted<number>;
  private readonly permutations = new Map<string, Permutation>();
  private readonly taken = new Map<string, number>();
  /** Names the parser or the rules did not accept as built; they are skipped, never registered. */
  rejected = 0;

  constructor(private readonly seed: number, private readonly rules: PreparedNameRules) {
    this.tiers = new Weighted(this.spaces.map((_, i) => i), this.spaces.map((s) => s.tier.weight));
  }

  /**
   * A name of the industry `group` whose wording is `wording`: the next unused trade name of a drawn tier (the next
   * tier when one is used up), accepted only when the parser reads back exactly the parts it was built from and no
   * naming rule fails.
   */
  next(prng: Prng, group: string, division: string, wording: string, form: string): GeneratedName {
    let tierIndex = this.tiers.draw(prng);
    for (;;) {
      const space = this.spaces[tierIndex]!;
      const key = `${group}|${space.tier.tier}`;
      const used = this.taken.get(key) ?? 0;
      if (used >= space.size) {
        tierIndex = (tierIndex + 1) % this.spaces.length;
        continue;
      }
      this.taken.set(key, used + 1);
      const tradeName = tradeNameAt(space.offset + this.permutation(key, space).at(used), space.tier.length);
      const name = `${division}${tradeName}${wording}${form}`;
      const parsed = parseName(name, this.rules);
      if (parsed.tradeName === tradeName && parsed.industry === wording && parsed.form === form && ruleViolations(parsed, this.rules).length === 0) {
        return { name, tradeName, tradeNamePinyin: tradeNamePinyin(tradeName), industry: wording };
      }
      this.rejected += 1;
    }
  }

  private permutation(key: string, space: TierSpace): Permutation {
    let p = this.permutations.get(key);
    if (!p) {
      let h = this.seed;
      for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
      p = new Permutation(space.size, h);
      this.permutations.set(key, p);
    }
    return p;
  }
}
