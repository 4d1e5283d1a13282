// Risk warnings (Plan V.(V): regional and systemic financial-risk monitoring, assessment and early warning; "early
// detection, early reporting, early disposal"). A rule watches one indicator series, for the zone or for each area,
// and fires on a threshold or a trend. Rules are versioned data (reference-data/plan/risk-rules.json).
import { z } from 'zod';

export const RiskLevel = z.enum(['yellow', 'orange', 'red']);
export type RiskLevel = z.infer<typeof RiskLevel>;

const Condition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('threshold'), comparator: z.enum(['lt', 'lte', 'gt', 'gte']), value: z.number() }),
  /** The latest value fell by at least `percent` against the same period one year before. */
  z.strictObject({ kind: z.literal('yoy-fall'), percent: z.number().positive().max(100) }),
  /** The value fell in each of the last `periods` periods. */
  z.strictObject({ kind: z.literal('consecutive-decline'), periods: z.number().int().min(2).max(24) }),
]);
export type RiskCondition = z.infer<typeof Condition>;

export const RiskRule = z.strictObject({
  code: z.string().regex(/^RISK-\d{2}$/),
  zh: z.string().min(1),
  en: z.string().min(1),
  indicatorCode: z.string().min(1),
  scope: z.enum(['zone', 'each-area']).describe('zone: the whole zone’s series; each-area: every area’s own series'),
  periodKind: z.enum(['month', 'quarter', 'year']),
  condition: Condition,
  level: RiskLevel,
  /** Who handles an alert first: the area's officers for an area's alert, the FTZ Office (analyst) otherwise. */
  owner: z.enum(['area', 'ftz-office']),
  /** Not handled within this many working days → escalated to the FTZ Office and the administrators, again each period. */
  escalateAfterWorkingDays: z.number().int().positive().max(60),
  basis: z.string().min(1),
});
export type RiskRule = z.infer<typeof RiskRule>;

export const RiskRulesFile = z.object({
  dataset: z.literal('risk-rules'),
  effectiveFrom: z.iso.date(),
  rules: z.array(RiskRule).min(1),
});
export type RiskRulesFile = z.infer<typeof RiskRulesFile>;
