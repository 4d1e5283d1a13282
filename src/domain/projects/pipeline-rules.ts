// The shape of reference-data/plan/pipeline-rules.json: the stages of the investment-project pipeline (Plan V.(II)),
// the evidence each stage needs, the stalled thresholds, and the vocabularies of investor category and direction.
// The stage keys are the API's contract (and the migration's CHECK); the data says what each stage needs.
import { z } from 'zod';

/** The pipeline in order (Plan V.(II)): negotiation → contract → construction → production → results. */
export const PIPELINE_STAGES = ['negotiating', 'contracted', 'under_construction', 'in_production', 'achieving_results'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];
export const ProjectStage = z.enum([...PIPELINE_STAGES, 'dropped']);
export type ProjectStage = z.infer<typeof ProjectStage>;

export const InvestorCategory = z.enum(['central_soe', 'foreign_funded', 'hmt_funded', 'private']);
export type InvestorCategory = z.infer<typeof InvestorCategory>;
export const Direction = z.enum(['bringing_in', 'going_out']);
export type Direction = z.infer<typeof Direction>;

const Text = z.string().min(1);
const ReducedDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const Named = { nameZh: Text, nameEn: Text };

export const StageRule = z.strictObject({
  key: ProjectStage,
  ...Named,
  requiredDocuments: z.array(Text),
  requiredFacts: z.array(Text),
  /** Calendar days in the stage after which the project is stalled; null: never (the last stage, dropped). */
  stalledAfterDays: z.number().int().positive().nullable(),
  note: Text,
});
export type StageRule = z.infer<typeof StageRule>;

export const FactRule = z.strictObject({ key: z.string().regex(/^[a-z][A-Za-z]*$/), type: z.enum(['text', 'amount', 'year']), ...Named });
export type FactRule = z.infer<typeof FactRule>;

export const PipelineRules = z
  .strictObject({
    dataset: z.literal('cqftz-project-pipeline-rules'),
    version: Text,
    description: Text,
    source: z.array(z.object({ id: Text, title: Text, confidence: Text }).loose()).min(1),
    effectiveFrom: ReducedDate,
    effectiveTo: ReducedDate.nullable(),
    stalledRule: Text,
    stages: z.array(StageRule),
    dropped: StageRule,
    documentKinds: z.array(z.strictObject({ key: z.string().regex(/^[a-z_]+$/), ...Named })).min(1),
    facts: z.array(FactRule),
    investorCategories: z.array(z.strictObject({ key: InvestorCategory, ...Named })),
    investorCategoriesNote: Text,
    directions: z.array(z.strictObject({ key: Direction, ...Named })),
    attractionActuals: z.strictObject({ countedStage: ProjectStage, direction: Direction, note: Text }),
  })
  .superRefine((file, ctx) => {
    const keys = file.stages.map((s) => s.key);
    if (keys.join() !== PIPELINE_STAGES.join()) ctx.addIssue({ code: 'custom', path: ['stages'], message: `stages must be ${PIPELINE_STAGES.join(', ')} in order` });
    if (file.dropped.key !== 'dropped') ctx.addIssue({ code: 'custom', path: ['dropped', 'key'], message: 'must be dropped' });
    const documents = new Set(file.documentKinds.map((d) => d.key));
    const facts = new Set(file.facts.map((f) => f.key));
    for (const [i, stage] of [...file.stages, file.dropped].entries()) {
      const path = i < file.stages.length ? ['stages', i] : ['dropped'];
      for (const d of stage.requiredDocuments) if (!documents.has(d)) ctx.addIssue({ code: 'custom', path: [...path, 'requiredDocuments'], message: `unknown document kind ${d}` });
      for (const f of stage.requiredFacts) if (!facts.has(f)) ctx.addIssue({ code: 'custom', path: [...path, 'requiredFacts'], message: `unknown fact ${f}` });
    }
    if (new Set(file.investorCategories.map((c) => c.key)).size !== InvestorCategory.options.length) ctx.addIssue({ code: 'custom', path: ['investorCategories'], message: 'names every investor category once' });
    if (new Set(file.directions.map((c) => c.key)).size !== Direction.options.length) ctx.addIssue({ code: 'custom', path: ['directions'], message: 'names every direction once' });
  });
export type PipelineRules = z.infer<typeof PipelineRules>;

// Guarantees: the rule of a stage (dropped included).
export function stageRule(rules: PipelineRules, stage: ProjectStage): StageRule {
  return stage === 'dropped' ? rules.dropped : rules.stages.find((s) => s.key === stage)!;
}
