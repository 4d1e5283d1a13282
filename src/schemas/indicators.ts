// Targets and indicators over HTTP (issue 7): the catalogue of the Plan's targets with their progress, one
// indicator's series with its trajectory and forecast, the scorecard of areas × indicators, and the values areas
// submit (by form or workbook) for the FTZ Office to approve. The rules are src/domain/indicators.
import { z } from 'zod';
import { PageQuery } from './common.ts';

const Code = z.string().regex(/^[A-Z][A-Z0-9_]{0,59}$/, 'an indicator code such as FDI_USD');
/** An area (LJ, XY, GYG), or CQFTZ for figures kept for the whole zone. */
export const ScopeCode = z.string().regex(/^[A-Z]{2,5}$/, 'LJ, XY, GYG or CQFTZ').describe('An area (LJ, XY, GYG), or CQFTZ for the whole zone');
const PeriodText = z.string().max(10).describe('YYYY-MM (month), YYYY-Qn (quarter) or YYYY (year)');
const MonthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM');
const Reason = z.string().trim().min(1).max(500);
const Person = z.object({ id: z.number().int(), displayName: z.string() });
const Num = z.number().nullable();

export const Light = z.enum(['on_track', 'at_risk', 'off_track', 'no_data', 'no_target']).describe('on_track 正常, at_risk 预警, off_track 滞后, no_data, no_target');
export type Light = z.infer<typeof Light>;
export const PeriodKindSchema = z.enum(['month', 'quarter', 'year']);

export const UnitView = z.object({ code: z.string(), zh: z.string(), en: z.string() });
export type UnitView = z.infer<typeof UnitView>;

export const IndicatorView = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.enum(['raw', 'derived', 'computed']).describe('raw: entered per period; derived: a formula over others; computed: from zimao’s own data'),
  unit: UnitView,
  measure: z.enum(['flow', 'stock', 'rate']),
  direction: z.enum(['higher', 'lower']),
  entry: z.enum(['area', 'zone']).nullable().describe('raw only: reported by each area, or entered for the whole zone by the FTZ Office'),
  entryPeriods: z.array(PeriodKindSchema),
  formula: z.object({ op: z.enum(['growth', 'share', 'sum']), operands: z.array(z.string()) }).nullable(),
  computedFrom: z.string().nullable(),
  range: z.object({ min: Num, max: Num }),
  planSection: z.string().nullable(),
  source: z.string(),
  confidence: z.string(),
  noteZh: z.string().nullable(),
  noteEn: z.string().nullable(),
});
export type IndicatorView = z.infer<typeof IndicatorView>;

export const TargetView = z.object({
  id: z.string(),
  indicator: z.string(),
  comparator: z.enum(['gt', 'gte', 'eq_reach', 'maintain', 'add', 'range']),
  value: Num,
  valueMin: Num,
  valueMax: Num,
  unit: UnitView,
  periodKind: z.enum(['annual_average', 'by_end_year', 'cumulative_new']),
  from: z.number().int(),
  targetYear: z.number().int(),
  scope: z.string(),
  direction: z.enum(['higher', 'lower']),
  planSection: z.string(),
  asStatedZh: z.string(),
  asStatedEn: z.string(),
  baseline: Num.describe('Stated by the Plan: none is (plan-targets.md §1.1)'),
  ambiguityZh: z.string().nullable(),
  ambiguityEn: z.string().nullable(),
  confidence: z.string(),
});
export type TargetView = z.infer<typeof TargetView>;

export const TrackPointView = z.object({ period: z.string(), actual: Num, expected: Num, forecast: Num, partial: z.boolean() });
export type TrackPointView = z.infer<typeof TrackPointView>;

export const ProgressView = z.object({
  targetId: z.string(),
  scope: z.string(),
  light: Light,
  reasonZh: z.string(),
  reasonEn: z.string(),
  status: z.enum(['no_data', 'running', 'final']),
  asOf: z.string().nullable().describe('The month judged: the latest data, at most the end of the target year'),
  actual: Num,
  expected: Num.describe('Where the trajectory says the actual should be at asOf'),
  goal: z.number().describe('The target value for this scope (an area’s share of the zone’s)'),
  comparison: z.object({ method: z.enum(['ratio', 'points']), value: z.number() }).nullable(),
  achieved: z.boolean().nullable().describe('Once the target year has ended'),
  complete: z.boolean(),
  missing: z.array(z.string()),
  baseline: z.object({ period: z.string(), value: z.number(), origin: z.enum(['plan', 'data', 'first_value']) }).nullable(),
  forecast: z.object({ value: Num, method: z.enum(['linear', 'actual', 'none']), points: z.number().int() }),
  forecastMeetsTarget: z.boolean().nullable(),
  granularity: z.enum(['month', 'year']),
  track: z.array(TrackPointView).describe('Actual, trajectory and forecast by month (stocks, additions) or year (flows, rates); empty in the catalogue'),
});
export type ProgressView = z.infer<typeof ProgressView>;

