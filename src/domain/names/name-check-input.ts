// The question `zimao names check` answers (issue 6 CLI contract): a declared name on a day, against the names the
// caller lists or, without `existing`, against the register. The API takes the same schema less `existing`.
import { z } from 'zod';

const Day = z.iso.date({ error: 'must be a real date written YYYY-MM-DD' });

export const NameStatusSchema = z.enum(['registered', 'reserved', 'deregistered', 'changed', 'revoked']);

export const ExistingNameInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  status: NameStatusSchema,
  since: Day,
  relatedInvestment: z.boolean().optional(),
});

export const NameCheckInput = z.strictObject({
  name: z.string().trim().min(1, 'give the name to check').max(100),
  /** The day the check is made on: Art. 17's one-year period counts back from it. */
  asOf: Day,
  legalForm: z.enum(['company', 'partnership', 'sole-proprietorship', 'individual-business']).optional(),
  existing: z.array(ExistingNameInput).max(10_000).optional(),
});
export type NameCheckInput = z.infer<typeof NameCheckInput>;
