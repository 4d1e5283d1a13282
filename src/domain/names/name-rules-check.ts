// The rules a name must pass before it is compared with others (domain-rules §5.2): each failure is a reason to
// reject, naming the article of the 企业名称登记管理规定 (2021) it applies.
import { NAME_REGULATION, type NameReason } from './name-result.ts';
import type { NameLegalForm, PreparedNameRules } from './name-rules.ts';
import type { ParsedName } from './parse-name.ts';

const reason = (code: string, article: string, zh: string, en: string): NameReason => ({ code, zh, en, legalBasis: `${NAME_REGULATION} ${article}` });

// NAME-02: standard Chinese characters; the only other marks a name carries are its brackets.
const HAN_AND_BRACKETS = /^[\p{Script=Han}（）]+$/u;

export function ruleViolations(parsed: ParsedName, rules: PreparedNameRules, legalForm?: NameLegalForm): NameReason[] {
  const found: NameReason[] = [];
  if (!HAN_AND_BRACKETS.test(parsed.normalized)) {
    found.push(reason('NAME-02', '第四条', '企业名称应当使用规范汉字，不得含有字母、数字或其他符号。', 'An enterprise name uses standard Chinese characters only: no letters, digits or other symbols.'));
  }
  if (!parsed.form) {
    found.push(reason('NAME-05', '第六条、第十条', '未识别到组织形式，名称应以“有限公司”“股份有限公司”“合伙企业（有限合伙）”等结尾。', 'No organisational form recognised; the name must end with one, e.g. 有限公司, 股份有限公司, 合伙企业（有限合伙）.'));
  } else if (legalForm && !parsed.legalForms.includes(legalForm)) {
    found.push(reason('NAME-05', '第十条', `组织形式“${parsed.form}”与申请的企业类型不符。`, `The organisational form "${parsed.form}" does not match the legal form ${legalForm}.`));
  }
  if (!parsed.division) {
    found.push(reason('NAME-03', '第六条、第七条', '名称应冠以企业所在地行政区划名称，如“重庆”“重庆市渝北区”。', 'The name must begin with the division where the enterprise sits, e.g. 重庆 or 重庆市渝北区.'));
  } else if (parsed.divisionKind === 'other') {
    found.push(reason('NAME-03', '第七条', `行政区划“${parsed.division}”不属于中国（重庆）自由贸易试验区登记机关辖区。`, `The division "${parsed.division}" is not the zone registering authority's (Chongqing and the zone's seven districts).`));
  }
  if (parsed.developmentZone && !parsed.division) {
    found.push(reason('NAME-03', '第七条', `开发区名称“${parsed.developmentZone}”只能与行政区划名称连用。`, `A development-zone name (${parsed.developmentZone}) may appear only together with a division name.`));
  }
  found.push(...tradeNameViolations(parsed, rules));
  found.push(...restrictedWordViolations(parsed, rules));
  return found;
}

function tradeNameViolations(parsed: ParsedName, rules: PreparedNameRules): NameReason[] {
  const trade = parsed.tradeName;
  if ([...trade].length < 2) {
    return [reason('NAME-04', '第八条', `字号“${trade}”不足两个汉字。`, `The trade name "${trade}" has fewer than two Chinese characters.`)];
  }
  if (rules.allDivisionNames.has(trade)) {
    return [reason('NAME-04', '第八条', `行政区划名称“${trade}”不得用作字号。`, `A division name ("${trade}") cannot be the trade name.`)];
  }
  if (rules.industryWords.some((w) => w.word === trade)) {
    return [reason('NAME-04', '第八条', `行业用语“${trade}”不得用作字号。`, `Industry wording ("${trade}") cannot be the trade name.`)];
  }
  return [];
}

function restrictedWordViolations(parsed: ParsedName, rules: PreparedNameRules): NameReason[] {
  const found: NameReason[] = [];
  const prefix = rules.restrictedPrefixes.find((w) => parsed.normalized.startsWith(w));
  if (prefix) {
    found.push(reason('NAME-07', '第十二条', `名称以“${prefix}”开头须经国务院批准，不能自主申报。`, `A name beginning with ${prefix} needs State Council approval and cannot be self-declared.`));
  }
  const inTrade = rules.restrictedPrefixes.find((w) => parsed.tradeName.includes(w));
  if (inTrade && inTrade !== prefix) {
    found.push(reason('NAME-07', '第十二条', `名称中间的“${inTrade}”只能作行业限定语，不能作为字号的一部分。`, `In the middle of a name, ${inTrade} may only qualify the industry, not be part of the trade name.`));
  }
  const wording = parsed.tradeName + (parsed.industry ?? '');
  for (const category of rules.prohibited) {
    const word = category.words.find((w) => wording.includes(w));
    if (word) {
      found.push(reason('NAME-06', '第十一条', `名称含有“${word}”：不得使用${category.zh}。`, `The name contains "${word}": ${category.en} may not be used (${category.article}).`));
    }
  }
  return found;
}
