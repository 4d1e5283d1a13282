// Foreign-investment admission against the FTZ negative list (domain-rules §2): pure domain code, no I/O.
// Start-up: parse the edition files with NegativeListEdition, build the industry lookup from the GB/T 4754-2017
// table (buildIndustryLookup), prepare once (prepareEditions); per request: checkAdmission(input, prepared, lookup).
export {
  NegativeListEdition,
  Measure,
  UnidentifiedMeasure,
  Restriction,
  RestrictionType,
  IndustryCode,
  EditionSource,
  PERCENT_TYPES,
  isIdentified,
} from './negative-list-edition.ts';
export { AdmissionCheckInput, EnterpriseForm } from './admission-check-input.ts';
export type {
  AdmissionCheck,
  AdmissionOutcome,
  AdmissionProcedure,
  AdmissionReason,
  AdmissionReasonCode,
  ConditionCheck,
  EditionSummary,
  MeasureHit,
} from './admission-check-result.ts';
export {
  buildIndustryLookup,
  industryCodesMatch,
  isSectionLetter,
  measureMatchesCode,
  type IndustryLookup,
  type IndustryRow,
  type SectionOf,
} from './industry-match.ts';
export { EQUITY_TYPES, conditionOutcome, evaluateCondition, type ConditionOutcome, type PreparedCondition } from './evaluate-condition.ts';
export {
  collectMatches,
  matchesOf,
  prepareEditions,
  type PreparedEdition,
  type PreparedEditions,
  type PreparedMeasure,
} from './prepare-editions.ts';
export { checkAdmission, type AdmissionCheckOptions } from './check-admission.ts';
export { describeRestriction, diffEditions, type MeasureChange, type MeasureDiff, type MeasureDifference } from './diff-editions.ts';
