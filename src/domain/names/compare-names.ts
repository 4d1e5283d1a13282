// Compares a declared name with names on the register (domain-rules NAME-10, NAME-12). Only an identical trade name
// in the same industry (or where either name has no industry wording) that is registered, reserved, or gone for less
// than a year blocks the name; homophones, containment and synonymous industry words are shown, never decisive.
import { pinyin } from 'pinyin-pro';
import { NAME_REGULATION, type ExistingName, type NameComparison, type NameReason, type SimilarKind, type SimilarName } from './name-result.ts';
import type { PreparedNameRules } from './name-rules.ts';
import { parseName, type ParsedName } from './parse-name.ts';

const ART_17 = `${NAME_REGULATION} 第十七条`;
const COMPARISON_RULES = '《企业名称相同相近比对规则》(工商企注字〔2017〕133号)；自2021年起仅供提示';

/** Toneless pinyin of a trade name, the homophone key: 红光 and 宏光 are both hongguang. */
export function tradeNamePinyin(tradeName: string): string {
  return pinyin(tradeName, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();
}

/** "Less than one year" (Art. 17 items 2–3): `since` is later than `asOf` minus the period in calendar years. */
export function stillBlocks(existing: ExistingName, asOf: string, years: number): boolean {
  if (existing.status === 'registered' || existing.status === 'reserved') return true;
  return existing.since > minusYears(asOf, years);
}

function minusYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const year = y - years;
  // 29 February minus a year is 28 February, the last day of that month.
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

type IndustryRelation = 'same' | 'none-stated' | 'synonym' | 'different';

function coreWords(parsed: ParsedName, rules: PreparedNameRules): string[] {
  const core = parsed.industryWords.filter((w) => !rules.featureWords.has(w));
  return core.length > 0 ? core : [...parsed.industryWords];
}

function industryRelation(a: ParsedName, b: ParsedName, rules: PreparedNameRules): IndustryRelation {
  if (!a.industry || !b.industry) return 'none-stated';
  const coreA = coreWords(a, rules);
  const coreB = coreWords(b, rules);
  if (coreA.join('') === coreB.join('')) return 'same';
  const groups = (words: string[]): string => words.map((w) => rules.groupOf.get(w) ?? w).join('+');
  return groups(coreA) === groups(coreB) ? 'synonym' : 'different';
}

export interface Comparison {
  readonly conflicts: NameComparison[];
  readonly similar: SimilarName[];
}

export function compareWithRegister(declared: ParsedName, existing: readonly ExistingName[], asOf: string, rules: PreparedNameRules): Comparison {
  const conflicts: NameComparison[] = [];
  const similar: SimilarName[] = [];
  const declaredPinyin = tradeNamePinyin(declared.tradeName);
  for (const entry of existing) {
    const other = parseName(entry.name, rules);
    const relation = industryRelation(declared, other, rules);
    if (relation === 'different') continue;
    const blocks = stillBlocks(entry, asOf, rules.conflictYears);
    const view = { name: entry.name, status: entry.status, since: entry.since, tradeName: other.tradeName, industry: other.industry };
    const identical = other.tradeName === declared.tradeName;
    if (identical && relation !== 'synonym') {
      if (blocks && !entry.relatedInvestment) conflicts.push({ ...view, reason: conflictReason(entry, other, rules) });
      else similar.push({ ...view, kind: blocks ? 'identical-related-investment' : 'identical-lapsed', reason: advisory(blocks ? 'identical-related-investment' : 'identical-lapsed', other, rules) });
      continue;
    }
    if (!blocks) continue;
    const kind: SimilarKind | null = identical
      ? 'synonymous-industry'
      : tradeNamePinyin(other.tradeName) === declaredPinyin
        ? 'same-pronunciation'
        : declared.tradeName.includes(other.tradeName) && [...other.tradeName].length >= 2
          ? 'contains-existing'
          : null;
    if (kind) similar.push({ ...view, kind, reason: advisory(kind, other, rules) });
  }
  return { conflicts, similar };
}

function conflictReason(entry: ExistingName, other: ParsedName, rules: PreparedNameRules): NameReason {
  const gone = entry.status !== 'registered' && entry.status !== 'reserved';
  const statusZh = { registered: '已登记', reserved: '已申报保留', deregistered: '注销', changed: '变更', revoked: '被撤销' }[entry.status];
  return {
    code: 'NAME-10',
    zh: gone
      ? `字号“${other.tradeName}”与同行业${statusZh}不满${rules.conflictYears}年的名称“${entry.name}”（${entry.since}）相同。`
      : `字号“${other.tradeName}”与同一登记机关${statusZh}的同行业名称“${entry.name}”相同。`,
    en: gone
      ? `The trade name "${other.tradeName}" is identical to that of "${entry.name}", ${entry.status} on ${entry.since}, less than ${rules.conflictYears} year ago, in the same industry.`
      : `The trade name "${other.tradeName}" is identical to that of "${entry.name}", ${entry.status} at the same authority in the same industry.`,
    legalBasis: ART_17,
  };
}

function advisory(kind: SimilarKind, other: ParsedName, rules: PreparedNameRules): NameReason {
  const texts: Record<SimilarKind, [string, string, string]> = {
    'same-pronunciation': [`字号与“${other.tradeName}”读音相同，仅作提示。`, `The trade name sounds the same as "${other.tradeName}"; advisory only.`, COMPARISON_RULES],
    'contains-existing': [`字号包含同行业已有字号“${other.tradeName}”，仅作提示。`, `The trade name contains the existing same-industry trade name "${other.tradeName}"; advisory only.`, COMPARISON_RULES],
    'synonymous-industry': [`字号相同，行业用语“${other.industry ?? ''}”含义相同，仅作提示。`, `Same trade name with industry wording of the same meaning ("${other.industry ?? ''}"); advisory only.`, COMPARISON_RULES],
    'identical-related-investment': ['字号相同，但申请人声明存在投资关系，不构成冲突。', 'Identical trade name, but the applicant declares an investment relationship: not a conflict.', ART_17],
    'identical-lapsed': [`字号相同的名称已注销、变更或撤销满${rules.conflictYears}年，不再构成冲突。`, `An identical trade name was deregistered, changed or revoked ${rules.conflictYears} year or more ago: no longer a conflict.`, ART_17],
  };
  const [zh, en, legalBasis] = texts[kind];
  return { code: kind.startsWith('identical') ? 'NAME-10' : 'NAME-12', zh, en, legalBasis };
}
