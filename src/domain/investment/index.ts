// Public API of investment classification (issue: foreign-funded projects, outbound investment, security review).
// Pure: no I/O; the only data read is the static JSON of reference-data/investment/*.json, validated at load.
export { Confidence, deepFreeze, inForce, type InvestmentReason } from './investment-schemas.ts';
export { CaseIndustryCodes, checkIndustryCodes, codeHits, type CodeHit, type IndustryOptions } from './industry-codes.ts';
export {
  InvestorKind,
  MofcomAuthority,
  NdrcAuthority,
  OUTBOUND_RULES,
  OutboundRulesFile,
  OutboundTrack,
  type CountryCategory,
  type MofcomTier,
  type NdrcTier,
  type OutboundRules,
  type SensitiveIndustry,
} from './outbound-rules.ts';
export { OUTBOUND_AUTHORITY_NAMES } from './outbound-reasons.ts';
export {
  OutboundInput,
  classifyOutbound,
  type OutboundCheck,
  type OutboundClassification,
  type OutboundGround,
  type OutboundTrackResult,
} from './outbound.ts';
export { AUTHORITY_RANK, PROJECT_RULES, ProjectAuthority, ProjectRule, ProjectRulesFile, type ProjectRules } from './project-rules.ts';
export { PROJECT_AUTHORITY_NAMES, ProjectInput, classifyProject, recordationNumber, type ProjectClassification } from './projects.ts';
export {
  SECURITY_REVIEW,
  SENSITIVITY_DIMENSIONS,
  SecurityReviewFile,
  type ReviewField,
  type SecurityReviewData,
  type SensitivityDimension,
} from './security-review-fields.ts';
export {
  SecurityReviewInput,
  securityReviewFlags,
  type ControlTestKey,
  type SecurityReviewFlags,
  type SecurityReviewGround,
} from './security-review.ts';
