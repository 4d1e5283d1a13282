// The land-use priority score of a project (Plan V.(VI)): the best priority category it has (declared, or derived
// from its industry's classification), its cluster fit and its investment intensity, each input shown with its value
// and points. Weights and bands are data (reference-data/plan/land-priority.json), not constants.
import { z } from 'zod';
import type { FitLevel, IndustryClassification } from '../clusters/index.ts';
import { FIT_LEVELS } from '../clusters/index.ts';
import { ProjectStage } from './pipeline-rules.ts';

export const LandCategory = z.enum(['emerging_industry', 'advanced_manufacturing', 'standard_factory', 'incubator', 'accelerator', 'public_infrastructure']);
export type LandCategory = z.infer<typeof LandCategory>;

const Text = z.string().min(1);
const Points = z.number().int().min(0).max(100);
const DerivedFrom = z.union([z.strictObject({ kind: z.literal('emerging') }), z.strictObject({ kind: z.literal('cluster'), clusterId: z.string().regex(/^C\d$/) })]);

export const LandPriorityRules = z
  .strictObject({
    dataset: z.literal('cqftz-land-use-priority'),
    version: Text,
    description: Text,
    source: z.array(z.object({ id: Text, title: Text, confidence: Text }).loose()).min(1),
    effectiveFrom: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    effectiveTo: z.string().nullable(),
    maxPoints: Points,
    categoryRule: z.literal('best'),
    categoryRuleNote: Text,
    categories: z.array(z.strictObject({ key: LandCategory, nameZh: Text, nameEn: Text, points: Points, planListed: z.boolean(), derivedFrom: DerivedFrom.optional(), note: Text.optional() })),
    clusterFit: z.array(z.strictObject({ level: z.enum(FIT_LEVELS as [FitLevel, ...FitLevel[]]), nameZh: Text, nameEn: Text, points: Points })),
    investmentIntensity: z.strictObject({
      unit: Text,
      formula: Text,
      note: Text,
      bands: z.array(z.strictObject({ minYuanPerM2: z.number().min(0), points: Points })).min(1),
    }),
    rankedStages: z.array(ProjectStage).min(1),
    rankedStagesNote: Text,
  })
  .superRefine((file, ctx) => {
    if (new Set(file.categories.map((c) => c.key)).size !== LandCategory.options.length) ctx.addIssue({ code: 'custom', path: ['categories'], message: 'names every land category once' });
    if (new Set(file.clusterFit.map((c) => c.level)).size !== FIT_LEVELS.length) ctx.addIssue({ code: 'custom', path: ['clusterFit'], message: 'gives points for every fit level once' });
    const bands = file.investmentIntensity.bands;
    // Highest band first, down to a band from 0, so every intensity falls in exactly one band.
    if (bands.some((b, i) => i > 0 && b.minYuanPerM2 >= bands[i - 1]!.minYuanPerM2) || bands.at(-1)!.minYuanPerM2 !== 0) {
      ctx.addIssue({ code: 'custom', path: ['investmentIntensity', 'bands'], message: 'bands run from the highest minimum down to 0' });
    }
    const max = Math.max(...file.categories.map((c) => c.points)) + Math.max(...file.clusterFit.map((c) => c.points)) + Math.max(...bands.map((b) => b.points));
    if (max !== file.maxPoints) ctx.addIssue({ code: 'custom', path: ['maxPoints'], message: `the inputs' maxima add up to ${max}` });
  });
export type LandPriorityRules = z.infer<typeof LandPriorityRules>;

export interface LandPriorityInput {
  readonly declaredCategories: readonly LandCategory[];
  /** Site area of the land demand in m²; null when not stated. */
  readonly siteAreaM2: number | null;
  readonly totalInvestmentYuan: number;
  readonly classification: IndustryClassification;
  readonly fit: FitLevel;
}

export interface CategoryCandidate {
  readonly key: LandCategory;
  readonly source: 'declared' | 'derived';
  readonly points: number;
  /** For a derived category: what in the classification gave it (an emerging item id or a cluster id). */
  readonly because: string | null;
}

export interface LandScore {
  readonly total: number;
  readonly maxPoints: number;
  readonly category: { readonly value: LandCategory | null; readonly points: number; readonly maxPoints: number; readonly candidates: readonly CategoryCandidate[] };
  readonly clusterFit: { readonly value: FitLevel; readonly points: number; readonly maxPoints: number };
  readonly investmentIntensity: {
    /** yuan per m², rounded to whole yuan; null when the site area is not stated. */
    readonly value: number | null;
    readonly totalInvestmentYuan: number;
    readonly siteAreaM2: number | null;
    readonly bandMinYuanPerM2: number | null;
    readonly points: number;
    readonly maxPoints: number;
  };
  readonly rulesVersion: string;
}

function candidates(input: LandPriorityInput, rules: LandPriorityRules): CategoryCandidate[] {
  const out: CategoryCandidate[] = [];
  for (const c of rules.categories) {
    if (input.declaredCategories.includes(c.key)) out.push({ key: c.key, source: 'declared', points: c.points, because: null });
    const d = c.derivedFrom;
    if (d?.kind === 'emerging' && input.classification.emerging.length > 0) out.push({ key: c.key, source: 'derived', points: c.points, because: input.classification.emerging[0]!.id });
    if (d?.kind === 'cluster' && input.classification.clusterIds.includes(d.clusterId)) out.push({ key: c.key, source: 'derived', points: c.points, because: d.clusterId });
  }
  return out;
}

// Guarantees: total = best category's points + the fit's points + the intensity band's points, each shown with its
// input; a category counts once whether declared or derived (the best candidate, declared first on a tie); intensity
// is total investment / site area, in the first band whose minimum it reaches, and 0 points without a site area.
export function landPriorityScore(input: LandPriorityInput, rules: LandPriorityRules): LandScore {
  const list = candidates(input, rules);
  const best = list.reduce<CategoryCandidate | null>((top, c) => (top === null || c.points > top.points ? c : top), null);
  const fitPoints = rules.clusterFit.find((f) => f.level === input.fit)!.points;
  const intensity = input.siteAreaM2 !== null && input.siteAreaM2 > 0 ? input.totalInvestmentYuan / input.siteAreaM2 : null;
  const band = intensity === null ? null : rules.investmentIntensity.bands.find((b) => intensity >= b.minYuanPerM2)!;
  const category = { value: best?.key ?? null, points: best?.points ?? 0, maxPoints: Math.max(...rules.categories.map((c) => c.points)), candidates: list };
  const clusterFit = { value: input.fit, points: fitPoints, maxPoints: Math.max(...rules.clusterFit.map((f) => f.points)) };
  const investmentIntensity = {
    value: intensity === null ? null : Math.round(intensity),
    totalInvestmentYuan: input.totalInvestmentYuan,
    siteAreaM2: input.siteAreaM2,
    bandMinYuanPerM2: band?.minYuanPerM2 ?? null,
    points: band?.points ?? 0,
    maxPoints: Math.max(...rules.investmentIntensity.bands.map((b) => b.points)),
  };
  return Object.freeze({ total: category.points + clusterFit.points + investmentIntensity.points, maxPoints: rules.maxPoints, category, clusterFit, investmentIntensity, rulesVersion: rules.version });
}
