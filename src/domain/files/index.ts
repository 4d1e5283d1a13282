// Public API of the application-file engine (issue 4): an append-only action log, its folded state, the one
// transition table per file type, statutory clocks (ALL Arts. 32, 42, 44, 45; MER Art. 19) and SLA escalation.
// Pure: no I/O; the only data read is the static JSON of reference-data/procedures/time-limits.json.
export { ACTION_TYPES, ActionType, isActionType } from './action-type.ts';
export {
  ActionPayloadSchemas,
  CivilDateSchema,
  CommitmentFinding,
  CorrectionItem,
  EscalationLevel,
  PauseKind,
  type ActionPayload,
} from './action-payloads.ts';
export {
  SYSTEM_ACTOR,
  SYSTEM_ROLE,
  parseActionPayload,
  parseFileAction,
  loggedFileAction,
  type LoggedAction,
  type ActionAttempt,
  type Actor,
  type ActorRole,
  type FileAction,
  type ProposedAction,
} from './file-action.ts';
export { CLOSED_STATUSES, DECIDED_STATUSES, FILE_STATUSES, FileStatus, isClosedStatus } from './file-status.ts';
export type {
  ClockExtension,
  ClockPause,
  ClockState,
  CommitmentState,
  CompletionState,
  CorrectionNotice,
  EscalationRecord,
  FileClock,
  FileOutcome,
  FileState,
  FileTask,
  Handover,
  TaskStatus,
} from './file-state.ts';
export {
  defineFileType,
  limitsFrom,
  type CommitmentRule,
  type CompletionRule,
  type DeemedApprovalRule,
  type EscalationRule,
  type FileTypeDefinition,
  type FileTypeLimits,
  type Guard,
  type GuardResult,
  type Refusal,
  type TransitionRule,
  type TransitionTable,
} from './file-type.ts';
export { TIME_LIMITS, getTimeLimit, type TimeLimit } from './time-limits.ts';
export { evaluateCompletion } from './completion-rule.ts';
export { standardTransitions, type StandardTransitionOptions } from './standard-transitions.ts';
export { DEEMED_ACCEPTANCE_BASIS } from './apply-action.ts';
export { deriveFileState } from './derive-file-state.ts';
export { fileDecision, type FileDecision } from './decision.ts';
export { NEW_FILE, allowedActions, assertActionAllowed, roleMayEver } from './allowed-actions.ts';
export { escalationTarget, escalationsDue, slaState, watchedDueOn, type SlaState } from './sla.ts';
export { fileTypes, findFileType, getFileType } from './file-types/registry.ts';
export { MarketRegistrationForm, marketRegistration } from './file-types/market-registration.ts';
export { PermitCommitmentForm, permitCommitment } from './file-types/permit-commitment.ts';
export { PermitParallelForm, permitParallel } from './file-types/permit-parallel.ts';
export { COMMITMENT_BASIS, commitmentFrom } from './commitment.ts';
export { PermitSingleForm, permitSingle } from './file-types/permit-single.ts';
export { OutboundForm, ProjectApprovalForm } from './file-types/investment-forms.ts';
export { projectApproval } from './file-types/project-approval.ts';
export { outboundRecordation } from './file-types/outbound-recordation.ts';
export { outboundApproval } from './file-types/outbound-approval.ts';
