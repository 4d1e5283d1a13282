// The individual business's form (个体工商户; MER Arts. 8, 12) as the web form holds it, and its request body
// (POST /api/individual-businesses, CreateIndividualBusinessRequest in src/schemas/registration.ts). Findings and 400s
// name fields of the same shape as the establishment's (operator.nationality, familyMembers.0): formModel.fieldPath.
import type { CreateIndividualBusinessRequest } from '../../../../schemas/registration.ts';
import { newPerson, type PersonValues, type PreApprovalValues } from './formModel.ts';

type Request = CreateIndividualBusinessRequest;
export type CompositionForm = Request['compositionForm'];

/** 个人经营 or 家庭经营: a family business lists the family members who take part (IB-02). */
export const COMPOSITION_FORMS: readonly CompositionForm[] = ['individual', 'family'];

export type IndividualBusinessValues = {
  applicantId?: number;
  nameReservationId?: number | null;
  name?: string;
  operator?: PersonValues;
  compositionForm?: CompositionForm;
  familyMembers?: PersonValues[];
  fundsYuan?: number | null;
  businessScope?: { itemCodes?: string[]; mainItemCode?: string };
  preApprovals?: PreApprovalValues[];
  domicile?: { address?: string; commitment?: boolean };
  contact?: { name?: string; phone?: string; email?: string };
};

export const individualInitialValues: IndividualBusinessValues = {
  operator: newPerson(),
  compositionForm: 'individual',
  familyMembers: [],
  businessScope: { itemCodes: [] },
  preApprovals: [],
  domicile: { commitment: false },
  contact: {},
};

const trim = (v: string | undefined) => (v ?? '').trim();

function person(p: PersonValues | undefined) {
  return { name: trim(p?.name), nationality: trim(p?.nationality).toUpperCase() || 'CN', idType: p?.idType ?? 'resident-id', idNumber: trim(p?.idNumber).toUpperCase() };
}

/** The request body of the values the form holds; family members are sent only for a family business. */
export function toIndividualRequest(v: IndividualBusinessValues): Request {
  const itemCodes = v.businessScope?.itemCodes ?? [];
  const compositionForm = v.compositionForm ?? 'individual';
  const email = trim(v.contact?.email);
  return {
    name: trim(v.name),
    ...(v.nameReservationId ? { nameReservationId: v.nameReservationId } : {}),
    operator: person(v.operator),
    compositionForm,
    familyMembers: compositionForm === 'family' ? (v.familyMembers ?? []).map(person) : [],
    fundsYuan: v.fundsYuan ?? 0,
    businessScope: { itemCodes, mainItemCode: v.businessScope?.mainItemCode ?? '' },
    preApprovals: (v.preApprovals ?? [])
      .filter((a) => itemCodes.includes(a.itemCode))
      .map((a) => ({ itemCode: a.itemCode, approvalNo: trim(a.approvalNo), authority: trim(a.authority) })),
    domicile: { address: trim(v.domicile?.address), commitment: true },
    contact: { name: trim(v.contact?.name), phone: trim(v.contact?.phone), ...(email ? { email } : {}) },
    ...(v.applicantId !== undefined ? { applicantId: v.applicantId } : {}),
  };
}
