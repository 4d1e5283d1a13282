// Investment cases over HTTP (issue 5): foreign-funded projects, outbound investment, post-investment reports and
// the national security-review list. The rules behind the answers are src/domain/investment.
import { z } from 'zod';
import { IndustryCode } from '../domain/admission/negative-list-edition.ts';
import { IsoDate, PageQuery } from './common.ts';

const Name = z.string().trim().min(1).max(200);
const Percent = z.number().min(0).max(100);
const Key = z.string().regex(/^[a-z][a-z-]*$/, 'a lower-case key of reference-data/investment');
const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. DE');
const ApplicantId = z.number().int().positive().max(2_147_483_647).optional().describe('Window officers filing at the counter: the applicant account the case is for');
const AreaCode = z.string().min(1).max(8).describe('CQFTZ area: LJ, XY or GYG');
const IndustryCodes = z.array(IndustryCode).min(1).max(20).describe('GB/T 4754-2017 codes at any level (NL-20, NL-21)');
const Dimension = z.union([z.boolean(), z.string().trim().min(1).max(500)]).optional();

export const CreateProjectRequest = z.strictObject({
  name: Name.describe('Project name'),
  areaCode: AreaCode,
  projectCode: z.string().trim().min(1).max(60).optional().describe('The project code of the national online platform (条例 Art. 4), when known'),
  industryCodes: IndustryCodes,
  totalInvestmentYuan: z.number().min(0).describe('Total investment in yuan'),
  totalInvestmentUsd: z.number().min(0).optional().describe('Total investment in US dollars (needed where a rule has a USD threshold)'),
  foreignShare: z.number().gt(0).max(100).describe('All foreign investors together, percent of the equity'),
  largestForeignInvestorShare: z.number().gt(0).max(100).optional().describe('The largest single foreign investor with its affiliates, percent'),
  acquiresActualControl: z.boolean().optional().describe('Order No. 37 Art. 4 para. 2 item 3: other significant influence over decisions, personnel, finance, technology'),
  votingInfluence: z.boolean().optional().describe('Art. 4 para. 2 item 2: voting rights with significant influence below 50%'),
  nearMilitaryFacility: z.boolean().optional().describe('Art. 4 para. 1 item 1: around military or military-industry facilities'),
  declaredFields: z.array(Key).max(12).optional().describe("Security-review fields the officer finds, e.g. military, key-technologies"),
  sensitivityDimensions: z
    .strictObject({ investor: Dimension, target: Dimension, industry: Dimension, technology: Dimension, region: Dimension })
    .optional()
    .describe('Plan V.(V): true, or what makes the dimension sensitive'),
  applicantId: ApplicantId,
});
export type CreateProjectRequest = z.infer<typeof CreateProjectRequest>;

export const CreateOutboundRequest = z.strictObject({
  name: Name.describe('Project name'),
  areaCode: AreaCode.describe('The CQFTZ area of the investing enterprise'),
  destination: z.strictObject({
    countryCode: CountryCode.optional(),
    sensitiveCountry: z.boolean().optional().describe("The officer's finding that the destination is sensitive"),
    countryCategories: z.array(Key).max(10).optional().describe('Sensitive-country categories found, e.g. war-or-civil-unrest'),
  }),
  industryCodes: IndustryCodes,
  chineseInvestmentUsd: z.number().min(0).describe('中方投资额 in US dollars'),
  investorKind: z.enum(['central', 'local']).describe('Centrally managed enterprise or local enterprise'),
  sensitiveIndustryKeys: z.array(Key).max(20).optional().describe('Sensitive industries declared (weapons, cross-border water …)'),
  applicantId: ApplicantId,
});
export type CreateOutboundRequest = z.infer<typeof CreateOutboundRequest>;

/** A reason the classifier gives, with the rule it applies and the legal basis. */
export const InvestmentReasonView = z.object({ code: z.string(), zh: z.string(), en: z.string(), legalBasis: z.string() });

