// Message ids of the establishment vocabulary, written out in full so a search finds every use. Each map is keyed by
// its union, so a value added to the API schema without a label is a compile error.
import type { EstablishmentView, FollowUpView } from '../../../../schemas/registration.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import type { MessageId } from '../../i18n/zh-CN.ts';
import type { ContributionForm, IdType, InvestorKind, LegalForm, OfficerPosition } from './formModel.ts';
import type { CompositionForm } from './individualFormModel.ts';

export type Severity = EstablishmentView['findings'][number]['severity'];
export type ScopeKind = 'general' | 'licensed' | 'preApproval';

export const legalFormLabels: Record<LegalForm, MessageId> = {
  'limited-liability-company': 'registration.legalForm.limited-liability-company',
  'joint-stock-company': 'registration.legalForm.joint-stock-company',
};

/** What is being registered: a company (the one form) or an individual business (个体工商户). */
export const kindTags: Record<EstablishmentView['kind'], { id: MessageId; color: string }> = {
  company: { id: 'registration.kind.company', color: 'blue' },
  'individual-business': { id: 'registration.kind.individual-business', color: 'orange' },
};

export const compositionFormLabels: Record<CompositionForm, MessageId> = {
  individual: 'registration.compositionForm.individual',
  family: 'registration.compositionForm.family',
};

export const idTypeLabels: Record<IdType, MessageId> = {
  'resident-id': 'registration.idType.resident-id',
  passport: 'registration.idType.passport',
  'hk-macao-permit': 'registration.idType.hk-macao-permit',
  'taiwan-permit': 'registration.idType.taiwan-permit',
  'foreign-permanent-resident-id': 'registration.idType.foreign-permanent-resident-id',
  uscc: 'registration.idType.uscc',
  'foreign-registration': 'registration.idType.foreign-registration',
};

export const contributionFormLabels: Record<ContributionForm, MessageId> = {
  currency: 'registration.contributionForm.currency',
  'in-kind': 'registration.contributionForm.in-kind',
  'intellectual-property': 'registration.contributionForm.intellectual-property',
  'land-use-right': 'registration.contributionForm.land-use-right',
  equity: 'registration.contributionForm.equity',
  'creditor-right': 'registration.contributionForm.creditor-right',
};

export const positionLabels: Record<OfficerPosition, MessageId> = {
  chair: 'registration.position.chair',
  director: 'registration.position.director',
  'executive-director': 'registration.position.executive-director',
  manager: 'registration.position.manager',
  supervisor: 'registration.position.supervisor',
  'chief-supervisor': 'registration.position.chief-supervisor',
};

export const investorKindLabels: Record<InvestorKind, MessageId> = {
  person: 'registration.investorKind.person',
  entity: 'registration.investorKind.entity',
};

export const scopeKindTags: Record<ScopeKind, { id: MessageId; color: string }> = {
  general: { id: 'registration.scopeKind.general', color: 'default' },
  licensed: { id: 'registration.scopeKind.licensed', color: 'gold' },
  preApproval: { id: 'registration.scopeKind.preApproval', color: 'volcano' },
};

export const statusTags: Record<EstablishmentView['status'], { id: MessageId; color: string }> = {
  registered: { id: 'registration.status.registered', color: 'green' },
  under_review: { id: 'registration.status.under_review', color: 'processing' },
  rejected: { id: 'registration.status.rejected', color: 'red' },
  withdrawn: { id: 'registration.status.withdrawn', color: 'default' },
};

export const routeLabels: Record<EstablishmentView['route'], MessageId> = {
  on_the_spot: 'registration.route.on_the_spot',
  officer_review: 'registration.route.officer_review',
};

export const severityAlerts: Record<Severity, { titleId: MessageId; type: 'error' | 'warning' | 'info' }> = {
  block: { titleId: 'registration.findings.block', type: 'error' },
  officer: { titleId: 'registration.findings.officer', type: 'warning' },
  info: { titleId: 'registration.findings.info', type: 'info' },
};

export const followUpStatusLabels: Record<FollowUpView['status'], MessageId> = {
  open: 'registration.followUp.status.open',
  done: 'registration.followUp.status.done',
};

const topLabels: Record<string, MessageId> = {
  applicantId: 'registration.form.applicant',
  name: 'registration.form.name',
  nameReservationId: 'registration.form.reservation',
  legalForm: 'registration.form.legalForm',
  registeredCapitalYuan: 'registration.form.capital',
  investors: 'registration.form.section.investors',
  legalRepresentative: 'registration.form.section.legalRepresentative',
  directors: 'registration.form.directors',
  supervisors: 'registration.form.supervisors',
  managers: 'registration.form.managers',
  businessScope: 'registration.form.section.scope',
  preApprovals: 'registration.form.preApprovals',
  domicile: 'registration.form.section.domicile',
  contact: 'registration.form.section.contact',
  foreignControl: 'registration.form.section.foreign',
  operator: 'registration.form.section.operator',
  compositionForm: 'registration.form.compositionForm',
  familyMembers: 'registration.form.familyMembers',
  fundsYuan: 'registration.form.funds',
};

const itemLabels: Record<string, MessageId> = {
  investors: 'registration.form.investor',
  directors: 'registration.form.director',
  supervisors: 'registration.form.supervisor',
  managers: 'registration.form.manager',
  preApprovals: 'registration.form.preApprovalN',
  familyMembers: 'registration.form.familyMember',
};

const leafLabels: Record<string, MessageId> = {
  name: 'registration.form.personName',
  nationality: 'registration.form.nationality',
  idType: 'registration.form.idType',
  idNumber: 'registration.form.idNumber',
  kind: 'registration.form.investorKind',
  subscribedYuan: 'registration.form.subscribed',
  contributionForm: 'registration.form.contributionForm',
  contributionDueOn: 'registration.form.dueOn',
  position: 'registration.form.position',
  approvalNo: 'registration.form.approvalNo',
  authority: 'registration.form.authority',
  address: 'registration.form.address',
  commitment: 'registration.form.commitmentTitle',
  phone: 'registration.form.contactPhone',
  email: 'registration.form.contactEmail',
  itemCodes: 'registration.form.scopeItems',
  mainItemCode: 'registration.form.mainItem',
};

/** The field a finding names, in words: "investors.0.contributionDueOn" is 股东 1 · 出资期限. */
export function fieldLabel(field: string, t: Translate): string {
  const [head = '', ...rest] = field.split('.');
  const top = topLabels[head];
  if (!top) return field;
  const words: string[] = [];
  const [second, third] = rest;
  if (second !== undefined && /^\d+$/.test(second) && itemLabels[head]) {
    words.push(t(itemLabels[head], { n: Number(second) + 1 }));
    const leaf = third !== undefined ? leafLabels[third] : undefined;
    if (leaf) words.push(t(leaf));
  } else {
    words.push(t(top));
    const leaf = second !== undefined ? leafLabels[second] : undefined;
    if (leaf) words.push(t(leaf));
  }
  return words.join(' · ');
}
