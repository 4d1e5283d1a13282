// Reform pilot tasks over HTTP (issue 7; Trial Measures Arts. 5, 6, 8; Regulation 2019 Arts. 5, 7, 9): the register
// with source, responsible department, status and evaluation, the replication procedure (复制推广), and the public
// list of replicated results. The rules behind the answers are src/domain/reform.
import { z } from 'zod';
import { IsoDate, PageQuery } from './common.ts';

export const ReformStatusSchema = z.enum(['proposed', 'piloting', 'evaluated', 'proposed_for_replication', 'replicated', 'failed', 'closed']);
export type ReformStatusSchema = z.infer<typeof ReformStatusSchema>;
export const EvaluationOutcomeSchema = z.enum(['effective', 'partly_effective', 'not_effective']);
export type EvaluationOutcomeSchema = z.infer<typeof EvaluationOutcomeSchema>;

const Text = (max: number) => z.string().trim().min(1).max(max);
const Key = z.string().min(1).max(60).regex(/^[a-z][a-z0-9-]*$/, 'a lower-case key of reference-data/plan/reform-tasks.json');
const DepartmentCode = z.string().min(1).max(60).regex(/^[A-Z][A-Z_]*$/, 'a department code of reference-data/organisation/departments.json');
const Person = z.object({ id: z.number().int(), displayName: z.string() });

export const CreateReformTaskRequest = z.strictObject({
  title: Text(300).describe('The task, as the FTZ Office names it (Chinese first)'),
  titleEn: Text(300).optional(),
  description: z.string().trim().max(5000).default(''),
  sourceKind: Key.describe('general-plan, trial-measures, regulation-2019, industrial-plan, national-measure, municipal-measure, area-initiative'),
  sourceReference: Text(300).describe('The instrument and item, e.g. 《条例》第三十八条'),
  responsibleDepartmentCode: DepartmentCode,
  areaCode: z.string().min(1).max(8).optional().describe('The CQFTZ area piloting it (an innovation case of the area); absent: zone-wide'),
});
export type CreateReformTaskRequest = z.infer<typeof CreateReformTaskRequest>;

export const EvaluationRequest = z.strictObject({
  outcome: EvaluationOutcomeSchema,
  summary: z.string().max(5000).describe('What the pilot showed'),
  risksControllable: z.boolean().describe('Trial Measures Art. 6: only results whose risks are controllable are replicated'),
  evaluator: z.string().max(200).describe('Who evaluated: a department, the FTZ Office, a third-party evaluator'),
});
export const ReformStatusRequest = z.strictObject({
  to: z.enum(['piloting', 'evaluated', 'failed', 'closed']).describe('Proposing for replication and replicating go through POST …/replication'),
  note: z.string().trim().max(5000).optional().describe('Required to close: why'),
  evaluation: EvaluationRequest.optional().describe('Required to evaluate (effective, partly_effective) or fail (not_effective)'),
});
export type ReformStatusRequest = z.infer<typeof ReformStatusRequest>;

export const ReplicationStepRequest = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('propose'), scope: Key.describe('zone, municipal or national'), summary: z.string().max(5000) }),
  z.strictObject({ step: z.literal('review'), departmentCode: DepartmentCode, opinion: z.enum(['supports', 'objects']), note: z.string().trim().max(5000).optional() }),
  z.strictObject({
    step: z.literal('decide'),
    decision: z.enum(['approved', 'rejected']),
    decidedBy: DepartmentCode.describe('The deciding body, e.g. CQFTZ_LEADING_GROUP (recorded by the FTZ Office as its secretariat)'),
    documentNo: z.string().trim().max(120).optional().describe('The decision document number, when there is one'),
    note: z.string().trim().max(5000).optional(),
  }),
  z.strictObject({ step: z.literal('publish'), title: z.string().max(300), url: z.string().trim().url().max(500).optional() }),
]);
export type ReplicationStepRequest = z.infer<typeof ReplicationStepRequest>;

