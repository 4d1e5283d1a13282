// Area assessments over HTTP (issue 7; Plan V.(IV); Trial Measures Art. 8): templates with weighted criteria, the
// assessments with scores and evidence, findings and follow-up actions tracked to closure. The rules behind the
// answers are src/domain/assessment.
import { z } from 'zod';
import { IsoDate, PageQuery } from './common.ts';

export const AssessmentKindSchema = z
  .enum(['annual', 'mid_term', 'third_party_semiannual', 'third_party_annual'])
  .describe('annual and mid_term: the FTZ Office; third_party_*: an outside assessor (Plan V.(IV))');
export type AssessmentKindSchema = z.infer<typeof AssessmentKindSchema>;
export const AssessmentStatusSchema = z.enum(['in_progress', 'submitted', 'closed']);
export const FindingKindSchema = z.enum(['strength', 'problem', 'bottleneck', 'suggestion', 'innovation_case', 'replicable_experience']);
export type FindingKindSchema = z.infer<typeof FindingKindSchema>;
export const ActionStatusSchema = z.enum(['open', 'in_progress', 'done', 'verified', 'closed']);
export type ActionStatusSchema = z.infer<typeof ActionStatusSchema>;

const AreaCode = z.string().min(1).max(8).describe('CQFTZ area: LJ, XY or GYG');
const Key = z.string().min(1).max(60).regex(/^[a-z][a-z0-9-]*$/, 'a lower-case key of the template');
const Text = (max: number) => z.string().trim().min(1).max(max);
const Person = z.object({ id: z.number().int(), displayName: z.string() });

export const CriterionView = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  weight: z.number().describe('Percent of the total; the weights of a template sum to 100'),
  scale: z.object({ min: z.number(), max: z.number(), step: z.number() }),
  guidanceZh: z.string(),
  guidanceEn: z.string(),
});
export const GradeBandView = z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), minTotal: z.number() });
export type GradeBandView = z.infer<typeof GradeBandView>;

export const TemplateView = z.object({
  code: z.string(),
  version: z.number().int(),
  kind: AssessmentKindSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  basis: z.string(),
  weightsOrigin: z.enum(['zimao', 'official']).describe("zimao: the weights, scales and bands are zimao's proposal (the Plan gives none)"),
  weightsConfidence: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  criteria: z.array(CriterionView),
  gradeBands: z.array(GradeBandView),
});
export type TemplateView = z.infer<typeof TemplateView>;
export const TemplatesResponse = z.object({ items: z.array(TemplateView) });
export type TemplatesResponse = z.infer<typeof TemplatesResponse>;

export const CreateAssessmentRequest = z.strictObject({
  kind: AssessmentKindSchema,
  areaCode: AreaCode,
  period: z.string().min(4).max(7).describe('YYYY, or YYYY-H1 / YYYY-H2 for a semi-annual assessment'),
  templateCode: Key.optional().describe('Default: the template of the kind'),
  templateVersion: z.number().int().positive().max(1000).optional().describe('Default: the latest version in force on the last day of the period'),
  assessorId: z.number().int().positive().max(2_147_483_647).optional().describe('Third-party kinds: the assessor account to assign at once'),
});
export type CreateAssessmentRequest = z.infer<typeof CreateAssessmentRequest>;

export const AssignAssessorRequest = z.strictObject({
  assessorId: z.number().int().positive().max(2_147_483_647).describe('An active account of role assessor'),
});
export type AssignAssessorRequest = z.infer<typeof AssignAssessorRequest>;

export const EvidenceDocumentUpload = z.strictObject({
  name: Text(200),
  mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg', 'application/ofd']).describe('PDF, PNG, JPEG or OFD'),
  contentBase64: z.string().min(1).max(2_800_000).describe('The document, base64; at most 2 MB decoded'),
});
export type EvidenceDocumentUpload = z.infer<typeof EvidenceDocumentUpload>;

export const ScoreEntryRequest = z.strictObject({
  criterionKey: Key,
  score: z.number().describe("Within the criterion's scale, a whole number of steps from its minimum"),
  evidence: z.string().max(5000).optional().describe('Required: what the score rests on'),
  document: EvidenceDocumentUpload.nullable().optional().describe('Absent: keep the stored document; null: remove it'),
});
export const PutScoresRequest = z.strictObject({
  scores: z.array(ScoreEntryRequest).max(30).describe('Some or all criteria; each replaces its earlier score'),
});
export type PutScoresRequest = z.infer<typeof PutScoresRequest>;

export const CreateFindingRequest = z.strictObject({
  kind: FindingKindSchema,
  text: Text(5000),
  criterionKey: Key.optional().describe('The criterion the finding is about, if one'),
  reformTaskId: z.number().int().positive().max(2_147_483_647).optional().describe('An innovation case or replicable experience: its reform task'),
});
export type CreateFindingRequest = z.infer<typeof CreateFindingRequest>;

