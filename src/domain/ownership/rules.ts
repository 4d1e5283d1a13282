// The beneficial-owner rule in force on a day, read from reference-data/ownership/beneficial-owner-rules.json
// (passed in: the domain reads no files), and the classification of an ultimate share against it (BO-23).
import { z } from 'zod';
import type { UltimateShare } from './integrate.ts';

const CivilDate = z.iso.date();

export const BeneficialOwnerRule = z.strictObject({
  id: z.string().min(1),
  effectiveFrom: CivilDate,
  effectiveTo: CivilDate.nullable(),
  method: z.literal('multiply-sum'),
  thresholdPercent: z.number().positive().max(100),
  comparison: z.enum(['gte', 'gt']),
  interestTypes: z.array(z.literal('shareholding')).min(1),
  basisZh: z.string().min(1),
  basisEn: z.string().min(1),
  source: z.string().min(1),
  exemption: z.strictObject({
    maxRegisteredCapitalYuan: z.number().positive(),
    onlyNaturalPersonInvestors: z.boolean(),
    basisZh: z.string().min(1),
    basisEn: z.string().min(1),
    confidence: z.string().min(1),
  }),
  fallbackZh: z.string().min(1),
  fallbackEn: z.string().min(1),
});
export type BeneficialOwnerRule = z.infer<typeof BeneficialOwnerRule>;

export const BeneficialOwnerRules = z.strictObject({ description: z.string(), confidence: z.string(), rules: z.array(BeneficialOwnerRule).min(1) });

/** The rule in force on `day`; before the first rule there was no beneficial-owner duty (null). */
export function ruleInForce(rules: readonly BeneficialOwnerRule[], day: string): BeneficialOwnerRule | null {
  return rules.find((r) => r.effectiveFrom <= day && (r.effectiveTo === null || day < r.effectiveTo)) ?? null;
}

export type OwnerClass = 'definite' | 'possible';

/**
 * BO-23: definite when even the lowest share meets the threshold, possible when only the highest does. Shares are
 * compared in whole millionths of a percent, so 0.25 reached by adding 0.1 + 0.15 is 25%, not 24.999…%.
 */
export function classifyShare(share: Pick<UltimateShare, 'min' | 'max'>, rule: Pick<BeneficialOwnerRule, 'thresholdPercent' | 'comparison'>): OwnerClass | null {
  const meets = (fraction: number) => {
    const percent = Math.round(fraction * 1e8) / 1e6;
    return rule.comparison === 'gte' ? percent >= rule.thresholdPercent : percent > rule.thresholdPercent;
  };
  if (meets(share.min)) return 'definite';
  if (meets(share.max)) return 'possible';
  return null;
}

/** BO-04: may file a commitment instead of beneficial-owner data. */
export function exemptByCommitment(facts: { registeredCapitalYuan: number; investorKinds: readonly ('person' | 'entity')[] }, rule: BeneficialOwnerRule): boolean {
  const small = facts.registeredCapitalYuan <= rule.exemption.maxRegisteredCapitalYuan;
  const persons = !rule.exemption.onlyNaturalPersonInvestors || facts.investorKinds.every((k) => k === 'person');
  return small && persons && facts.investorKinds.length > 0;
}