export const BaselineView = z.object({
  id: z.string(),
  factZh: z.string(),
  factEn: z.string(),
  value: z.number(),
  growthPercent: Num,
  unitZh: z.string(),
  unitEn: z.string(),
  scope: z.string(),
  year: z.number().int(),
  indicator: z.string().nullable(),
  flags: z.array(z.string()),
  noteZh: z.string(),
  noteEn: z.string(),
  confidence: z.string(),
});
export type BaselineView = z.infer<typeof BaselineView>;

const TargetWithProgress = TargetView.extend({ progress: ProgressView });

export const CatalogueResponse = z.object({
  version: z.string(),
  sources: z.array(z.object({ title: z.string(), url: z.string().nullable(), confidence: z.string() })),
  plan: z.object({ baselineYear: z.number().int(), from: z.number().int(), to: z.number().int(), entryFrom: z.string() }),
  areas: z.array(z.string()),
  lights: z.object({ ratio: z.object({ onTrackFrom: z.number(), atRiskFrom: z.number() }), points: z.object({ onTrackFrom: z.number(), atRiskFrom: z.number() }), basisZh: z.string(), basisEn: z.string() }),
  indicators: z.array(IndicatorView.extend({ targets: z.array(TargetWithProgress) })),
  baselines: z.array(BaselineView),
});
export type CatalogueResponse = z.infer<typeof CatalogueResponse>;

export const SeriesQuery = z.object({
  areaCode: ScopeCode.optional().describe('An area, or CQFTZ (the default) for the whole zone'),
  periodKind: PeriodKindSchema.default('month'),
  from: MonthText.optional(),
  to: MonthText.optional(),
});
export type SeriesQuery = z.infer<typeof SeriesQuery>;

export const SeriesPointView = z.object({ period: z.string(), value: Num, complete: z.boolean(), missing: z.array(z.string()) });
export type SeriesPointView = z.infer<typeof SeriesPointView>;

export const SeriesResponse = z.object({
  indicator: IndicatorView,
  scope: z.string(),
  periodKind: PeriodKindSchema,
  points: z.array(SeriesPointView),
  targets: z.array(TargetWithProgress),
  breakdowns: z
    .array(
      z.object({
        dimension: z.enum(['section', 'cluster']),
        dimensionZh: z.string(),
        dimensionEn: z.string(),
        year: z.number().int(),
        items: z.array(z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string().nullable(), value: z.number() })),
      }),
    )
    .describe('Registered capital by GB/T 4754 section and by cluster (a class in two clusters counts in both) in the latest year with data'),
  baselines: z.array(BaselineView),
});
export type SeriesResponse = z.infer<typeof SeriesResponse>;

export const ScorecardQuery = z.object({ period: PeriodText.optional().describe('The period the cells cover; default the latest year with approved values') });
export const ScorecardCellView = z.object({ scope: z.string(), value: Num, complete: z.boolean(), unavailable: z.boolean(), light: Light, reasonZh: z.string(), reasonEn: z.string() });
export type ScorecardCellView = z.infer<typeof ScorecardCellView>;
export const ScorecardResponse = z.object({
  period: z.string(),
  scopes: z.array(z.string()),
  rows: z.array(z.object({ indicatorCode: z.string(), nameZh: z.string(), nameEn: z.string(), unit: UnitView, targetId: z.string().nullable(), cells: z.array(ScorecardCellView) })),
});
export type ScorecardResponse = z.infer<typeof ScorecardResponse>;

export const SubmittedValueInput = z.strictObject({
  indicatorCode: Code,
  period: PeriodText,
  value: z.number().describe('In the indicator’s unit, or in `unit`'),
  unit: z.string().trim().min(1).max(20).optional().describe('A unit of the same dimension (code or Chinese name), converted'),
  reason: Reason.optional().describe('Why a value already submitted or approved is revised'),
});

