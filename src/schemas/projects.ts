// The investment-project pipeline over HTTP (issue 7; Plan V.(II), V.(VI)): the register of each area's projects,
// stage changes with their evidence, stalled alerts, the land-priority ranking, conversion and ageing per area, and
// the annual investment-attraction tasks against actuals. The rules are src/domain/projects.
import { z } from 'zod';
import { ClassificationView, ClusterFitView, FitLevel, IndustryCodeParam, IndustryRef } from './clusters.ts';
import { IsoDate, PageQuery } from './common.ts';

export const ProjectStage = z.enum(['negotiating', 'contracted', 'under_construction', 'in_production', 'achieving_results', 'dropped']);
export type ProjectStage = z.infer<typeof ProjectStage>;
export const InvestorCategory = z.enum(['central_soe', 'foreign_funded', 'hmt_funded', 'private']).describe('Plan V.(II): central SOE, foreign, HK/Macao/Taiwan, private');
export const Direction = z.enum(['bringing_in', 'going_out']).describe('引进来 or 走出去');
export const LandCategory = z.enum(['emerging_industry', 'advanced_manufacturing', 'standard_factory', 'incubator', 'accelerator', 'public_infrastructure']).describe('Plan V.(VI) priority categories');
export type LandCategory = z.infer<typeof LandCategory>;

const AreaCode = z.string().min(1).max(16).describe('CQFTZ area: LJ, XY or GYG');
const Yuan = z.number().int().min(0).max(1e15);
const Person = z.object({ id: z.number().int(), displayName: z.string() });

export const CreateProjectRequest = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Project name'),
  areaCode: AreaCode,
  unitCode: z.string().min(1).max(16).optional().describe('Functional area or cluster group inside the area (decides the cluster fit)'),
  investorName: z.string().trim().min(1).max(200),
  investorCategory: InvestorCategory,
  direction: Direction,
  industryCode: IndustryCodeParam,
  totalInvestmentYuan: Yuan.describe('Planned total investment, whole yuan'),
  siteAreaM2: z.number().int().positive().max(100_000_000).optional().describe('Site area of the land demand, m²'),
  landCategories: z.array(LandCategory).max(6).optional().describe('Declared land-priority categories'),
  negotiationStartedOn: IsoDate.describe('The day talks began: the project enters the pipeline under negotiation'),
  note: z.string().trim().max(2000).optional(),
});
export type CreateProjectRequest = z.infer<typeof CreateProjectRequest>;

export const EvidenceDocument = z.strictObject({
  kind: z.string().regex(/^[a-z_]{1,40}$/).describe('Document kind of pipeline-rules.json: signed_agreement, construction_permit, production_start, output_tax_statement, other'),
  name: z.string().trim().min(1).max(200),
  mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg', 'application/ofd']),
  contentBase64: z.string().min(1).max(2_800_000).describe('The file, base64; at most 2 MB decoded'),
});
export const StageChangeRequest = z.strictObject({
  to: ProjectStage.describe('The next stage, or dropped'),
  on: IsoDate.describe('The day the stage began: not before the current stage began, not after today'),
  facts: z.record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.union([z.string().max(500), z.number()])).optional().describe('Evidence facts: permitNo; outputYuan, taxYuan, figuresYear; reason; agreementNo, contractedInvestmentYuan'),
  documents: z.array(EvidenceDocument).max(3).optional(),
  note: z.string().trim().max(2000).optional(),
});
export type StageChangeRequest = z.infer<typeof StageChangeRequest>;

export const StageAgeingView = z.object({ daysInStage: z.number().int(), stalledAfterDays: z.number().int().nullable(), stalled: z.boolean(), daysOver: z.number().int().nullable() });

export const ProjectView = z.object({
  id: z.number().int(),
  name: z.string(),
  areaCode: z.string(),
  unitCode: z.string().nullable(),
  investorName: z.string(),
  investorCategory: InvestorCategory,
  direction: Direction,
  industry: IndustryRef,
  totalInvestmentYuan: z.number(),
  siteAreaM2: z.number().int().nullable(),
  landCategories: z.array(LandCategory),
  stage: ProjectStage,
  stageSince: IsoDate,
  ageing: StageAgeingView,
  clusterIds: z.array(z.string()),
  subIndustryIds: z.array(z.string()),
  emerging: z.boolean(),
  fit: FitLevel,
  landScore: z.number().int().describe('Land-priority total (see the project for its inputs)'),
  createdAt: z.string(),
});
export type ProjectView = z.infer<typeof ProjectView>;

export const LandScoreView = z.object({
  total: z.number().int(),
  maxPoints: z.number().int(),
  rulesVersion: z.string(),
  category: z.object({
    value: LandCategory.nullable(),
    points: z.number().int(),
    maxPoints: z.number().int(),
    candidates: z.array(z.object({ key: LandCategory, source: z.enum(['declared', 'derived']), points: z.number().int(), because: z.string().nullable() })),
  }),
  clusterFit: z.object({ value: FitLevel, points: z.number().int(), maxPoints: z.number().int() }),
  investmentIntensity: z.object({
    value: z.number().nullable().describe('yuan per m² of site area'),
    totalInvestmentYuan: z.number(),
    siteAreaM2: z.number().nullable(),
    bandMinYuanPerM2: z.number().nullable(),
    points: z.number().int(),
    maxPoints: z.number().int(),
  }),
});
export type LandScoreView = z.infer<typeof LandScoreView>;

