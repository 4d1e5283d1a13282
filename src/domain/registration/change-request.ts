// Change registration (变更登记) of an enterprise registered through zimao: the request names what changes, the
// whole form after it is reviewed by the establishment's formal review (the same rules, REG-04), and each changed
// field is either a registration item, which changes the register or the licence (MER Art. 8; applied for within
// 30 days of the change, MER Art. 24), or a filing (备案, MER Art. 9: directors, supervisors, managers). Pure.
import { z } from 'zod';
import { canonicalJson } from '../audit/chain-hash.ts';
import { EstablishmentForm, foreignFacts, type EstablishmentLegalForm } from './establishment-form.ts';
import { reviewEstablishment, type Finding, type FormalReview, type ReviewFacts } from './formal-review.ts';
import { businessScopeText, entityTypeText } from './licence-fields.ts';
import type { ScopeItem } from './registration-data.ts';

const S = EstablishmentForm.shape;

/** The particulars a change may name, in the form's order. */
export const CHANGE_FIELDS = ['name', 'domicile', 'registeredCapitalYuan', 'investors', 'legalRepresentative', 'directors', 'supervisors', 'managers', 'businessScope', 'preApprovals', 'foreignControl'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

export const ChangeRequest = z
  .strictObject({
    name: S.name.optional(),
    nameReservationId: S.nameReservationId,
    domicile: S.domicile.optional(),
    registeredCapitalYuan: S.registeredCapitalYuan.optional(),
    investors: S.investors.optional(),
    legalRepresentative: S.legalRepresentative.optional(),
    directors: S.directors.optional(),
    // unwrap(): the form's default ([]) would make a field left out read as "changed to none".
    supervisors: S.supervisors.unwrap().optional(),
    managers: S.managers.unwrap().optional(),
    businessScope: S.businessScope.optional(),
    preApprovals: S.preApprovals.unwrap().optional(),
    foreignControl: S.foreignControl,
    applicantId: S.applicantId,
  })
  .refine((r) => CHANGE_FIELDS.some((k) => r[k] !== undefined), { message: 'name at least one particular that changes' })
  .refine((r) => r.nameReservationId === undefined || r.name !== undefined, { message: 'a name reservation goes with the new name', path: ['nameReservationId'] });
export type ChangeRequest = z.infer<typeof ChangeRequest>;
export type ChangeRequestInput = z.input<typeof ChangeRequest>;

/** The whole form after the change: the named fields replace the registered ones. */
export function applyChanges(form: EstablishmentForm, changes: ChangeRequest): EstablishmentForm {
  const next: Record<string, unknown> = { ...form };
  for (const k of CHANGE_FIELDS) if (changes[k] !== undefined) next[k] = changes[k];
  // The establishment's reservation was used up by it; a new name brings its own, or none.
  if (changes.name !== undefined) next.nameReservationId = changes.nameReservationId;
  delete next.applicantId;
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  return next as EstablishmentForm;
}

/** The fields whose value the change really alters (a field named with its registered value changes nothing). */
export function changedFields(form: EstablishmentForm, changes: ChangeRequest): ChangeField[] {
  return CHANGE_FIELDS.filter((k) => {
    if (changes[k] === undefined) return false;
    if (k === 'domicile') return changes.domicile!.address !== form.domicile.address; // the commitment is always true
    return canonicalJson(changes[k]) !== canonicalJson(form[k] ?? null);
  });
}

export interface ChangeClassification {
  /** MER Art. 8 登记事项: they change the register or the licence. */
  readonly registrationItems: readonly ChangeField[];
  /** MER Art. 9 备案事项: recorded on the register, no new licence. */
  readonly filings: readonly ChangeField[];
  /** The register entry's kind; null when only pre-approvals or control facts change, which register nothing. */
  readonly kind: 'change' | 'filing' | null;
}

export function classifyChanges(fields: readonly ChangeField[], legalForm: EstablishmentLegalForm): ChangeClassification {
  // MER Art. 8: the investors of a limited liability company are registered; a joint-stock company registers its
  // promoters only, and what they subscribe is a filing (Art. 9).
  const registration = new Set<ChangeField>(['name', 'domicile', 'registeredCapitalYuan', 'legalRepresentative', 'businessScope', ...(legalForm === 'limited-liability-company' ? (['investors'] as const) : [])]);
  const filing = new Set<ChangeField>(['directors', 'supervisors', 'managers', ...(legalForm === 'joint-stock-company' ? (['investors'] as const) : [])]);
  const registrationItems = fields.filter((f) => registration.has(f));
  const filings = fields.filter((f) => filing.has(f));
  return { registrationItems, filings, kind: registrationItems.length > 0 ? 'change' : filings.length > 0 ? 'filing' : null };
}

/** What the licence shows of the form (MER Art. 21): a difference here issues the next licence version. */
export function licenceParticulars(form: EstablishmentForm, scope: readonly ScopeItem[]) {
  const items = form.businessScope.itemCodes.map((code) => scope.find((i) => i.code === code)).filter((i): i is ScopeItem => i !== undefined);
  return {
    name: form.name,
    entityType: entityTypeText(form),
    legalRepresentative: form.legalRepresentative.name,
    registeredCapitalYuan: form.registeredCapitalYuan,
    businessScope: businessScopeText(items),
    domicile: form.domicile.address,
  };
}

export function licenceChanges(before: EstablishmentForm, after: EstablishmentForm, scope: readonly ScopeItem[]): boolean {
  return canonicalJson(licenceParticulars(before, scope)) !== canonicalJson(licenceParticulars(after, scope));
}

export type ChangeReview = FormalReview & ChangeClassification & { readonly changedFields: readonly ChangeField[] };

/**
 * Officer findings about particulars the change leaves alone were decided when those were registered: a pre-approval
 * (SCOPE-03) is checked again only with a new scope or approval, the foreign-investment approval and security review
 * (FI-01, FI-03) only with new investors, scope or control facts.
 */
const DECIDED_BEFORE: Record<string, readonly ChangeField[]> = {
  'SCOPE-03': ['businessScope', 'preApprovals'],
  'FI-01': ['investors', 'businessScope', 'foreignControl'],
  'FI-03': ['investors', 'businessScope', 'foreignControl'],
};

/**
 * Reviews the form after the change with reviewEstablishment. Differences from an establishment: the name is checked
 * only when it changes (otherwise it is the enterprise's own, available); CAP-02 counts from `establishedOn`; the
 * establishment's information report (FI-02) gives way to the change report.
 */
export function reviewChange(current: EstablishmentForm, changes: ChangeRequest, facts: ReviewFacts & { establishedOn: string }): ChangeReview {
  const fields = changedFields(current, changes);
  const after = applyChanges(current, changes);
  const nameChanges = fields.includes('name');
  const review = reviewEstablishment(after, {
    ...facts,
    ...(nameChanges ? {} : { name: { verdict: 'available' as const, reasons: [] }, reservation: null }),
    contributionsCountFrom: facts.establishedOn,
  });
  const findings: Finding[] = review.findings.filter((f) => {
    if (f.code === 'FI-02') return false;
    const inputs = DECIDED_BEFORE[f.code];
    return !(f.severity === 'officer' && inputs && !inputs.some((i) => fields.includes(i)));
  });
  if (foreignFacts(current) || foreignFacts(after)) {
    // From the issue text (issue 6); domain-rules TIME-50 gives the same 30 days at medium confidence (Art. 14 of
    // the measures not confirmed), so the finding names the measures, not an article.
    findings.push({
      code: 'FI-04',
      severity: 'info',
      field: 'investors',
      zh: '外商投资企业应在变更之日起30日内报送外商投资信息变更报告。',
      en: 'The foreign-investment change report within 30 days of the change.',
      legalBasis: '《外商投资信息报告办法》',
    });
  }
  const route = findings.some((x) => x.severity === 'block') ? 'refuse' : findings.some((x) => x.severity === 'officer') ? 'officer_review' : 'on_the_spot';
  return { ...review, route, findings, changedFields: fields, ...classifyChanges(fields, after.legalForm) };
}
