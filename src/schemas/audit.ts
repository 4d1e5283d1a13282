import { z } from 'zod';

export const AuditEntryView = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  actor: z.string().describe('username, token:<id>, or system'),
  action: z.string().describe('e.g. account.create'),
  subject: z.string().nullable(),
  request: z.record(z.string(), z.unknown()).describe('Request summary, secrets removed'),
  result: z.record(z.string(), z.unknown()).describe('Result summary'),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;
export const AuditListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  beforeSeq: z.coerce.number().int().min(1).optional(),
  action: z.string().max(80).optional(),
});
export const AuditListResponse = z.object({ items: z.array(AuditEntryView) });
export type AuditListResponse = z.infer<typeof AuditListResponse>;

export const AuditVerifyResponse = z.object({
  ok: z.boolean(),
  checked: z.number().int().describe('Rows checked'),
  firstBroken: z
    .object({ seq: z.number().int(), reason: z.string() })
    .nullable()
    .describe('The first row whose hash or link does not match'),
  awaitingSeal: z.number().int().describe('Committed rows not yet chained: written by transactions that committed while the check ran'),
});
export type AuditVerifyResponse = z.infer<typeof AuditVerifyResponse>;
