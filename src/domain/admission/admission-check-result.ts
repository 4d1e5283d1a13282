// The answer of checkAdmission (domain-rules §2, NL-22 and NL-30). Types only. Parts of a result (the edition
// summary, condition checks, reasons) are frozen objects shared between results: treat a result as read-only.
import type { RestrictionType } from './negative-list-edition.ts';

/** NL-22. */
export type AdmissionOutcome = 'prohibited' | 'restricted' | 'not-listed';

/** NL-30: refuse; 审批 approval (restricted, before 2020); 备案 recordation (not listed, before 2020); 信息报告 (from 2020). */
export type AdmissionProcedure = 'refuse' | 'approval' | 'information-report' | 'recordation';

/** The rule a reason applies; the ids are those of domain-rules §2. */
export type AdmissionReasonCode = 'NL-01' | 'NL-10' | 'NL-11' | 'NL-12' | 'NL-13' | 'NL-16' | 'NL-22' | 'NL-30';

export interface AdmissionReason {
  readonly code: AdmissionReasonCode;
  readonly zh: string;
  readonly en: string;
  /** The instrument and article the reason rests on. */
  readonly legalBasis: string;
}

/** One condition of a hit measure that still applies on the date (lapsed ones, NL-13, are left out). */
export interface ConditionCheck {
  readonly type: RestrictionType;
  readonly percent?: number;
  readonly officer?: 'legal_representative' | 'principal';
  readonly scopeZh?: string;
  readonly scopeEn?: string;
  /** PROHIBITED is never met; the governance conditions (CN_LED, NATIONALITY) only as far as the input tells. */
  readonly met: boolean;
  readonly reasonZh: string;
  readonly reasonEn: string;
}

/** A measure the investment falls under (NL-21), with at least one condition still applying. */
export interface MeasureHit {
  readonly no: number;
  /**
   * The governing restriction: PROHIBITED when any applying condition is PROHIBITED, else the type of the first
   * applying condition in the measure's order. Every applying condition is in `conditions`.
   */
  readonly type: RestrictionType;
  readonly textZh: string;
  readonly textEn: string;
  readonly industryCodes: readonly string[];
  readonly conditions: readonly ConditionCheck[];
}

export interface EditionSummary {
  readonly code: string;
  readonly titleZh: string;
  readonly titleEn: string;
  readonly effectiveFrom: string;
  /** The edition's wording or codes were reconstructed, not transcribed (FTZ 2018, domain-rules §2.6). */
  readonly reconstructed: boolean;
}

export interface AdmissionCheck {
  readonly edition: EditionSummary;
  /** The sector's classification on the date, whatever the investor's shares (also for foreignShare 0). */
  readonly outcome: AdmissionOutcome;
  /** Whether the investment as described may go ahead under the list and its explanatory notes. */
  readonly compliant: boolean;
  /** Ordered by measure number. */
  readonly measures: readonly MeasureHit[];
  readonly procedure: AdmissionProcedure;
  readonly reasons: readonly AdmissionReason[];
}
