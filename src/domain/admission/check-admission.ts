// The admission check for a foreign investment against the FTZ negative list (domain-rules §2): which edition
// applies (NL-01), which measures the industries fall under (NL-21), whether their conditions are met (NL-16,
// NL-22), the explanatory notes (NL-10 to NL-13) and the procedure that follows (NL-30). Pure: no I/O.
//
// Hot path: the editions come prepared (prepareEditions); a check does a few Map lookups per industry code and
// picks precomputed, frozen texts. Aim: ≥ 500,000 checks/s in process with the input already parsed.
import { AppError } from '../app-error.ts';
import type { AdmissionCheckInput } from './admission-check-input.ts';
import type { AdmissionCheck, AdmissionOutcome, AdmissionProcedure, AdmissionReason, ConditionCheck, MeasureHit } from './admission-check-result.ts';
import { FIL_IN_FORCE, PROCEDURE_REASONS } from './admission-reasons.ts';
import { conditionOutcome } from './evaluate-condition.ts';
import { isSectionLetter } from './industry-match.ts';
import type { RestrictionType } from './negative-list-edition.ts';
import { matchesOf, type PreparedEdition, type PreparedEditions, type PreparedMeasure } from './prepare-editions.ts';

const NONE: readonly PreparedMeasure[] = Object.freeze([]);

export interface AdmissionCheckOptions {
  /** Whether a code is in the GB/T 4754-2017 table (the same table the editions were prepared with). */
  isKnownCode: (code: string) => boolean;
}

// Guarantees: the check of the input (which must have passed AdmissionCheckInput) under the edition in force
// on input.date. Throws AppError INVALID_REQUEST with field 'date' before the earliest edition (NL-01: no
// guessing), 'industryCodes' for an empty list or a code options.isKnownCode rejects (named in the message),
// 'foreignShare' outside 0–100, 'largestForeignInvestorShare' outside 0–foreignShare. Readings: see
// evaluate-condition.ts for the conditions, and below for compliance and procedure.
export function checkAdmission(input: AdmissionCheckInput, prepared: PreparedEditions, options: AdmissionCheckOptions): AdmissionCheck {
  const edition = editionInForce(prepared, input.date);
  assertShares(input);
  const codes = input.industryCodes;
  if (codes.length === 0) throw new AppError('INVALID_REQUEST', { field: 'industryCodes', message: 'at least one industry code is needed' });
  let matched: readonly PreparedMeasure[] = NONE;
  let uncertainSection = false;
  for (const code of codes) {
    if (!options.isKnownCode(code)) {
      throw new AppError('INVALID_REQUEST', { field: 'industryCodes', message: `unknown GB/T 4754-2017 industry code: ${code}`, details: { code } });
    }
    const found = matchesOf(edition, code, prepared.sectionOf);
    if (found.length > 0) matched = matched.length === 0 ? found : mergeByNo(matched, found);
    if (edition.notListedUncertain && !uncertainSection) {
      const section = isSectionLetter(code) ? code : prepared.sectionOf(code);
      uncertainSection = section === 'B' || section === 'M' || section === 'R';
    }
  }

  const measures: MeasureHit[] = [];
  const reasons: AdmissionReason[] = [];
  const notes: AdmissionReason[] = [];
  let prohibited = false;
  let allMet = true;
  let equity = false;
  let control = false;
  for (const m of matched) {
    const conditions: ConditionCheck[] = [];
    let type: RestrictionType | undefined;
    let measureMet = true;
    for (const c of m.conditions) {
      if (c.sunsetOn !== undefined && c.sunsetOn <= input.date) {
        const lapsed = m.lapsedReasons.get(c); // NL-13: lapsed on and after sunsetOn
        if (lapsed !== undefined) notes.push(lapsed);
        continue;
      }
      const variant = conditionOutcome(c, input); // even = met
      conditions.push(c.checks[variant]);
      if (c.type === 'PROHIBITED') type = 'PROHIBITED';
      else type ??= c.type;
      if ((variant & 1) === 1) measureMet = false;
      if (c.equity) equity = true;
      if (c.type === 'CN_CONTROL') control = true;
    }
    if (type === undefined) continue; // every condition lapsed: not a hit
    measures.push({ no: m.no, type, textZh: m.textZh, textEn: m.textEn, industryCodes: m.industryCodes, conditions });
    if (type === 'PROHIBITED') {
      prohibited = true;
      reasons.push(m.prohibitedReason);
    } else {
      reasons.push(measureMet ? m.restrictedMetReason : m.restrictedUnmetReason);
    }
    if (!measureMet) allMet = false;
  }

  // NL-22, strict reading: restricted is compliant only when every condition of every hit is met, including
  // conditions scoped to activities the investor may not pursue (each reason names its scope).
  const outcome: AdmissionOutcome = prohibited ? 'prohibited' : measures.length > 0 ? 'restricted' : 'not-listed';
  const r = edition.reasons;
  if (outcome === 'not-listed') {
    reasons.push(r.notListed);
    if (uncertainSection) reasons.push(r.uncertainNotListed); // §2.6: reconstructed editions may miss measures
  }
  if (control) notes.push(r.controlReading);
  for (const note of notes) reasons.push(note);

  let compliant = outcome === 'not-listed' || (outcome === 'restricted' && allMet);
  const foreign = input.foreignShare > 0;
  const form = input.form;
  if (foreign && (form === 'individual-business' || form === 'sole-proprietorship')) {
    compliant = false; // NL-11: whatever the industry
    reasons.push(r.individualForm);
  }
  if (foreign && form === 'partnership' && equity) {
    compliant = false; // NL-12
    reasons.push(r.partnership);
  }

  const era = input.date < FIL_IN_FORCE ? 0 : 1;
  let procedure: AdmissionProcedure;
  if (!foreign) {
    // Not a foreign investment: the list does not apply; the outcome still tells the sector's classification.
    compliant = true;
    procedure = era === 0 ? 'recordation' : 'information-report';
    reasons.push(r.domestic[era]);
  } else if (!compliant) {
    procedure = 'refuse';
    reasons.push(outcome === 'prohibited' ? r.refuseProhibited[era] : r.refuseNotCompliant[era]);
  } else if (era === 1) {
    procedure = 'information-report'; // FIL Arts. 4, 28, 34: no separate FIE approval from 2020-01-01
    reasons.push(outcome === 'restricted' ? PROCEDURE_REASONS.informationReportRestricted : PROCEDURE_REASONS.informationReportNotListed);
  } else {
    procedure = outcome === 'restricted' ? 'approval' : 'recordation'; // Trial Measures Art. 12
    reasons.push(outcome === 'restricted' ? PROCEDURE_REASONS.approval : PROCEDURE_REASONS.recordation);
  }
  return { edition: edition.summary, outcome, compliant, measures, procedure, reasons };
}

