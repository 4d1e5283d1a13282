// The change-registration form: the establishment's one form (modules/registration/formModel.ts) filled with the
// particulars in force, the parts of it that change, and the request body (POST /api/enterprises/:uscc/changes,
// src/schemas/changes.ts) that names those parts only.
import type { CreateChangeRequest } from '../../../../schemas/changes.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { hasForeignInvestor, initialValues, toRequest, type EstablishmentValues } from '../registration/formModel.ts';

export type ChangePart = 'name' | 'domicile' | 'capital' | 'legalRepresentative' | 'officers' | 'scope';
/** In the order the form shows them: the officers before the legal representative, who is one of them. */
export const CHANGE_PARTS: readonly ChangePart[] = ['name', 'domicile', 'capital', 'officers', 'legalRepresentative', 'scope'];

export const changePartLabels: Record<ChangePart, MessageId> = {
  name: 'change.part.name',
  domicile: 'change.part.domicile',
  capital: 'change.part.capital',
  legalRepresentative: 'change.part.legalRepresentative',
  officers: 'change.part.officers',
  scope: 'change.part.scope',
};

type RequestKey = Exclude<keyof CreateChangeRequest, 'applicantId' | 'nameReservationId' | 'foreignControl'>;

/** The request fields each part sends. */
const PART_FIELDS: Record<ChangePart, readonly RequestKey[]> = {
  name: ['name'],
  domicile: ['domicile'],
  capital: ['registeredCapitalYuan', 'investors'],
  legalRepresentative: ['legalRepresentative'],
  officers: ['directors', 'supervisors', 'managers'],
  scope: ['businessScope', 'preApprovals'],
};

export type ChangeValues = EstablishmentValues & { parts?: ChangePart[] };

/**
 * The form's values from the registered form: every particular as registered, the domicile commitment to be given
 * again (a new address is committed to anew), no name reservation (the establishment's was used up).
 */
export function valuesFromParticulars(form: Record<string, unknown> | null | undefined, applicantId: number | undefined): ChangeValues {
  const registered = (form ?? {}) as EstablishmentValues;
  return {
    ...initialValues,
    ...registered,
    nameReservationId: undefined,
    domicile: { address: registered.domicile?.address, commitment: false },
    applicantId,
    parts: [],
  };
}

/** The change request of the chosen parts: the whole form normalised as the establishment does, then only those parts. */
export function toChangeRequest(values: ChangeValues): CreateChangeRequest {
  const whole = toRequest(values);
  const parts = values.parts ?? [];
  const request: Record<string, unknown> = {};
  for (const part of parts) for (const key of PART_FIELDS[part]) request[key] = whole[key];
  if (parts.includes('name') && values.nameReservationId) request.nameReservationId = values.nameReservationId;
  // The foreign investor's declaration goes with new investors or a new scope (the security-review facts).
  if ((parts.includes('capital') || parts.includes('scope')) && hasForeignInvestor(values.investors) && whole.foreignControl) request.foreignControl = whole.foreignControl;
  if (values.applicantId !== undefined) request.applicantId = values.applicantId;
  return request as CreateChangeRequest;
}
