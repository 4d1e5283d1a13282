// Beneficial owners of one enterprise (受益所有人, BO-01 … BO-26): restricted to officers who file or supervise them,
// and every read is logged (BO-06).
import { z } from 'zod';

export const BeneficialOwnersQuery = z.strictObject({
  asOf: z.iso.date({ error: 'a date written YYYY-MM-DD' }).optional().describe('The day the ownership is taken on (BO-25); today when absent'),
});

const SharePercent = z.object({ min: z.number(), max: z.number() }).describe('Percent; min = max when exact, a range when a holding is known only within bounds (BO-22)');

export const UltimateHolder = z.object({
  name: z.string(),
  nationality: z.string(),
  idType: z.string(),
  /** The number with its middle hidden: enough to tell two people apart, not to copy the document. */
  idNumberMasked: z.string(),
  sharePercent: SharePercent,
  beneficialOwner: z.enum(['definite', 'possible']).nullable().describe('BO-23: definite when the lowest share meets the rule, possible when only the highest does'),
});

export const HoldingView = z.object({
  subject: z.string().describe('The held entity: a credit code, or the key of an entity outside the register'),
  subjectName: z.string(),
  holderKind: z.enum(['person', 'entity']),
  holder: z.string().describe('An entity’s key; for a person, the masked document'),
  holderName: z.string(),
  sharePercent: SharePercent,
});

export const BeneficialOwnersResponse = z.object({
  uscc: z.string(),
  name: z.string(),
  asOf: z.string(),
  rule: z
    .object({ id: z.string(), thresholdPercent: z.number(), comparison: z.enum(['gte', 'gt']), basisZh: z.string(), basisEn: z.string(), fallbackZh: z.string(), fallbackEn: z.string() })
    .nullable()
    .describe('The rule in force on asOf; null before the Measures took effect (2024-11-01)'),
  ultimateHolders: z.array(UltimateHolder).describe('Every natural person who holds any of it, directly or through entities, largest first'),
  holdings: z.array(HoldingView).describe('The direct holdings the figures are computed from: this enterprise’s and, upward, its entity holders’'),
  entitiesWithoutKnownHolders: z.array(z.object({ key: z.string(), name: z.string() })).describe('Entity holders whose own holders are not on record (e.g. a parent abroad): persons behind them are not counted'),
  cycles: z.array(z.array(z.string())).describe('Entities holding each other in a circle, each held by the next (BO-24)'),
  unresolved: z.enum(['closed-loop', 'no-convergence', 'held-through-unresolved']).nullable().describe('BO-21: the holdings cannot be solved; no figures are given'),
  exemptByCommitment: z.boolean().describe('BO-04: may file a commitment instead (capital within the limit, only natural-person investors)'),
  dayToDayManager: z
    .object({ name: z.string(), position: z.string() })
    .nullable()
    .describe('BO-03: when no one meets the rule, the person in charge of day-to-day management (the manager, else the legal representative)'),
});
export type BeneficialOwnersResponse = z.infer<typeof BeneficialOwnersResponse>;