// Guarantees (NL-01): the edition with the latest effectiveFrom on or before date; AppError on field 'date'
// when date precedes every edition.
function editionInForce(prepared: PreparedEditions, date: string): PreparedEdition {
  const list = prepared.editions;
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const e = list[i];
    if (e !== undefined && e.summary.effectiveFrom <= date) return e;
  }
  const earliest = list[0]?.summary.effectiveFrom;
  const message =
    earliest === undefined
      ? 'no negative-list edition is loaded'
      : `no negative-list edition is modelled before ${earliest} (${earliest === '2018-07-30' ? 'the 2017 edition is' : 'earlier editions are'} not encoded)`;
  throw new AppError('INVALID_REQUEST', { field: 'date', message, details: { date, earliest } });
}

// Guarantees: returns when 0 ≤ foreignShare ≤ 100 and 0 ≤ largestForeignInvestorShare ≤ foreignShare (when
// given); otherwise throws AppError INVALID_REQUEST naming the field. NaN fails both.
function assertShares(input: AdmissionCheckInput): void {
  const f = input.foreignShare;
  if (!(f >= 0 && f <= 100)) {
    throw new AppError('INVALID_REQUEST', { field: 'foreignShare', message: `foreignShare must be between 0 and 100, got ${f}` });
  }
  const largest = input.largestForeignInvestorShare;
  if (largest !== undefined && !(largest >= 0 && largest <= f)) {
    throw new AppError('INVALID_REQUEST', {
      field: 'largestForeignInvestorShare',
      message: `largestForeignInvestorShare must be between 0 and foreignShare (${f}), got ${largest}`,
    });
  }
}

// Guarantees: the union of two lists ordered by measure number, ordered the same way, each measure once.
function mergeByNo(a: readonly PreparedMeasure[], b: readonly PreparedMeasure[]): PreparedMeasure[] {
  const out: PreparedMeasure[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.no < y.no)) {
      if (x !== undefined) out.push(x);
      i += 1;
    } else if (x === undefined || y.no < x.no) {
      out.push(y);
      j += 1;
    } else {
      out.push(x);
      i += 1;
      j += 1;
    }
  }
  return out;
}
