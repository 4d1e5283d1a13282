import type { z } from 'zod';
import type { NameCheckRequest, NameCheckResponse, NameReservationView, ReserveNameResponse } from '../../../../schemas/names.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

export type NameLegalForm = NonNullable<NameCheckRequest['legalForm']>;
export type NameVerdict = NameCheckResponse['verdict'];
export type NameReason = NameCheckResponse['reasons'][number];
export type NameComparison = NameCheckResponse['conflicts'][number];
export type SimilarName = NameCheckResponse['similar'][number];
export type SimilarKind = SimilarName['kind'];
export type NameStatus = NameReservationView['status'];
/** POST /api/names/reservations' answer (the schema exports no type of it). */
export type ReservedName = z.infer<typeof ReserveNameResponse>;

// Records keyed by the schema's unions, so the compiler reports a value added to src/schemas/names.ts and missing here.
export const legalFormLabels: Record<NameLegalForm, MessageId> = {
  company: 'names.legalForm.company',
  partnership: 'names.legalForm.partnership',
  'sole-proprietorship': 'names.legalForm.sole-proprietorship',
  'individual-business': 'names.legalForm.individual-business',
};
export const NAME_LEGAL_FORMS = Object.keys(legalFormLabels) as NameLegalForm[];

export const statusTag: Record<NameStatus, { id: MessageId; color: string }> = {
  registered: { id: 'names.status.registered', color: 'blue' },
  reserved: { id: 'names.status.reserved', color: 'green' },
  released: { id: 'names.status.released', color: 'default' },
  deregistered: { id: 'names.status.deregistered', color: 'default' },
  changed: { id: 'names.status.changed', color: 'default' },
  revoked: { id: 'names.status.revoked', color: 'default' },
};

/** NAME-12: the kinds of similarity, in words. */
export const similarKindLabels: Record<SimilarKind, MessageId> = {
  'same-pronunciation': 'names.similarKind.same-pronunciation',
  'contains-existing': 'names.similarKind.contains-existing',
  'synonymous-industry': 'names.similarKind.synonymous-industry',
  'identical-related-investment': 'names.similarKind.identical-related-investment',
  'identical-lapsed': 'names.similarKind.identical-lapsed',
};

/** The verdict as an alert: available is a success, a conflict or a rejection an error. */
export const verdictAlert: Record<NameVerdict, { id: MessageId; type: 'success' | 'error' }> = {
  available: { id: 'names.verdict.available', type: 'success' },
  conflict: { id: 'names.verdict.conflict', type: 'error' },
  rejected: { id: 'names.verdict.rejected', type: 'error' },
};