export const CreateSubmissionRequest = z.strictObject({
  areaCode: ScopeCode,
  reason: Reason.optional().describe('For every revision in the batch that gives no reason of its own'),
  values: z.array(SubmittedValueInput).min(1).max(1000),
});
export type CreateSubmissionRequest = z.infer<typeof CreateSubmissionRequest>;

export const UploadSubmissionRequest = z.strictObject({
  areaCode: ScopeCode,
  reason: Reason.optional(),
  fileName: z.string().trim().min(1).max(200).optional(),
  contentBase64: z.string().min(1).max(7_000_000).describe('A workbook laid out as GET /api/indicators/template exports one'),
});
export type UploadSubmissionRequest = z.infer<typeof UploadSubmissionRequest>;

export const SubmissionStatus = z.enum(['pending', 'approved', 'returned']);
export const SubmissionView = z.object({
  id: z.number().int(),
  areaCode: z.string(),
  channel: z.enum(['form', 'upload']),
  fileName: z.string().nullable(),
  reason: z.string().nullable(),
  status: SubmissionStatus,
  valueCount: z.number().int(),
  submittedBy: Person,
  submittedAt: z.string(),
  decidedBy: Person.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type SubmissionView = z.infer<typeof SubmissionView>;

export const SubmissionItemView = z.object({
  valueId: z.number().int(),
  indicatorCode: z.string(),
  period: z.string(),
  value: z.number(),
  enteredValue: z.number(),
  enteredUnit: z.string(),
  previous: Num.describe('The value shown before this one (approved or awaiting approval)'),
  reason: z.string().nullable(),
  revision: z.number().int(),
  state: z.enum(['pending', 'approved', 'returned', 'superseded']),
});
export type SubmissionItemView = z.infer<typeof SubmissionItemView>;

export const MissingPeriodsView = z.object({ indicatorCode: z.string(), periods: z.array(z.string()) });

export const SubmissionDetail = SubmissionView.extend({
  items: z.array(SubmissionItemView),
  unchanged: z.number().int().describe('Values equal to the current one, left out (on submission only)'),
  missing: z.array(MissingPeriodsView).describe('Periods without a value between the first known and the last submitted (on submission only)'),
});
export type SubmissionDetail = z.infer<typeof SubmissionDetail>;

export const SubmissionListQuery = PageQuery.extend({ status: SubmissionStatus.optional(), areaCode: ScopeCode.optional() });
export type SubmissionListQuery = z.infer<typeof SubmissionListQuery>;
export const SubmissionListResponse = z.object({ items: z.array(SubmissionView), total: z.number().int() });
export type SubmissionListResponse = z.infer<typeof SubmissionListResponse>;

export const ApproveRequest = z.strictObject({ note: Reason.optional() });
export const ReturnRequest = z.strictObject({ reason: Reason.describe('Why the values are returned to the area') });

export const TemplateQuery = z.object({ areaCode: ScopeCode, from: MonthText, to: MonthText });
export type TemplateQuery = z.infer<typeof TemplateQuery>;

export const HistoryQuery = z.object({ areaCode: ScopeCode, period: PeriodText });
export const HistoryResponse = z.object({
  indicatorCode: z.string(),
  areaCode: z.string(),
  period: z.string(),
  approvedValue: Num,
  pendingValue: Num,
  revision: z.number().int(),
  events: z.array(
    z.object({
      event: z.enum(['submitted', 'approved', 'returned', 'superseded']),
      submissionId: z.number().int(),
      revision: z.number().int(),
      oldValue: Num,
      newValue: Num,
      enteredValue: Num,
      enteredUnit: z.string().nullable(),
      reason: z.string().nullable(),
      actor: Person,
      at: z.string(),
    }),
  ),
});
export type HistoryResponse = z.infer<typeof HistoryResponse>;

/** One problem of a submitted value (details.errors of a refused submission): the item, or the workbook cell. */
export const ValueErrorView = z.object({
  index: z.number().int().optional(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional().describe('The column letter of the cell'),
  field: z.string(),
  zh: z.string(),
  en: z.string(),
});
export type ValueErrorView = z.infer<typeof ValueErrorView>;
