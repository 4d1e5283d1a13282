// The one establishment form (一表申请) as the web form holds it, and its way to and from the API: the request body
// (POST /api/establishments, src/schemas/registration.ts) and the form field a server finding or 400 names.
import type { CreateEstablishmentRequest } from '../../../../schemas/registration.ts';

type Request = CreateEstablishmentRequest;
export type IdType = Request['investors'][number]['idType'];
export type ContributionForm = NonNullable<Request['investors'][number]['contributionForm']>;
export type LegalForm = Request['legalForm'];
export type LrPosition = Request['legalRepresentative']['position'];
export type OfficerPosition = NonNullable<Request['directors'][number]['position']>;
export type InvestorKind = Request['investors'][number]['kind'];

export const ID_TYPES: readonly IdType[] = ['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'foreign-permanent-resident-id', 'uscc', 'foreign-registration'];
export const PERSON_ID_TYPES: readonly IdType[] = ['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'foreign-permanent-resident-id'];
export const ENTITY_ID_TYPES: readonly IdType[] = ['uscc', 'foreign-registration'];
export const CONTRIBUTION_FORMS: readonly ContributionForm[] = ['currency', 'in-kind', 'intellectual-property', 'land-use-right', 'equity', 'creditor-right'];
export const LEGAL_FORMS: readonly LegalForm[] = ['limited-liability-company', 'joint-stock-company'];
export const LR_POSITIONS: readonly LrPosition[] = ['chair', 'executive-director', 'director', 'manager'];
export const DIRECTOR_POSITIONS: readonly OfficerPosition[] = ['chair', 'executive-director', 'director'];
export const SUPERVISOR_POSITIONS: readonly OfficerPosition[] = ['chief-supervisor', 'supervisor'];
export const MANAGER_POSITIONS: readonly OfficerPosition[] = ['manager'];

export type PersonValues = { name?: string; nationality?: string; idType?: IdType; idNumber?: string };
export type InvestorValues = PersonValues & { kind?: InvestorKind; subscribedYuan?: number | null; contributionForm?: ContributionForm; contributionDueOn?: string };
export type OfficerValues = PersonValues & { position?: OfficerPosition };
export type PreApprovalValues = { itemCode: string; approvalNo?: string; authority?: string };

export type EstablishmentValues = {
  applicantId?: number;
  nameReservationId?: number | null;
  name?: string;
  legalForm?: LegalForm;
  registeredCapitalYuan?: number | null;
  investors?: InvestorValues[];
  legalRepresentative?: PersonValues & { position?: LrPosition };
  directors?: OfficerValues[];
  supervisors?: OfficerValues[];
  managers?: OfficerValues[];
  businessScope?: { itemCodes?: string[]; mainItemCode?: string };
  preApprovals?: PreApprovalValues[];
  domicile?: { address?: string; commitment?: boolean };
  contact?: { name?: string; phone?: string; email?: string };
  foreignControl?: { votingInfluence?: boolean; acquiresActualControl?: boolean; nearMilitaryFacility?: boolean };
};

export const newPerson = (): PersonValues => ({ nationality: 'CN', idType: 'resident-id' });
export const newInvestor = (): InvestorValues => ({ ...newPerson(), kind: 'person', contributionForm: 'currency' });

export const initialValues: EstablishmentValues = {
  legalForm: 'limited-liability-company',
  investors: [newInvestor()],
  legalRepresentative: { ...newPerson(), position: 'executive-director' },
  directors: [{ ...newPerson(), position: 'executive-director' }],
  supervisors: [],
  managers: [],
  businessScope: { itemCodes: [] },
  preApprovals: [],
  domicile: { commitment: false },
  contact: {},
};

const trim = (v: string | undefined) => (v ?? '').trim();
const country = (v: string | undefined) => trim(v).toUpperCase() || 'CN';

/** Is any investor foreign (a nationality other than CN, Hong Kong, Macao and Taiwan included)? */
export function hasForeignInvestor(investors: InvestorValues[] | undefined): boolean {
  return (investors ?? []).some((i) => i !== undefined && country(i.nationality) !== 'CN');
}

function person(p: PersonValues | undefined) {
  return { name: trim(p?.name), nationality: country(p?.nationality), idType: p?.idType ?? 'resident-id', idNumber: trim(p?.idNumber).toUpperCase() };
}

function officer(p: OfficerValues) {
  return { ...person(p), ...(p.position ? { position: p.position } : {}) };
}

/** The request body of the values the form holds (validated by the form's rules; the server checks again). */
export function toRequest(v: EstablishmentValues): Request {
  const itemCodes = v.businessScope?.itemCodes ?? [];
  const foreign = hasForeignInvestor(v.investors);
  const control = v.foreignControl ?? {};
  const email = trim(v.contact?.email);
  return {
    name: trim(v.name),
    ...(v.nameReservationId ? { nameReservationId: v.nameReservationId } : {}),
    legalForm: v.legalForm ?? 'limited-liability-company',
    registeredCapitalYuan: v.registeredCapitalYuan ?? 0,
    investors: (v.investors ?? []).map((i) => ({
      ...person(i),
      kind: i.kind ?? 'person',
      subscribedYuan: i.subscribedYuan ?? 0,
      contributionForm: i.contributionForm ?? 'currency',
      contributionDueOn: i.contributionDueOn ?? '',
    })),
    legalRepresentative: { ...person(v.legalRepresentative), position: v.legalRepresentative?.position ?? 'executive-director' },
    directors: (v.directors ?? []).map(officer),
    supervisors: (v.supervisors ?? []).map(officer),
    managers: (v.managers ?? []).map(officer),
    businessScope: { itemCodes, mainItemCode: v.businessScope?.mainItemCode ?? '' },
    preApprovals: (v.preApprovals ?? [])
      .filter((a) => itemCodes.includes(a.itemCode))
      .map((a) => ({ itemCode: a.itemCode, approvalNo: trim(a.approvalNo), authority: trim(a.authority) })),
    domicile: { address: trim(v.domicile?.address), commitment: true },
    contact: { name: trim(v.contact?.name), phone: trim(v.contact?.phone), ...(email ? { email } : {}) },
    ...(foreign
      ? {
          foreignControl: {
            ...(control.votingInfluence ? { votingInfluence: true } : {}),
            ...(control.acquiresActualControl ? { acquiresActualControl: true } : {}),
            ...(control.nearMilitaryFacility ? { nearMilitaryFacility: true } : {}),
          },
        }
      : {}),
    ...(v.applicantId !== undefined ? { applicantId: v.applicantId } : {}),
  };
}

export type FieldPath = (string | number)[];

const LISTS = new Set(['investors', 'directors', 'supervisors', 'managers', 'preApprovals', 'familyMembers']);
const PERSON_LEAVES = new Set(['name', 'nationality', 'idType', 'idNumber']);
const LEAVES: Record<string, Set<string>> = {
  investors: new Set([...PERSON_LEAVES, 'kind', 'subscribedYuan', 'contributionForm', 'contributionDueOn']),
  directors: new Set([...PERSON_LEAVES, 'position']),
  supervisors: new Set([...PERSON_LEAVES, 'position']),
  managers: new Set([...PERSON_LEAVES, 'position']),
  preApprovals: new Set(['approvalNo', 'authority']),
  legalRepresentative: new Set([...PERSON_LEAVES, 'position']),
  // An individual business's operator (经营者) and the family members who take part (家庭经营).
  operator: PERSON_LEAVES,
  familyMembers: PERSON_LEAVES,
  domicile: new Set(['address', 'commitment']),
  contact: new Set(['name', 'phone', 'email']),
};
const TOP = new Set(['applicantId', 'nameReservationId', 'name', 'legalForm', 'registeredCapitalYuan', 'compositionForm', 'fundsYuan']);

/**
 * The form field a server finding or error names (e.g. "investors.0.contributionDueOn" is the due date of the first
 * investor's Form.List item), or undefined when it names no field of the form. A finding about a list as a whole
 * ("investors") lands on the list; one about a list item ("supervisors.1") on its identity number; one about the
 * legal representative or the operator on their name; one about the scope on the scope items.
 */
export function fieldPath(field: string | undefined): FieldPath | undefined {
  if (!field) return undefined;
  const parts = field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [head, second, third] = parts;
  if (typeof head !== 'string') return undefined;
  if (TOP.has(head)) return parts.length === 1 ? [head] : undefined;
  if (LISTS.has(head)) {
    if (second === undefined) return head === 'preApprovals' ? ['businessScope', 'itemCodes'] : [head];
    if (typeof second !== 'number') return undefined;
    if (third === undefined) return head === 'preApprovals' ? [head, second, 'approvalNo'] : [head, second, 'idNumber'];
    return typeof third === 'string' && LEAVES[head]!.has(third) ? [head, second, third] : undefined;
  }
  if (head === 'legalRepresentative' || head === 'operator') {
    if (second === undefined) return [head, 'name'];
    return typeof second === 'string' && LEAVES[head]!.has(second) ? [head, second] : undefined;
  }
  if (head === 'businessScope') return second === 'mainItemCode' ? ['businessScope', 'mainItemCode'] : ['businessScope', 'itemCodes'];
  if (head === 'domicile' || head === 'contact') {
    if (second === undefined) return head === 'domicile' ? ['domicile', 'address'] : ['contact', 'name'];
    return typeof second === 'string' && LEAVES[head]!.has(second) ? [head, second] : undefined;
  }
  return undefined;
}

/** The sum of the investors' subscriptions, in yuan (CAP-01 compares it with the registered capital). */
export function subscribedTotal(investors: InvestorValues[] | undefined): number {
  return (investors ?? []).reduce((sum, i) => sum + (i?.subscribedYuan ?? 0), 0);
}
