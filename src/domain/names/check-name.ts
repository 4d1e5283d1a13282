// The name check (domain-rules §5.2): parse, apply the naming rules, compare with the register. The verdict is
// `rejected` when a rule fails, else `conflict` when Art. 17 blocks the trade name, else `available`; similar
// names never change it (NAME-12).
import { compareWithRegister, tradeNamePinyin } from './compare-names.ts';
import { NAME_REGULATION, type ExistingName, type NameCheck, type NameReason } from './name-result.ts';
import type { NameLegalForm, PreparedNameRules } from './name-rules.ts';
import { ruleViolations } from './name-rules-check.ts';
import { parseName } from './parse-name.ts';

export interface NameQuestion {
  readonly name: string;
  readonly asOf: string;
  readonly legalForm?: NameLegalForm | undefined;
}

export function checkName(question: NameQuestion, existing: readonly ExistingName[], rules: PreparedNameRules): NameCheck {
  const parsed = parseName(question.name, rules);
  const violations = ruleViolations(parsed, rules, question.legalForm);
  const { conflicts, similar } = compareWithRegister(parsed, existing, question.asOf, rules);
  const verdict = violations.length > 0 ? 'rejected' : conflicts.length > 0 ? 'conflict' : 'available';
  const reasons: NameReason[] =
    verdict === 'rejected' ? violations : verdict === 'conflict' ? conflicts.map((c) => c.reason) : [availableReason(rules, similar.length)];
  return {
    parsed: { division: parsed.division, tradeName: parsed.tradeName, industry: parsed.industry, form: parsed.form },
    verdict,
    reasons,
    conflicts,
    similar,
    tradeNamePinyin: tradeNamePinyin(parsed.tradeName),
  };
}

function availableReason(rules: PreparedNameRules, similarCount: number): NameReason {
  return {
    code: 'NAME-09',
    zh: `未发现同一登记机关同行业相同字号的名称，可以自主申报；申请人承诺名称不侵犯他人合法权益，否则依法承担责任${similarCount > 0 ? '，请留意提示的相近名称' : ''}。申报后保留${rules.reservationMonths}个月。`,
    en: `No identical trade name in the same industry at this authority: the name may be self-declared; the applicant commits that it infringes no one's rights and bears liability if it does${similarCount > 0 ? ' (see the similar names shown)' : ''}. A declared name is kept for ${rules.reservationMonths} months.`,
    legalBasis: `${NAME_REGULATION} 第十六条、第十七条、第十八条`,
  };
}