const Authority = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

export const ProjectClassificationView = z.object({
  kind: z.literal('foreign_project'),
  date: IsoDate.describe('The filing day the rules were read on'),
  procedure: z.enum(['recordation', 'approval']),
  authority: Authority,
  ruleId: z.string().nullable().describe('The deciding approval rule; null for recordation'),
  matchedRuleIds: z.array(z.string()),
  workingDays: z.number().int().nullable().describe('Approval time limit; null for recordation (instant)'),
  extensionWorkingDays: z.number().int().nullable(),
  legalBasis: z.string(),
  negativeListRestricted: z.boolean().describe('The admission check found the field restricted (NL-22)'),
  admission: z.object({ edition: z.string(), outcome: z.string(), procedure: z.string(), measureNos: z.array(z.number().int()) }),
  reasons: z.array(InvestmentReasonView),
});

const TrackView = z.object({
  tierId: z.string(),
  sensitive: z.boolean(),
  procedure: z.enum(['approval', 'recordation']),
  authority: Authority,
  workingDays: z.number().int(),
  extensionWorkingDays: z.number().int(),
  timeLimitId: z.string().nullable(),
  legalBasis: z.string(),
  legalBasisZh: z.string(),
  confidence: z.string(),
});

export const OutboundClassificationView = z.object({
  kind: z.literal('outbound'),
  date: IsoDate,
  sensitive: z.boolean().describe('ODI-01: sensitive country/region or industry'),
  grounds: z.array(z.object({ kind: z.string(), key: z.string(), via: z.string(), tracks: z.array(z.string()), nameZh: z.string(), nameEn: z.string(), legalBasis: z.string() })),
  checks: z.array(z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string() })).describe('Sensitive industries a code suggests: the officer confirms'),
  ndrc: TrackView.describe('ODI-03: decides the file (TIME-60 / TIME-61)'),
  mofcom: TrackView.describe('ODI-04: the enterprise track (企业境外投资证书), shown for the officer'),
  reasons: z.array(InvestmentReasonView),
});

export const SecurityReviewView = z.object({
  flagged: z.boolean(),
  actualControl: z.object({ acquired: z.boolean(), by: z.array(z.enum(['share', 'voting', 'other'])) }),
  grounds: z.array(z.object({ field: z.string(), kind: z.string(), via: z.string(), reasonZh: z.string(), reasonEn: z.string(), legalBasis: z.string(), confidence: z.string() })),
  reasons: z.array(InvestmentReasonView),
});

const Person = z.object({ id: z.number().int(), displayName: z.string() });

export const InvestmentCaseView = z.object({
  id: z.number().int(),
  kind: z.enum(['foreign_project', 'outbound']),
  name: z.string(),
  areaCode: z.string(),
  applicant: Person,
  procedure: z.enum(['recordation', 'approval']),
  recordationNo: z.string().nullable().describe('渝自贸外备〔YYYY〕NNNNNN: zimao receipt of a recorded foreign project, issued at once'),
  fileId: z.number().int().nullable().describe('The application file that decides the case'),
  flagged: z.boolean().describe('Flagged for national security review'),
  input: z.record(z.string(), z.unknown()),
  classification: z.discriminatedUnion('kind', [ProjectClassificationView, OutboundClassificationView]),
  securityReview: SecurityReviewView.nullable().describe('Foreign projects only'),
  createdAt: z.string(),
});
export type InvestmentCaseView = z.infer<typeof InvestmentCaseView>;

export const ReportKind = z.enum(['status', 'incident', 'risk_contact']);
export const RiskContact = z.strictObject({
  name: Name.describe('Contact person for overseas risks'),
  phone: z.string().trim().regex(/^\+?[0-9][0-9 ()-]{4,29}$/, 'a telephone number'),
  country: CountryCode.describe('Where the contact is'),
  role: z.string().trim().min(1).max(100).optional(),
});

