// Foreign-funded investment project rules as versioned data (reference-data/investment/project-rules.json; the
// project track of domain-rules §2.4). A static JSON import is data bundled with the code, not I/O; the file is
// validated when this module loads.
import { z } from 'zod';
import raw from '../../../reference-data/investment/project-rules.json' with { type: 'json' };
import { Confidence, DataIndustryCode, DatasetHeader, ReducedDate, deepFreeze } from './investment-schemas.ts';

/** Who decides an approval (核准): the State Council, the NDRC, the Chongqing DRC; recordation: the local DRC. */
export const ProjectAuthority = z.enum(['STATE_COUNCIL', 'NDRC', 'CQ_DRC', 'LOCAL_DRC']);
export type ProjectAuthority = z.infer<typeof ProjectAuthority>;

/** Higher wins when several rules match. */
export const AUTHORITY_RANK: Readonly<Record<ProjectAuthority, number>> = Object.freeze({ STATE_COUNCIL: 3, NDRC: 2, CQ_DRC: 1, LOCAL_DRC: 0 });

const Money = z.strictObject({ amount: z.number().int().positive(), currency: z.enum(['CNY', 'USD']) });

export const ProjectRule = z
  .strictObject({
    id: z.string().regex(/^PRJ-[A-Z0-9-]+$/),
    nameZh: z.string().min(1),
    nameEn: z.string().min(1),
    /** Empty: any industry. Otherwise a case code must match one of them (NL-21). */
    industryCodes: z.array(DataIndustryCode),
    /** Inclusive (及以上). */
    minTotalInvestment: Money.nullable(),
    /** The project lies in a field the negative list restricts (NL-15, NL-22). */
    requiresNegativeListRestricted: z.boolean(),
    authority: ProjectAuthority.exclude(['LOCAL_DRC']),
    catalogueItem: z.string().min(1),
    /** An example drawn from the catalogue's categories rather than its own test. */
    illustrative: z.boolean(),
    confidence: Confidence,
    mappingConfidence: Confidence.nullable(),
    note: z.string().optional(),
    effectiveFrom: ReducedDate,
    effectiveTo: ReducedDate.nullable(),
  })
  .refine((r) => r.industryCodes.length > 0 || r.minTotalInvestment !== null || r.requiresNegativeListRestricted, {
    message: 'a rule needs at least one condition (codes, a threshold or the negative-list restriction)',
  });
export type ProjectRule = z.infer<typeof ProjectRule>;

export const ProjectRulesFile = z.strictObject({
  dataset: z.literal('foreign-investment-project-rules'),
  effectiveFromNote: z.string().optional(),
  ...DatasetHeader,
  recordation: z.strictObject({
    authority: z.literal('LOCAL_DRC'),
    instant: z.literal(true),
    legalBasis: z.string().min(1),
    legalBasisZh: z.string().min(1),
    confidence: Confidence,
    note: z.string(),
  }),
  approvalTimeLimit: z.strictObject({
    workingDays: z.number().int().positive(),
    extensionWorkingDays: z.number().int().min(0),
    legalBasis: z.string().min(1),
    legalBasisZh: z.string().min(1),
    confidence: Confidence,
    extensionConfidence: Confidence,
    note: z.string(),
  }),
  recordationNumber: z.strictObject({
    prefix: z.string().min(1),
    sequenceDigits: z.number().int().min(1).max(9),
    example: z.string(),
    zimaoOwnFormat: z.boolean(),
    confidence: Confidence,
    note: z.string(),
  }),
  rules: z.array(ProjectRule),
});
export type ProjectRules = z.infer<typeof ProjectRulesFile>;

/** The project rules of the data file, validated and frozen. */
export const PROJECT_RULES: Readonly<ProjectRules> = deepFreeze(ProjectRulesFile.parse(raw));