export const CreateActionRequest = z.strictObject({
  title: Text(500),
  findingId: z.number().int().positive().max(2_147_483_647).optional().describe('The finding the action follows up'),
  ownerAreaCode: AreaCode.optional().describe("Default: the assessment's area"),
  dueOn: IsoDate.describe('Due date (Asia/Shanghai); overdue while not done after it'),
});
export type CreateActionRequest = z.infer<typeof CreateActionRequest>;

export const ActionProgressRequest = z.strictObject({
  move: z.enum(['progress', 'done']).describe('progress: a report, the action is under way; done: the area says it is finished'),
  note: Text(5000).describe('What was done'),
});
export type ActionProgressRequest = z.infer<typeof ActionProgressRequest>;
export const ActionReviewRequest = z.strictObject({
  move: z.enum(['verify', 'return', 'close']).describe('verify a done action; return it (with the reason); close a verified one'),
  note: z.string().trim().max(5000).optional(),
});
export type ActionReviewRequest = z.infer<typeof ActionReviewRequest>;

export const ScoreView = z.object({
  criterionKey: z.string(),
  score: z.number(),
  evidence: z.string(),
  document: z.object({ name: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), sha256: z.string() }).nullable(),
  scoredBy: Person,
  scoredAt: z.string(),
});
export type ScoreView = z.infer<typeof ScoreView>;

export const FindingView = z.object({
  id: z.number().int(),
  kind: FindingKindSchema,
  criterionKey: z.string().nullable(),
  text: z.string(),
  reformTaskId: z.number().int().nullable(),
  recordedBy: Person,
  recordedAt: z.string(),
});
export type FindingView = z.infer<typeof FindingView>;

export const ActionUpdateView = z.object({
  move: z.string(),
  fromStatus: ActionStatusSchema.nullable(),
  toStatus: ActionStatusSchema,
  note: z.string(),
  by: Person,
  at: z.string(),
});
export const ActionView = z.object({
  id: z.number().int(),
  assessmentId: z.number().int(),
  assessment: z.object({ kind: AssessmentKindSchema, areaCode: z.string(), period: z.string() }),
  findingId: z.number().int().nullable(),
  title: z.string(),
  ownerAreaCode: z.string(),
  dueOn: IsoDate,
  status: ActionStatusSchema,
  overdue: z.boolean().describe('Not done and past its due date today (Asia/Shanghai)'),
  openedBy: Person,
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  updates: z.array(ActionUpdateView),
});
export type ActionView = z.infer<typeof ActionView>;

export const ResultView = z.object({
  complete: z.boolean(),
  missing: z.array(z.string()).describe('Criteria not yet scored'),
  contributions: z.array(z.object({ criterionKey: z.string(), weight: z.number(), score: z.number().nullable(), weighted: z.number().nullable() })),
  total: z.number().nullable().describe('Weighted total 0–100 once every criterion is scored'),
  grade: GradeBandView.nullable(),
});

export const AssessmentSummary = z.object({
  id: z.number().int(),
  kind: AssessmentKindSchema,
  areaCode: z.string(),
  period: z.string(),
  template: z.object({ code: z.string(), version: z.number().int(), nameZh: z.string(), nameEn: z.string() }),
  status: AssessmentStatusSchema,
  assessor: Person.nullable(),
  total: z.number().nullable().describe('Fixed when submitted'),
  grade: GradeBandView.nullable(),
  openActions: z.number().int().describe('Follow-up actions not yet closed'),
  createdAt: z.string(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const AssessmentDetail = AssessmentSummary.extend({
  template: TemplateView,
  scores: z.array(ScoreView),
  result: ResultView,
  findings: z.array(FindingView),
  actions: z.array(ActionView),
  createdBy: Person,
  submittedBy: Person.nullable(),
  submittedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  may: z.object({ score: z.boolean(), manage: z.boolean(), recordFindings: z.boolean() }).describe('What the reader may do now (the server checks again)'),
});
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;

export const AssessmentListQuery = PageQuery.extend({
  kind: AssessmentKindSchema.optional(),
  areaCode: AreaCode.optional(),
  status: AssessmentStatusSchema.optional(),
});
export type AssessmentListQuery = z.infer<typeof AssessmentListQuery>;
export const AssessmentListResponse = z.object({ items: z.array(AssessmentSummary), total: z.number().int() });
export type AssessmentListResponse = z.infer<typeof AssessmentListResponse>;

export const ActionListQuery = PageQuery.extend({
  areaCode: AreaCode.optional().describe('Owner area'),
  status: ActionStatusSchema.optional(),
  overdue: z.enum(['true', 'false']).optional().describe('true: only overdue actions'),
  assessmentId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});
export type ActionListQuery = z.infer<typeof ActionListQuery>;
export const ActionListResponse = z.object({ items: z.array(ActionView), total: z.number().int() });
export type ActionListResponse = z.infer<typeof ActionListResponse>;

export const AssessorsResponse = z.object({ items: z.array(Person) });
export type AssessorsResponse = z.infer<typeof AssessorsResponse>;
