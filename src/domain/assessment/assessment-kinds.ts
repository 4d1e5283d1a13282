// The kinds of assessment of Plan V.(IV), the periods each covers, the assessment's own states and the kinds of
// finding. Pure rules; the templates they are scored by are data (assessment-templates.ts).
import { AppError } from '../app-error.ts';

/** Plan V.(IV): the FTZ Office's annual and mid-term assessments; a third party's annual and semi-annual ones. */
export const AssessmentKind = {
  ANNUAL: 'annual',
  MID_TERM: 'mid_term',
  THIRD_PARTY_SEMIANNUAL: 'third_party_semiannual',
  THIRD_PARTY_ANNUAL: 'third_party_annual',
} as const;
export type AssessmentKind = (typeof AssessmentKind)[keyof typeof AssessmentKind];
export const ASSESSMENT_KINDS = Object.freeze(Object.values(AssessmentKind));

/**
 * in_progress: being scored; submitted: every criterion scored, total and grade fixed, findings and follow-up
 * actions continue; closed: every follow-up action closed, nothing more is written.
 */
export const AssessmentStatus = { IN_PROGRESS: 'in_progress', SUBMITTED: 'submitted', CLOSED: 'closed' } as const;
export type AssessmentStatus = (typeof AssessmentStatus)[keyof typeof AssessmentStatus];

/** What an assessment finds (Plan V.(IV): status, innovation cases, problems, suggestions, replicable experience; bottlenecks of the mid-term one). */
export const FindingKind = {
  STRENGTH: 'strength',
  PROBLEM: 'problem',
  BOTTLENECK: 'bottleneck',
  SUGGESTION: 'suggestion',
  INNOVATION_CASE: 'innovation_case',
  REPLICABLE_EXPERIENCE: 'replicable_experience',
} as const;
export type FindingKind = (typeof FindingKind)[keyof typeof FindingKind];
export const FINDING_KINDS = Object.freeze(Object.values(FindingKind));

// Guarantees: true for the two kinds an outside assessor scores (Plan V.(IV) "third-party independent evaluators").
export function isThirdParty(kind: AssessmentKind): boolean {
  return kind === AssessmentKind.THIRD_PARTY_ANNUAL || kind === AssessmentKind.THIRD_PARTY_SEMIANNUAL;
}

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-H([12])$/;

/** The civil dates a period covers: a year YYYY, or a half-year YYYY-H1 / YYYY-H2. */
export interface PeriodSpan {
  readonly period: string;
  readonly from: string;
  readonly to: string;
}

// Guarantees: the span of a period of the right shape for the kind (a semi-annual assessment covers a half-year,
// every other kind a year), else AppError INVALID_REQUEST naming `period`.
export function periodSpan(kind: AssessmentKind, period: string): PeriodSpan {
  if (kind === AssessmentKind.THIRD_PARTY_SEMIANNUAL) {
    const m = HALF.exec(period);
    if (!m) throw new AppError('INVALID_REQUEST', { field: 'period', message: `a semi-annual assessment covers a half-year, written YYYY-H1 or YYYY-H2; got ${period}` });
    const first = m[2] === '1';
    return Object.freeze({ period, from: `${m[1]}-${first ? '01-01' : '07-01'}`, to: `${m[1]}-${first ? '06-30' : '12-31'}` });
  }
  const m = YEAR.exec(period);
  if (!m) throw new AppError('INVALID_REQUEST', { field: 'period', message: `a ${kind} assessment covers a year, written YYYY; got ${period}` });
  return Object.freeze({ period, from: `${m[1]}-01-01`, to: `${m[1]}-12-31` });
}
