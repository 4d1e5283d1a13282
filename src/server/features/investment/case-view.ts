// What an investment case shows: the domain's classifications as plain, stored views (the rules' full data stays in
// reference-data), and a case row as the API returns it.
import {
  OUTBOUND_AUTHORITY_NAMES,
  PROJECT_AUTHORITY_NAMES,
  type InvestmentReason,
  type OutboundClassification,
  type OutboundTrackResult,
  type ProjectClassification,
  type SecurityReviewFlags,
} from '../../../domain/investment/index.ts';
import type { AdmissionCheckResponse } from '../../../schemas/admission.ts';
import type { InvestmentCaseView, InvestmentReportView } from '../../../schemas/investment.ts';
import type * as repo from './repository.ts';

type ProjectView = Extract<InvestmentCaseView['classification'], { kind: 'foreign_project' }>;
type OutboundView = Extract<InvestmentCaseView['classification'], { kind: 'outbound' }>;
type TrackView = OutboundView['ndrc'];

const reasons = (list: readonly InvestmentReason[]) => list.map(({ code, zh, en, legalBasis }) => ({ code, zh, en, legalBasis }));

// Guarantees: the project's classification as stored and shown, with the admission check it rests on.
export function projectClassificationView(c: ProjectClassification, date: string, admission: AdmissionCheckResponse): ProjectView {
  const name = PROJECT_AUTHORITY_NAMES[c.authority];
  return {
    kind: 'foreign_project',
    date,
    procedure: c.procedure,
    authority: { code: c.authority, nameZh: name.zh, nameEn: name.en },
    ruleId: c.rule?.id ?? null,
    matchedRuleIds: c.matchedRules.map((r) => r.id),
    workingDays: c.workingDays ?? null,
    extensionWorkingDays: c.extensionWorkingDays ?? null,
    legalBasis: c.legalBasis,
    negativeListRestricted: admission.outcome === 'restricted',
    admission: { edition: admission.edition.code, outcome: admission.outcome, procedure: admission.procedure, measureNos: admission.measures.map((m) => m.no) },
    reasons: [...reasons(c.reasons), ...admission.reasons.map(({ code, zh, en, legalBasis }) => ({ code, zh, en, legalBasis }))],
  };
}

function trackView(t: OutboundTrackResult<keyof typeof OUTBOUND_AUTHORITY_NAMES>): TrackView {
  const name = OUTBOUND_AUTHORITY_NAMES[t.authority];
  return {
    tierId: t.tierId, sensitive: t.sensitive, procedure: t.procedure, authority: { code: t.authority, nameZh: name.zh, nameEn: name.en },
    workingDays: t.workingDays, extensionWorkingDays: t.extensionWorkingDays, timeLimitId: t.timeLimitId, legalBasis: t.legalBasis,
    legalBasisZh: t.legalBasisZh, confidence: t.confidence,
  };
}

// Guarantees: the outbound classification as stored and shown: both tracks (ODI-02), grounds, checks, reasons.
export function outboundClassificationView(c: OutboundClassification, date: string): OutboundView {
  return {
    kind: 'outbound',
    date,
    sensitive: c.sensitive,
    grounds: c.grounds.map((g) => ({ kind: g.kind, key: g.key, via: g.via, tracks: [...g.tracks], nameZh: g.nameZh, nameEn: g.nameEn, legalBasis: g.legalBasis })),
    checks: c.checks.map((k) => ({ key: k.key, nameZh: k.nameZh, nameEn: k.nameEn })),
    ndrc: trackView(c.ndrc),
    mofcom: trackView(c.mofcom),
    reasons: reasons(c.reasons),
  };
}

// Guarantees: the security-review answer as stored and shown (grounds without the code hits).
export function securityReviewView(f: SecurityReviewFlags): NonNullable<InvestmentCaseView['securityReview']> {
  return {
    flagged: f.flagged,
    actualControl: { acquired: f.actualControl.acquired, by: [...f.actualControl.by] },
    grounds: f.grounds.map((g) => ({ field: g.field, kind: g.kind, via: g.via, reasonZh: g.reasonZh, reasonEn: g.reasonEn, legalBasis: g.legalBasis, confidence: g.confidence })),
    reasons: reasons(f.reasons),
  };
}

/** Display names by account id. */
export type Names = ReadonlyMap<number, string>;

const person = (id: number, names: Names) => ({ id, displayName: names.get(id) ?? `#${id}` });

// Guarantees: the case as the API returns it.
export function toCaseView(row: repo.CaseRow, names: Names): InvestmentCaseView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    areaCode: row.area_code,
    applicant: person(row.applicant_account_id, names),
    procedure: row.procedure,
    recordationNo: row.recordation_no,
    fileId: row.file_id,
    flagged: row.flagged,
    input: row.input,
    classification: row.classification as unknown as InvestmentCaseView['classification'],
    securityReview: row.security_review as unknown as InvestmentCaseView['securityReview'],
    createdAt: row.created_at.toISOString(),
  };
}

// Guarantees: the report as the API returns it.
export function toReportView(row: repo.ReportRow, names: Names): InvestmentReportView {
  return {
    id: row.id,
    kind: row.kind,
    period: row.period,
    body: row.body,
    contact: row.contact as InvestmentReportView['contact'],
    reportedBy: person(row.reported_by, names),
    reportedAt: row.reported_at.toISOString(),
  };
}