export const InvestmentReportView = z.object({
  id: z.number().int(),
  kind: ReportKind,
  period: z.string().nullable(),
  body: z.string(),
  contact: RiskContact.nullable(),
  reportedBy: Person,
  reportedAt: z.string(),
});
export type InvestmentReportView = z.infer<typeof InvestmentReportView>;

export const InvestmentCaseDetail = InvestmentCaseView.extend({
  file: z.object({ id: z.number().int(), type: z.string(), status: z.string(), acceptedOn: IsoDate.nullable(), dueOn: IsoDate.nullable() }).nullable(),
  reports: z.array(InvestmentReportView),
});
export type InvestmentCaseDetail = z.infer<typeof InvestmentCaseDetail>;

export const CreateReportRequest = z.strictObject({
  kind: ReportKind.describe('status: periodic status report; incident; risk_contact: the overseas-risk contact'),
  period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, 'YYYY, YYYY-H1, YYYY-Q1 … or YYYY-MM').optional().describe('Required for a status report'),
  body: z.string().trim().min(1).max(5000).optional().describe('Required for status and incident reports'),
  contact: RiskContact.optional().describe('Required for risk_contact, refused otherwise'),
});
export type CreateReportRequest = z.infer<typeof CreateReportRequest>;

export const CaseListQuery = PageQuery.extend({
  kind: z.enum(['foreign_project', 'outbound']).optional(),
  areaCode: z.string().max(8).optional().describe('Only this area'),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;
export const CaseListResponse = z.object({ items: z.array(InvestmentCaseView), total: z.number().int() });
export type CaseListResponse = z.infer<typeof CaseListResponse>;

/** A foreign project case flagged at filing. */
const SecurityReviewCaseItem = InvestmentCaseView.pick({ id: true, name: true, areaCode: true, applicant: true, procedure: true, recordationNo: true, fileId: true, createdAt: true }).extend({
  kind: z.literal('foreign_project'),
  securityReview: SecurityReviewView,
});
/** A foreign-invested establishment (a market-registration file) flagged at filing: it has no case, only its file. */
const SecurityReviewFileItem = z.object({
  kind: z.literal('establishment'),
  fileId: z.number().int().describe('The file to open (/files/{fileId})'),
  fileType: z.string(),
  fileStatus: z.string(),
  name: z.string().describe('The proposed entity name'),
  areaCode: z.string(),
  applicant: Person,
  createdAt: z.string(),
  securityReview: SecurityReviewView,
});

export const SecurityReviewListResponse = z.object({
  items: z.array(z.discriminatedUnion('kind', [SecurityReviewCaseItem, SecurityReviewFileItem])).describe('Newest first'),
  total: z.number().int().describe('Flagged cases and flagged establishment files together'),
});
export type SecurityReviewListResponse = z.infer<typeof SecurityReviewListResponse>;

/** One key a form may send, with its names (reference-data/investment). */
const VocabularyEntry = z.object({ key: z.string(), zh: z.string(), en: z.string() });

export const InvestmentVocabulariesResponse = z.object({
  date: IsoDate.describe('The day the entries are in force on (today in Asia/Shanghai)'),
  declaredFields: z.array(VocabularyEntry).describe('Security-review fields (Order No. 37 Art. 4): CreateProjectRequest.declaredFields'),
  sensitivityDimensions: z.array(VocabularyEntry).describe('Plan V.(V): the keys of CreateProjectRequest.sensitivityDimensions'),
  countryCategories: z.array(VocabularyEntry).describe('Sensitive-country categories (ODI-01): CreateOutboundRequest.destination.countryCategories'),
  sensitiveIndustries: z.array(VocabularyEntry).describe('Sensitive industries (ODI-01): CreateOutboundRequest.sensitiveIndustryKeys'),
});
export type InvestmentVocabulariesResponse = z.infer<typeof InvestmentVocabulariesResponse>;
