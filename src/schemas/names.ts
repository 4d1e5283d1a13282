// Enterprise names over HTTP (issue 6): the self-declaration check (public) and reservations (名称自主申报, Art. 16
// of the 企业名称登记管理规定; kept TIME-21). The rules behind the answers are src/domain/names.
import { z } from 'zod';
import { IsoDate } from './common.ts';

const NameLegalForm = z.enum(['company', 'partnership', 'sole-proprietorship', 'individual-business']).describe('The legal form the name is for (NAME-05)');
const Uscc = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'an 18-character Unified Social Credit Code');

export const NameCheckRequest = z.strictObject({
  name: z.string().trim().min(1).max(100).describe('The full name, e.g. 重庆红光科技有限公司'),
  legalForm: NameLegalForm.optional(),
  relatedUscc: z.array(Uscc).max(20).optional().describe('Enterprises the applicant has an investment relationship with (Art. 17 exception)'),
});
export type NameCheckRequest = z.infer<typeof NameCheckRequest>;

const Reason = z.object({ code: z.string(), zh: z.string(), en: z.string(), legalBasis: z.string() });
const Comparison = z.object({
  name: z.string(),
  status: z.enum(['registered', 'reserved', 'deregistered', 'changed', 'revoked']),
  since: IsoDate,
  tradeName: z.string(),
  industry: z.string().nullable(),
  reason: Reason,
});

export const NameCheckResponse = z.object({
  asOf: IsoDate.describe('The day the check was made on'),
  parsed: z.object({ division: z.string().nullable(), tradeName: z.string(), industry: z.string().nullable(), form: z.string().nullable() }),
  verdict: z.enum(['available', 'conflict', 'rejected']),
  reasons: z.array(Reason),
  conflicts: z.array(Comparison).describe('NAME-10: names that block this one'),
  similar: z.array(Comparison.extend({ kind: z.enum(['same-pronunciation', 'contains-existing', 'synonymous-industry', 'identical-related-investment', 'identical-lapsed']) })).describe('NAME-12: advisory only'),
  tradeNamePinyin: z.string(),
});
export type NameCheckResponse = z.infer<typeof NameCheckResponse>;

export const ReserveNameRequest = NameCheckRequest.extend({
  commitment: z.literal(true, { error: 'the applicant must commit to bear liability if the name infringes another’s rights (Art. 16)' }),
});
export type ReserveNameRequest = z.infer<typeof ReserveNameRequest>;

export const NameReservationView = z.object({
  id: z.number().int(),
  name: z.string(),
  tradeName: z.string(),
  industry: z.string().nullable(),
  status: z.enum(['registered', 'reserved', 'released', 'deregistered', 'changed', 'revoked']),
  since: IsoDate,
  reservedUntil: IsoDate.nullable().describe('TIME-21: two months from the declaration'),
  expired: z.boolean().describe('A reservation past its day: the name is free again'),
  uscc: z.string().nullable(),
  similarShown: z.array(z.string()).describe('The similar names shown to the applicant when they committed'),
});
export type NameReservationView = z.infer<typeof NameReservationView>;

export const ReserveNameResponse = z.object({ reservation: NameReservationView, check: NameCheckResponse });
export const NameReservationListResponse = z.object({ items: z.array(NameReservationView) });
