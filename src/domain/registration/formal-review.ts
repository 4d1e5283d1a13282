// Formal review of an establishment form (REG-04: the authority checks form and completeness, the applicant answers
// for truth). Each finding names its rule, field and legal basis. `block`: the form cannot be registered as filed
// (the applicant corrects it); `officer`: lawful but not for automated review (a market-regulation officer decides
// within TIME-20); `info`: recorded only. No block and no officer finding: registered on the spot.
import { checkUscc } from '../uscc/index.ts';
import type { DomicileResult, DerivedDomicile } from './domicile.ts';
import { foreignFacts, type EstablishmentForm, type Person } from './establishment-form.ts';
import type { BusinessScopeCatalogue, ScopeItem } from './registration-data.ts';
import { residentIdProblem } from './resident-id.ts';

export type Severity = 'block' | 'officer' | 'info';
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly field: string;
  readonly zh: string;
  readonly en: string;
  readonly legalBasis: string;
}

export interface ReviewFacts {
  /** The filing day (Asia/Shanghai): contribution deadlines count from it. */
  readonly today: string;
  /** A change registration: CAP-02's five years count from the enterprise's establishment, not from today. */
  readonly contributionsCountFrom?: string;
  readonly name: { readonly verdict: 'available' | 'conflict' | 'rejected'; readonly reasons: readonly { code: string; zh: string; en: string; legalBasis: string }[] };
  /** The reservation named in the form: null when none was named; otherwise why it cannot be used, or ok. */
  readonly reservation: null | { readonly usable: true } | { readonly usable: false; readonly why: string };
  readonly scope: BusinessScopeCatalogue;
  readonly domicile: DomicileResult;
  /** The negative-list check of a foreign-invested form (null when no investor is foreign). */
  readonly admission: null | { readonly procedure: 'refuse' | 'approval' | 'information-report' | 'recordation'; readonly edition: string; readonly reasons: readonly { code: string; zh: string; en: string; legalBasis: string }[] };
  readonly securityReviewFlagged: boolean;
}

export interface FormalReview {
  readonly route: 'refuse' | 'officer_review' | 'on_the_spot';
  readonly findings: readonly Finding[];
  readonly industryCode: string | null;
  readonly domicile: DerivedDomicile | null;
  readonly foreign: ReturnType<typeof foreignFacts>;
}

const COMPANY_LAW = '《中华人民共和国公司法》(2023年修订)';
const MER = '《中华人民共和国市场主体登记管理条例》';
export const finding = (code: string, severity: Severity, field: string, zh: string, en: string, legalBasis: string): Finding => ({ code, severity, field, zh, en, legalBasis });
const f = finding;

export function reviewEstablishment(form: EstablishmentForm, facts: ReviewFacts): FormalReview {
  const findings: Finding[] = [
    ...nameFindings(facts),
    ...capitalFindings(form, facts.contributionsCountFrom ?? facts.today),
    ...peopleFindings(form),
    ...scopeFindings(form, facts.scope),
    ...domicileFindings(facts.domicile),
    ...foreignFindings(facts),
  ];
  const route = routeOf(findings);
  const main = facts.scope.items.find((i) => i.code === form.businessScope.mainItemCode);
  return { route, findings, industryCode: main?.industryCode ?? null, domicile: facts.domicile.ok ? facts.domicile.domicile : null, foreign: foreignFacts(form) };
}

/** No block and no officer finding: registered on the spot (REG-04). */
export function routeOf(findings: readonly Finding[]): FormalReview['route'] {
  return findings.some((x) => x.severity === 'block') ? 'refuse' : findings.some((x) => x.severity === 'officer') ? 'officer_review' : 'on_the_spot';
}

export function nameFindings(facts: Pick<ReviewFacts, 'name' | 'reservation'>): Finding[] {
  const found: Finding[] = [];
  if (facts.name.verdict !== 'available') {
    for (const r of facts.name.reasons) found.push(f(r.code, 'block', 'name', r.zh, r.en, r.legalBasis));
  }
  if (facts.reservation && !facts.reservation.usable) {
    found.push(f('NAME-09', 'block', 'nameReservationId', `所选名称保留不可用：${facts.reservation.why}`, `The name reservation cannot be used: ${facts.reservation.why}`, '《企业名称登记管理规定》第十八条'));
  }
  return found;
}

