// Individual businesses (个体工商户; MER Arts. 8, 12; 促进个体工商户发展条例): one natural person, or a family, carrying on
// business under a licence. The form is smaller than a company's: the operator, the composition (individual or family),
// the funds (资金数额), the scope and the business premises by commitment (REG-03). Formal review reuses the
// establishment's rules for names, identity documents, scope and premises, and adds the individual business's own.
import { z } from 'zod';
import { Person, isForeign } from './establishment-form.ts';
import { domicileFindings, finding, identityFinding, nameFindings, routeOf, scopeFindings, type Finding, type FormalReview, type ReviewFacts } from './formal-review.ts';

const Text = z.string().trim().min(1).max(200);

export const CompositionForm = z.enum(['individual', 'family']);
export type CompositionForm = z.infer<typeof CompositionForm>;

export const IndividualBusinessForm = z.strictObject({
  name: z.string().trim().min(1).max(100).describe('The declared name, e.g. 重庆市渝北区悦来老李面馆 (division + trade name + industry + 店/馆/经营部…)'),
  nameReservationId: z.number().int().positive().optional(),
  operator: Person.describe('经营者: a natural person'),
  compositionForm: CompositionForm.describe('组成形式: individual (个人经营) or family (家庭经营)'),
  familyMembers: z.array(Person).max(20).default([]).describe('Family members taking part (家庭经营 only)'),
  fundsYuan: z.number().positive().max(1e10).describe('资金数额'),
  businessScope: z.strictObject({
    itemCodes: z.array(z.string().min(1).max(20)).min(1).max(50),
    mainItemCode: z.string().min(1).max(20),
  }),
  preApprovals: z.array(z.strictObject({ itemCode: z.string().min(1).max(20), approvalNo: Text, authority: Text })).max(20).default([]),
  domicile: z.strictObject({
    address: z.string().trim().min(6).max(200).describe('经营场所: 重庆市 + district + street and number'),
    commitment: z.literal(true, { error: 'the applicant must commit that the business premises are real and usable (经营场所申报承诺, REG-03)' }),
  }),
  contact: z.strictObject({ name: Text, phone: z.string().regex(/^[0-9+\-() ]{6,20}$/, 'a telephone number'), email: z.email().optional() }),
  applicantId: z.number().int().positive().max(2_147_483_647).optional().describe('Window officers filing at the counter: the applicant account'),
});
export type IndividualBusinessForm = z.infer<typeof IndividualBusinessForm>;
export type IndividualBusinessFormInput = z.input<typeof IndividualBusinessForm>;

const MER = '《中华人民共和国市场主体登记管理条例》';
const NEGATIVE_LIST_NOTE = '《外商投资准入特别管理措施（负面清单）》说明（NL-11）';

/** The licence's words for the composition form (组成形式). */
export const COMPOSITION_TEXT: Record<CompositionForm, string> = { individual: '个人经营', family: '家庭经营' };

/** The review facts an individual business needs: no admission check (a foreign operator is refused outright). */
export type IndividualReviewFacts = Omit<ReviewFacts, 'admission' | 'securityReviewFlagged' | 'contributionsCountFrom'>;

export function reviewIndividualBusiness(form: IndividualBusinessForm, facts: IndividualReviewFacts): FormalReview {
  const findings: Finding[] = [...nameFindings(facts), ...operatorFindings(form), ...scopeFindings(form, facts.scope), ...domicileFindings(facts.domicile)];
  const main = facts.scope.items.find((i) => i.code === form.businessScope.mainItemCode);
  return { route: routeOf(findings), findings, industryCode: main?.industryCode ?? null, domicile: facts.domicile.ok ? facts.domicile.domicile : null, foreign: null };
}

function operatorFindings(form: IndividualBusinessForm): Finding[] {
  const found: Finding[] = [];
  const people = [[form.operator, 'operator'] as const, ...form.familyMembers.map((p, i) => [p, `familyMembers.${i}`] as const)];
  for (const [person, field] of people) {
    // NL-11: whatever the industry, a foreign investor may not run an individual business.
    if (isForeign(person)) {
      found.push(finding('IB-01', 'block', `${field}.nationality`, `境外投资者不得作为个体工商户从事投资经营活动（${person.name}）。`, `A foreign investor may not run an individual business (${person.name}).`, NEGATIVE_LIST_NOTE));
    }
    const problem = identityFinding({ ...person, kind: 'person' }, field);
    if (problem) found.push(problem);
  }
  if (form.compositionForm === 'family' && form.familyMembers.length === 0) {
    found.push(finding('IB-02', 'block', 'familyMembers', '家庭经营的，应列明参加经营的家庭成员。', 'A family business lists the family members who take part.', `${MER} 第八条`));
  }
  if (form.compositionForm === 'individual' && form.familyMembers.length > 0) {
    found.push(finding('IB-02', 'block', 'compositionForm', '列有家庭成员的，组成形式应为家庭经营。', 'Family members are listed: the composition is family (家庭经营).', `${MER} 第八条`));
  }
  return found;
}