export const EvaluationView = z.object({
  outcome: EvaluationOutcomeSchema,
  summary: z.string(),
  risksControllable: z.boolean(),
  evaluator: z.string(),
  evaluatedOn: IsoDate,
  toleranceOfFailure: z.object({ basis: z.string(), noPenalty: z.literal(true) }).nullable().describe('A failed pilot: recorded without penalty (Trial Measures Art. 5)'),
});
export const ReplicationView = z.object({
  scope: z.string(),
  proposal: z.object({ summary: z.string(), proposedOn: IsoDate }),
  reviews: z.array(z.object({ departmentCode: z.string(), opinion: z.enum(['supports', 'objects']), note: z.string(), reviewedOn: IsoDate })),
  decision: z.object({ decision: z.enum(['approved', 'rejected']), decidedBy: z.string(), documentNo: z.string().nullable(), note: z.string(), decidedOn: IsoDate }).nullable(),
  publication: z.object({ title: z.string(), url: z.string().nullable(), publishedOn: IsoDate }).nullable(),
});
export type ReplicationView = z.infer<typeof ReplicationView>;

const Named = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

export const ReformTaskView = z.object({
  id: z.number().int(),
  title: z.string(),
  titleEn: z.string().nullable(),
  description: z.string(),
  source: z.object({ kind: z.string(), nameZh: z.string(), nameEn: z.string(), reference: z.string() }),
  responsibleDepartment: Named,
  areaCode: z.string().nullable(),
  status: ReformStatusSchema,
  startedOn: IsoDate.nullable(),
  evaluation: EvaluationView.nullable(),
  replication: ReplicationView.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReformTaskView = z.infer<typeof ReformTaskView>;

export const ReformEventView = z.object({
  kind: z.enum(['created', 'status', 'replication']),
  fromStatus: ReformStatusSchema.nullable(),
  toStatus: ReformStatusSchema,
  detail: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  by: Person,
  at: z.string(),
});
export const ReformVocabulariesView = z
  .object({
    sourceKinds: z.array(z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), instrument: z.string() })),
    replicationScopes: z.array(z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string() })),
    decidingBodies: z.array(z.object({ departmentCode: z.string(), basis: z.string() })),
  })
  .describe('The keys the forms take (reference-data/plan/reform-tasks.json)');
export type ReformVocabulariesView = z.infer<typeof ReformVocabulariesView>;

export const ReformTaskDetail = ReformTaskView.extend({
  vocabularies: ReformVocabulariesView,
  events: z.array(ReformEventView),
  nextStatuses: z.array(z.enum(['piloting', 'evaluated', 'failed', 'closed'])).describe('The status moves allowed now'),
});
export type ReformTaskDetail = z.infer<typeof ReformTaskDetail>;

export const ReformListQuery = PageQuery.extend({
  status: ReformStatusSchema.optional(),
  sourceKind: Key.optional(),
  departmentCode: DepartmentCode.optional(),
  areaCode: z.string().min(1).max(8).optional(),
});
export type ReformListQuery = z.infer<typeof ReformListQuery>;
export const ReformListResponse = z.object({
  items: z.array(ReformTaskView),
  total: z.number().int(),
  vocabularies: ReformVocabulariesView,
});
export type ReformListResponse = z.infer<typeof ReformListResponse>;

export const PublicReplicatedItem = z.object({
  id: z.number().int(),
  title: z.string(),
  titleEn: z.string().nullable(),
  description: z.string(),
  source: z.object({ kind: z.string(), nameZh: z.string(), nameEn: z.string(), reference: z.string() }),
  responsibleDepartment: Named,
  areaCode: z.string().nullable(),
  evaluation: z.object({ outcome: EvaluationOutcomeSchema, summary: z.string(), evaluatedOn: IsoDate }),
  scope: z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string() }),
  decision: z.object({ decidedBy: Named, documentNo: z.string().nullable(), decidedOn: IsoDate }),
  publication: z.object({ title: z.string(), url: z.string().nullable(), publishedOn: IsoDate }),
});
export type PublicReplicatedItem = z.infer<typeof PublicReplicatedItem>;
export const PublicReplicatedResponse = z.object({ items: z.array(PublicReplicatedItem), total: z.number().int() });
export type PublicReplicatedResponse = z.infer<typeof PublicReplicatedResponse>;
