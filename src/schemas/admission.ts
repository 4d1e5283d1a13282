// The admission check and the negative-list editions over HTTP (issue 5). The request schema is the domain's
// own (src/domain/admission/admission-check-input.ts: pure, no I/O), so the web app, the routes and the CLI
// validate the same way.
import { z } from 'zod';
import { AdmissionCheckInput, EnterpriseForm } from '../domain/admission/admission-check-input.ts';
import { IsoDate } from './common.ts';

export { AdmissionCheckInput as AdmissionCheckRequest, EnterpriseForm };

const RestrictionTypeName = z.string().describe('NL-16: PROHIBITED, CN_CONTROL, CN_RELATIVE_CONTROL, CN_MIN_SHARE, FOREIGN_CAP, SINGLE_FOREIGN_CAP, JV_ONLY, CN_LED, NATIONALITY, LISTED');

export const AdmissionReasonView = z.object({
  code: z.string().describe('The rule of domain-rules §2, e.g. NL-22'),
  zh: z.string(),
  en: z.string(),
  legalBasis: z.string(),
});

export const ConditionCheckView = z.object({
  type: RestrictionTypeName,
  percent: z.number().optional(),
  officer: z.enum(['legal_representative', 'principal']).optional(),
  scopeZh: z.string().optional(),
  scopeEn: z.string().optional(),
  met: z.boolean(),
  reasonZh: z.string(),
  reasonEn: z.string(),
});

export const MeasureHitView = z.object({
  no: z.number().int(),
  type: RestrictionTypeName,
  textZh: z.string(),
  textEn: z.string(),
  industryCodes: z.array(z.string()),
  conditions: z.array(ConditionCheckView),
});

export const EditionSummaryView = z.object({
  code: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  effectiveFrom: IsoDate,
  reconstructed: z.boolean(),
});

export const AdmissionCheckResponse = z.object({
  edition: EditionSummaryView,
  outcome: z.enum(['prohibited', 'restricted', 'not-listed']),
  compliant: z.boolean(),
  measures: z.array(MeasureHitView),
  procedure: z.enum(['refuse', 'approval', 'information-report', 'recordation']),
  reasons: z.array(AdmissionReasonView),
});
export type AdmissionCheckResponse = z.infer<typeof AdmissionCheckResponse>;

export const EditionListItem = EditionSummaryView.extend({
  instrument: z.string(),
  issuedOn: IsoDate,
  effectiveTo: IsoDate.nullable().describe('The day before the next edition takes effect; null while in force'),
  measureCount: z.number().int(),
  revision: z.number().int().describe('Editions are never edited in place; a corrected file is a new revision'),
  origin: z.enum(['bundled', 'loaded']),
  loadedAt: z.string(),
});
export type EditionListItem = z.infer<typeof EditionListItem>;
export const EditionListResponse = z.object({ items: z.array(EditionListItem) });

export const EditionDetailResponse = EditionListItem.extend({
  sources: z.array(z.object({ title: z.string(), url: z.string().optional(), confidence: z.string() })),
  measures: z.array(z.record(z.string(), z.unknown())).describe('The measures as in the edition file (NegativeListEdition)'),
});
export type EditionDetailResponse = z.infer<typeof EditionDetailResponse>;

export const EditionDiffEntry = z.object({
  change: z.enum(['added', 'removed', 'changed', 'unchanged']),
  from: z.object({ no: z.number().int(), textZh: z.string(), textEn: z.string() }).nullable(),
  to: z.object({ no: z.number().int(), textZh: z.string(), textEn: z.string() }).nullable(),
  differences: z.array(z.enum(['text', 'industryCodes', 'restrictions', 'section'])).describe('What changed (for changed only)'),
  industryCodes: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
  restrictions: z.object({ from: z.array(z.string()), to: z.array(z.string()) }).describe('Conditions written as TYPE[ percent][ scope]'),
});
export type EditionDiffEntry = z.infer<typeof EditionDiffEntry>;
export const EditionDiffResponse = z.object({
  from: EditionSummaryView,
  to: EditionSummaryView,
  counts: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
  entries: z.array(EditionDiffEntry),
});
export type EditionDiffResponse = z.infer<typeof EditionDiffResponse>;

export const LoadEditionRequest = z.union([
  z.object({ format: z.literal('json'), edition: z.record(z.string(), z.unknown()).describe('A NegativeListEdition document') }),
  z.object({ format: z.literal('xlsx'), contentBase64: z.string().min(1).max(7_000_000).describe('A workbook laid out as GET /api/negative-lists/{code}/workbook exports one (sheets edition, sources, measures; help explains the cells)') }),
]);
export type LoadEditionRequest = z.infer<typeof LoadEditionRequest>;