function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function capitalFindings(form: EstablishmentForm, today: string): Finding[] {
  const found: Finding[] = [];
  const subscribed = form.investors.reduce((sum, i) => sum + i.subscribedYuan, 0);
  if (Math.abs(subscribed - form.registeredCapitalYuan) > 0.005) {
    found.push(f('CAP-01', 'block', 'registeredCapitalYuan', `股东认缴出资合计${subscribed}元，与注册资本${form.registeredCapitalYuan}元不符。`, `The investors subscribe ${subscribed} yuan in all, not the registered capital of ${form.registeredCapitalYuan} yuan.`, `${COMPANY_LAW} 第四十七条、第九十六条`));
  }
  // LLC: paid in full within five years of establishment (Art. 47); joint-stock: promoters pay in full before (Art. 98).
  const latest = form.legalForm === 'limited-liability-company' ? addYears(today, 5) : today;
  form.investors.forEach((inv, i) => {
    if (inv.contributionDueOn > latest) {
      found.push(
        form.legalForm === 'limited-liability-company'
          ? f('CAP-02', 'block', `investors.${i}.contributionDueOn`, `${inv.name}的出资期限${inv.contributionDueOn}超过公司成立之日起五年（${latest}）。`, `${inv.name}'s contribution is due ${inv.contributionDueOn}, later than five years from establishment (${latest}).`, `${COMPANY_LAW} 第四十七条`)
          : f('CAP-02', 'block', `investors.${i}.contributionDueOn`, `股份有限公司发起人应在公司成立前缴足股款，${inv.name}的出资期限为${inv.contributionDueOn}。`, `Promoters of a joint-stock company pay in full before establishment; ${inv.name}'s is due ${inv.contributionDueOn}.`, `${COMPANY_LAW} 第九十八条`),
      );
    }
  });
  const maxInvestors = form.legalForm === 'limited-liability-company' ? 50 : 200;
  if (form.investors.length > maxInvestors) {
    found.push(f('INV-01', 'block', 'investors', `股东人数${form.investors.length}超过${maxInvestors}人上限。`, `${form.investors.length} investors exceed the limit of ${maxInvestors}.`, `${COMPANY_LAW} ${form.legalForm === 'limited-liability-company' ? '第四十二条' : '第九十二条'}`));
  }
  return found;
}

const idKey = (p: Person) => `${p.idType}:${p.idNumber.toUpperCase()}`;

export function identityFinding(p: Person & { kind?: 'person' | 'entity' }, field: string): Finding | null {
  if (p.idType === 'resident-id') {
    const problem = residentIdProblem(p.idNumber.toUpperCase());
    if (problem) return f('ID-01', 'block', `${field}.idNumber`, `${p.name}的居民身份证号码有误：${problem}。`, `${p.name}'s citizen identity number is wrong: ${problem}.`, 'GB 11643-1999');
    if (p.nationality !== 'CN') return f('ID-01', 'block', `${field}.nationality`, `居民身份证持有人的国籍应为中国（CN）。`, 'A citizen identity card holder is a Chinese national (CN).', 'GB 11643-1999');
  }
  if (p.idType === 'uscc' && !checkUscc(p.idNumber.toUpperCase()).valid) {
    return f('ID-02', 'block', `${field}.idNumber`, `${p.name}的统一社会信用代码有误。`, `${p.name}'s Unified Social Credit Code is not valid.`, 'GB 32100-2015');
  }
  if (p.kind === 'entity' && p.idType !== 'uscc' && p.idType !== 'foreign-registration') {
    return f('ID-03', 'block', `${field}.idType`, `单位股东应提供统一社会信用代码或境外登记证明。`, 'An entity investor gives its credit code or its foreign registration.', MER + ' 第九条');
  }
  if (p.kind !== 'entity' && (p.idType === 'uscc' || p.idType === 'foreign-registration')) {
    return f('ID-03', 'block', `${field}.idType`, `自然人应提供身份证件。`, 'A natural person gives an identity document.', MER + ' 第九条');
  }
  return null;
}

function peopleFindings(form: EstablishmentForm): Finding[] {
  const found: Finding[] = [];
  const seen = new Set<string>();
  form.investors.forEach((inv, i) => {
    const problem = identityFinding(inv, `investors.${i}`);
    if (problem) found.push(problem);
    if (seen.has(idKey(inv))) found.push(f('INV-02', 'block', `investors.${i}`, `股东${inv.name}重复填报。`, `Investor ${inv.name} is listed twice.`, MER + ' 第八条'));
    seen.add(idKey(inv));
  });
  const officers = [
    ...form.directors.map((p, i) => [p, `directors.${i}`] as const),
    ...form.supervisors.map((p, i) => [p, `supervisors.${i}`] as const),
    ...form.managers.map((p, i) => [p, `managers.${i}`] as const),
    [form.legalRepresentative, 'legalRepresentative'] as const,
  ];
  for (const [p, field] of officers) {
    const problem = identityFinding(p, field);
    if (problem) found.push(problem);
  }
  // Art. 10: the legal representative is the director or the manager who carries out the company's affairs.
  const lr = form.legalRepresentative;
  const pool = lr.position === 'manager' ? form.managers : form.directors;
  if (!pool.some((p) => idKey(p) === idKey(lr))) {
    const where = lr.position === 'manager' ? '经理' : '董事';
    found.push(f('OFF-01', 'block', 'legalRepresentative', `法定代表人${lr.name}应为执行公司事务的${where}，但未列入${where}名单。`, `The legal representative ${lr.name} must be a listed ${lr.position === 'manager' ? 'manager' : 'director'} (Art. 10).`, `${COMPANY_LAW} 第十条`));
  }
  // Arts. 76 and 130: directors and senior managers may not serve as supervisors.
  const management = new Set([...form.directors, ...form.managers].map(idKey));
  form.supervisors.forEach((s, i) => {
    if (management.has(idKey(s))) found.push(f('OFF-02', 'block', `supervisors.${i}`, `董事、高级管理人员不得兼任监事（${s.name}）。`, `Directors and senior managers may not be supervisors (${s.name}).`, `${COMPANY_LAW} 第七十六条、第一百三十条`));
  });
  return found;
}