export const ProjectDocumentView = z.object({ id: z.number().int(), kind: z.string(), name: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), sha256: z.string(), uploadedAt: z.string() });
const Named = { key: z.string(), nameZh: z.string(), nameEn: z.string() };
export const StageChangeView = z.object({
  seq: z.number().int(),
  from: ProjectStage.nullable(),
  to: ProjectStage,
  on: IsoDate,
  facts: z.record(z.string(), z.union([z.string(), z.number()])),
  note: z.string().nullable(),
  changedBy: Person,
  changedAt: z.string(),
  documents: z.array(ProjectDocumentView),
});
export type StageChangeView = z.infer<typeof StageChangeView>;

export const ProjectDetail = ProjectView.extend({
  note: z.string().nullable(),
  classification: ClassificationView,
  clusterFit: ClusterFitView,
  land: LandScoreView,
  timeline: z.array(StageChangeView),
  moves: z.array(z.object({ ...Named, requiredDocuments: z.array(z.object(Named)), requiredFacts: z.array(z.object({ ...Named, type: z.enum(['text', 'amount', 'year']) })) })).describe('Where the project may go next and the evidence each move needs'),
});
export type ProjectDetail = z.infer<typeof ProjectDetail>;

export const ProjectListQuery = PageQuery.extend({
  areaCode: AreaCode.optional(),
  stage: ProjectStage.optional(),
  stalled: z.enum(['true', 'false']).optional().describe('true: stalled projects only'),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;
export const ProjectListResponse = z.object({ items: z.array(ProjectView), total: z.number().int() });
export type ProjectListResponse = z.infer<typeof ProjectListResponse>;

export const AreaQuery = z.object({ areaCode: AreaCode.optional() });
export const StalledListResponse = z.object({ date: IsoDate, rule: z.string(), items: z.array(ProjectView) });
export type StalledListResponse = z.infer<typeof StalledListResponse>;

export const LandPriorityListResponse = z.object({
  rulesVersion: z.string(),
  rankedStages: z.array(ProjectStage),
  note: z.string(),
  items: z.array(z.object({ rank: z.number().int().describe('Per area, 1 = first'), project: ProjectView, score: LandScoreView })),
});
export type LandPriorityListResponse = z.infer<typeof LandPriorityListResponse>;

const StageSummaryView = z.object({
  stage: ProjectStage,
  current: z.number().int(),
  investmentYuan: z.number(),
  reached: z.number().int(),
  conversionToNext: z.number().nullable(),
  averageDaysInStage: z.number().nullable(),
  maxDaysInStage: z.number().nullable(),
  stalled: z.number().int(),
});
export const PipelineResponse = z.object({
  date: IsoDate,
  stages: z.array(z.object({ ...Named, stalledAfterDays: z.number().int().nullable() })),
  areas: z.array(z.object({ areaCode: z.string(), total: z.number().int(), dropped: z.number().int(), stages: z.array(StageSummaryView) })),
});
export type PipelineResponse = z.infer<typeof PipelineResponse>;

export const AttractionTaskView = z.object({
  revision: z.number().int(),
  targetCount: z.number().int(),
  targetInvestmentYuan: z.number(),
  status: z.enum(['proposed', 'approved']),
  note: z.string().nullable(),
  setBy: Person,
  setAt: z.string(),
});
export type AttractionTaskView = z.infer<typeof AttractionTaskView>;
export const AttractionYearQuery = z.object({ year: z.coerce.number().int().min(2018).max(2100).describe('Calendar year') });
export const AttractionTasksResponse = z.object({
  year: z.number().int(),
  rule: z.string().describe('What counts as actual (pipeline-rules.json attractionActuals)'),
  items: z.array(
    z.object({
      areaCode: z.string(),
      task: AttractionTaskView.nullable().describe('The latest revision'),
      history: z.array(AttractionTaskView),
      actualCount: z.number().int(),
      actualInvestmentYuan: z.number(),
      projectIds: z.array(z.number().int()),
      countRatio: z.number().nullable(),
      investmentRatio: z.number().nullable(),
    }),
  ),
});
export type AttractionTasksResponse = z.infer<typeof AttractionTasksResponse>;
export const SetAttractionTaskRequest = z.strictObject({
  targetCount: z.number().int().min(0).max(100_000).describe('Projects to bring in and sign in the year'),
  targetInvestmentYuan: Yuan.describe('Their total investment, whole yuan'),
  note: z.string().trim().max(2000).optional(),
});
export type SetAttractionTaskRequest = z.infer<typeof SetAttractionTaskRequest>;
export const AttractionTaskParams = z.object({ areaCode: AreaCode, year: z.coerce.number().int().min(2018).max(2100) });
