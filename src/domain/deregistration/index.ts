// Summary deregistration (简易注销; MER Art. 33, domain-rules §6): pure domain code, no I/O.
export { DeregistrationPeriods, addCalendarDays, individualSchedule, noticeSchedule, type NoticeSchedule } from './periods.ts';
export { Commitment, DECLARATION_KEYS, Declarations, summaryIneligibility, type DeclarationKey, type EligibilityFacts, type EligibilityReason } from './eligibility.ts';
export { noticeState, type NoticeState } from './notice-state.ts';
export { DissolutionCause, LiquidationFiling, LiquidationPeriods, LiquidationReport, reviewLiquidationFiling, type LiquidationFinding } from './liquidation.ts';