export function scopeFindings(form: Pick<EstablishmentForm, 'businessScope' | 'preApprovals'>, scope: BusinessScopeCatalogue): Finding[] {
  const found: Finding[] = [];
  const byCode = new Map(scope.items.map((i) => [i.code, i] as const));
  const items: ScopeItem[] = [];
  form.businessScope.itemCodes.forEach((code, i) => {
    const item = byCode.get(code);
    if (!item) found.push(f('SCOPE-01', 'block', `businessScope.itemCodes.${i}`, `经营范围条目${code}不在规范表述目录中。`, `Scope item ${code} is not in the business-scope catalogue.`, `${MER} 第十四条`));
    else items.push(item);
  });
  if (!form.businessScope.itemCodes.includes(form.businessScope.mainItemCode)) {
    found.push(f('SCOPE-02', 'block', 'businessScope.mainItemCode', '主营项目应为所选经营范围之一。', 'The main business must be one of the scope items chosen.', `${MER} 第十四条`));
  }
  for (const item of items) {
    if (item.kind === 'preApproval') {
      const approval = form.preApprovals.find((a) => a.itemCode === item.code);
      found.push(
        approval
          ? f('SCOPE-03', 'officer', 'preApprovals', `“${item.zh}”须经登记前批准，由登记人员核对批准文件（${approval.approvalNo}）。`, `"${item.en}" needs approval before registration: an officer checks approval ${approval.approvalNo}.`, `${MER} 第十四条`)
          : f('SCOPE-03', 'block', 'preApprovals', `“${item.zh}”须经登记前批准，请填写批准文号和批准机关。`, `"${item.en}" needs approval before registration: give the approval number and authority.`, `${MER} 第十四条`),
      );
    } else if (item.kind === 'licensed') {
      found.push(f('SCOPE-04', 'info', 'businessScope', `“${item.zh}”为许可项目，取得许可后方可经营（证照分离）。`, `"${item.en}" is a licensed activity: carried on once the permit is granted (证照分离).`, `${MER} 第十四条`));
    }
  }
  return found;
}

export function domicileFindings(result: DomicileResult, field = 'domicile.address'): Finding[] {
  if (result.ok) return [];
  const zh = {
    'no-district': '住所应写明“重庆市+区+街道门牌”。',
    'district-outside-zone': '住所所在区不属于自贸试验区，不能在自贸试验区登记。',
    'place-outside-zone': '住所不在自贸试验区地址目录范围内，不能在自贸试验区登记。',
    'place-in-other-district': '住所中的地点与所写区不一致。',
  }[result.problem];
  return [f('DOM-01', 'block', field, `${zh}（${result.detail}）`, `The domicile is not in the zone: ${result.detail}.`, '中国（重庆）自由贸易试验区条例/试行办法 第二条；REG-03')];
}

function foreignFindings(facts: ReviewFacts): Finding[] {
  const a = facts.admission;
  if (!a) return [];
  const found: Finding[] = [];
  const basis = a.reasons[0]?.legalBasis ?? '《外商投资准入特别管理措施（负面清单）》';
  if (a.procedure === 'refuse') {
    for (const r of a.reasons) found.push(f(r.code, 'block', 'investors', r.zh, r.en, r.legalBasis));
  } else if (a.procedure === 'approval') {
    found.push(f('FI-01', 'officer', 'investors', `限制类外商投资须先经商务部门审批（${a.edition}）。`, `A restricted foreign investment needs the commerce department's approval first (${a.edition}).`, basis));
  } else if (a.procedure === 'information-report') {
    found.push(f('FI-02', 'info', 'investors', '外商投资信息报告随登记一并报送。', 'The foreign-investment information report is filed with the registration.', '《中华人民共和国外商投资法》第三十四条'));
  } else {
    found.push(f('FI-02', 'info', 'investors', '外商投资企业设立备案随登记一并办理。', 'The recordation of the foreign-invested enterprise is made with the registration.', basis));
  }
  if (facts.securityReviewFlagged) {
    found.push(f('FI-03', 'officer', 'foreignControl', '外国投资者取得实际控制权且涉及安全审查领域，由工作人员提请安全审查。', 'A foreign investor acquires actual control in a security-review field: an officer refers it for national security review.', '《外商投资安全审查办法》第四条'));
  }
  return found;
}
