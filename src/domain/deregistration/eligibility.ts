// Who may use summary deregistration (MER Art. 33; domain-rules EXIT-01, EXIT-05): the applicant declares what zimao
// cannot see (debts, taxes, frozen equity, litigation …), zimao checks what it holds (the enterprise's status, its
// investments in other enterprises on the register, a notice already running), and every investor commits in writing.
import { z } from 'zod';

export const DECLARATION_KEYS = [
  'debts-settled',
  'no-unpaid-costs-wages-social-insurance-taxes',
  'no-approval-required',
  'not-revoked-or-closed',
  'not-on-abnormal-or-serious-violation-list',
  'no-frozen-or-pledged-equity-or-chattel-mortgage',
  'no-investments-in-other-entities',
  'no-investigation-or-compulsory-measures',
  'no-pending-litigation-or-arbitration',
  'no-unexecuted-fine',
] as const;
export type DeclarationKey = (typeof DECLARATION_KEYS)[number];

export const Declarations = z.strictObject(Object.fromEntries(DECLARATION_KEYS.map((k) => [k, z.boolean()])) as Record<DeclarationKey, z.ZodBoolean>);
export type Declarations = z.infer<typeof Declarations>;

export const Commitment = z.strictObject({
  name: z.string().trim().min(1).max(200),
  idNumber: z.string().trim().min(4).max(40).describe('The investor’s identity number or credit code, as registered'),
});
export type Commitment = z.infer<typeof Commitment>;

export interface EligibilityReason {
  readonly code: string;
  readonly field: string;
  readonly zh: string;
  readonly en: string;
  readonly legalBasis: string;
}

const MER = '《中华人民共和国市场主体登记管理条例》第三十三条';
const RULES = '《中华人民共和国市场主体登记管理条例实施细则》第四十七条';

const DECLARATION_TEXT: Record<DeclarationKey, [code: string, zh: string, en: string, basis: string]> = {
  'debts-settled': ['EXIT-01', '未发生债权债务或已将债权债务清偿完结', 'no debts incurred, or all settled', MER],
  'no-unpaid-costs-wages-social-insurance-taxes': ['EXIT-01', '不存在未结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款（滞纳金、罚款）', 'no unpaid liquidation costs, wages, social insurance, statutory compensation or taxes (with late fees and fines)', MER],
  'no-approval-required': ['EXIT-05', '注销无须依法经批准', 'deregistration needs no approval by law', RULES],
  'not-revoked-or-closed': ['EXIT-05', '未被吊销营业执照、责令关闭、撤销', 'licence not revoked; not ordered closed; registration not cancelled', RULES],
  'not-on-abnormal-or-serious-violation-list': ['EXIT-05', '未被列入经营异常名录或严重违法失信名单', 'not on the abnormal-operations or serious-violation list', RULES],
  'no-frozen-or-pledged-equity-or-chattel-mortgage': ['EXIT-05', '不存在股权（财产份额）被冻结、出质或者动产抵押', 'no frozen or pledged equity, no chattel mortgage', RULES],
  'no-investments-in-other-entities': ['EXIT-05', '未对其他企业投资', 'holds no investments in other entities', RULES],
  'no-investigation-or-compulsory-measures': ['EXIT-05', '未被立案调查或者采取行政强制措施', 'not under investigation or compulsory measures', RULES],
  'no-pending-litigation-or-arbitration': ['EXIT-05', '不是正在诉讼或者仲裁程序中的当事人', 'not party to pending litigation or arbitration', RULES],
  'no-unexecuted-fine': ['EXIT-05', '不存在未执行完毕的行政处罚', 'no administrative penalty left unexecuted', RULES],
};

export interface EligibilityFacts {
  readonly status: string;
  /** Enterprises on the register that list this one as an investor (zimao's own knowledge, whatever is declared). */
  readonly investsIn: readonly string[];
  /** The investors of record: every one must commit (EXIT-01). */
  readonly investors: readonly { readonly name: string; readonly idNumber: string }[];
}

export function summaryIneligibility(facts: EligibilityFacts, declarations: Declarations, commitments: readonly Commitment[]): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  if (facts.status !== 'registered') {
    reasons.push({ code: 'EXIT-05', field: 'uscc', zh: `企业状态为“${facts.status}”，不适用简易注销。`, en: `The enterprise is ${facts.status}: summary deregistration is not available.`, legalBasis: RULES });
  }
  for (const key of DECLARATION_KEYS) {
    if (declarations[key]) continue;
    const [code, zh, en, basis] = DECLARATION_TEXT[key];
    reasons.push({ code, field: `declarations.${key}`, zh: `未承诺“${zh}”：不适用简易注销。`, en: `Not declared: ${en}; summary deregistration is not available.`, legalBasis: basis });
  }
  if (facts.investsIn.length > 0) {
    reasons.push({ code: 'EXIT-05', field: 'declarations.no-investments-in-other-entities', zh: `登记簿显示本企业投资了${facts.investsIn.join('、')}。`, en: `The register shows investments in ${facts.investsIn.join(', ')}.`, legalBasis: RULES });
  }
  const committed = new Set(commitments.map((c) => c.idNumber.toUpperCase()));
  const missing = facts.investors.filter((i) => !committed.has(i.idNumber.toUpperCase()));
  if (missing.length > 0) {
    reasons.push({ code: 'EXIT-01', field: 'commitments', zh: `全体投资人均须书面承诺，缺少：${missing.map((m) => m.name).join('、')}。`, en: `Every investor must commit in writing; missing: ${missing.map((m) => m.name).join(', ')}.`, legalBasis: MER });
  }
  return reasons;
}
