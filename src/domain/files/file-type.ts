// What a procedure is, as data: its form, statutory limits, departments, completion rule, deemed approval,
// escalation ladder and the one table of allowed transitions. Every procedure runs on the same engine.
import type { z } from 'zod';
import type { AdmissionCheckInput } from '../admission/admission-check-input.ts';
import { AppError } from '../app-error.ts';
import type { SecurityReviewInput } from '../investment/security-review.ts';
import type { Role } from '../../schemas/auth.ts';
import type { ActionType } from './action-type.ts';
import type { ActionAttempt, Actor, ActorRole } from './file-action.ts';
import type { FileState } from './file-state.ts';
import type { FileStatus } from './file-status.ts';
import { getTimeLimit } from './time-limits.ts';

/** Statutory limits in working days, read from reference-data/procedures/time-limits.json. */
export interface FileTypeLimits {
  /** ALL Art. 32 (TIME-10). */
  readonly correctionNoticeWorkingDays: number;
  /** ALL Art. 42 (TIME-12 / TIME-13), MER Art. 19 (TIME-20). */
  readonly decisionWorkingDays: number;
  /** Total extension allowed (ALL Art. 42: +10 / +15; MER Art. 19: +3). */
  readonly maxExtensionWorkingDays: number;
  /** ALL Art. 44 (TIME-15). */
  readonly certificateWorkingDays: number;
  /** The articles the limits come from, e.g. 'ALL Art. 32; ALL Art. 42 para. 2 (with Art. 26); ALL Art. 44'. */
  readonly legalBasis: string;
  /** The rule ids of domain-rules §1.3 the limits come from. */
  readonly ruleIds: readonly string[];
}

/** How the tasks decide the file: all must approve; any one suffices; at least `approvals` must approve. */
export type CompletionRule =
  | { readonly kind: 'all' }
  | { readonly kind: 'any' }
  | { readonly kind: 'quorum'; readonly approvals: number };

/** A deemed approval exists only where the item's own rules provide it (TIME-71: off by default). */
export interface DeemedApprovalRule {
  readonly enabled: boolean;
  readonly legalBasis?: string;
}

/** One step of the escalation ladder (TIME-72): what to do when the file's clock is due soon or overdue. */
export interface EscalationRule {
  readonly when: 'due_soon' | 'overdue';
  readonly do: 'notify_supervisor' | 'reassign_to_role' | 'deem_approved';
  /** The role to reassign to ('reassign_to_role' only). */
  readonly role?: Role;
  readonly legalBasis?: string;
}

/**
 * 告知承诺制 (Trial Measures Art. 14; 国办发〔2020〕42号): the authority tells the applicant in writing the conditions,
 * standards and consequences of a false commitment (TC-01), decides on the applicant's written commitment (TC-02) and
 * verifies afterwards within a period (TIME-80); a false commitment is ordered rectified (TIME-81), else the
 * decision is revoked (TC-06). The notice is per item: data of the file type.
 */
export interface CommitmentRule {
  readonly noticeZh: string;
  readonly noticeEn: string;
  readonly verificationWorkingDays: number;
  readonly rectificationWorkingDays: number;
  readonly legalBasis: string;
  readonly ruleIds: readonly string[];
}

/** Why an action is refused. A bare string is a CONFLICT (the state does not allow it). */
export interface Refusal {
  readonly code: 'CONFLICT' | 'INVALID_REQUEST' | 'FORBIDDEN';
  readonly message: string;
  readonly field?: string;
}
export type GuardResult = string | Refusal | null;

/** A guard sees the state, the attempt (its payload and day only when known) and the actor; null allows. */
export type Guard<S> = (state: S, attempt: ActionAttempt, actor: Actor) => GuardResult;

export interface TransitionRule<S = FileState> {
  readonly roles: readonly ActorRole[];
  readonly guard?: Guard<S>;
}

/** The one declarative table: status → action → roles and guard. 'new' is the file before it exists. */
export type TransitionTable = { readonly new: { readonly submit?: TransitionRule<null> } } & {
  readonly [S in FileStatus]: { readonly [A in ActionType]?: TransitionRule };
};

export interface FileTypeDefinition<Form = unknown> {
  /** kebab-case, e.g. 'permit-parallel'. */
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly formSchema: z.ZodType<Form>;
  readonly limits: FileTypeLimits;
  /** Default department codes for the fan-out (reference-data/organisation/departments.json). */
  readonly departments: readonly string[];
  readonly completionRule: CompletionRule;
  readonly deemedApproval: DeemedApprovalRule;
  /** SLA 'due_soon' when at most this many working days remain after today. */
  readonly dueSoonWorkingDays: number;
  readonly escalation: readonly EscalationRule[];
  /** Present exactly for procedures under notification-commitment (告知承诺制). */
  readonly commitment?: CommitmentRule;
  /**
   * For establishments that may be foreign-invested (Trial Measures Art. 12): the admission check's question
   * drawn from the form on the filing day, or null when the form declares no foreign investment.
   */
  admissionQuestion?(form: Form, on: string): AdmissionCheckInput | null;
  /**
   * For the same establishments: the national security-review question drawn from the form (Order No. 37 Art. 4,
   * whose review covers new establishments as well as acquisitions), or null when no foreign investment is declared.
   * The answer is kept with the admission check of the file.
   */
  securityReviewQuestion?(form: Form, on: string): SecurityReviewInput | null;
  /**
   * Present for procedures another feature opens from its own record (e.g. an investment case): the route that
   * opens them. POST /api/files refuses such a type, so no file of it exists without its record.
   */
  readonly openedThrough?: string;
  readonly transitions: TransitionTable;
}

// Guarantees: the limits read from the time-limit data by rule id (decision's extension is the maximum).
export function limitsFrom(ids: { correction: string; decision: string; certificate: string }): FileTypeLimits {
  const correction = getTimeLimit(ids.correction);
  const decision = getTimeLimit(ids.decision);
  const certificate = getTimeLimit(ids.certificate);
  return Object.freeze({
    correctionNoticeWorkingDays: correction.workingDays,
    decisionWorkingDays: decision.workingDays,
    maxExtensionWorkingDays: decision.extensionWorkingDays,
    certificateWorkingDays: certificate.workingDays,
    legalBasis: [correction.legalBasis, decision.legalBasis, certificate.legalBasis].join('; '),
    ruleIds: Object.freeze([correction.id, decision.id, certificate.id]),
  });
}

// Guarantees: returns the definition unchanged (frozen) when it is consistent, else throws AppError INTERNAL
// naming the problem: a deemed approval or 'deem_approved' step without an enabled rule and its legal basis
// (TIME-71), a quorum below 1, a reassignment without a role, or a negative due-soon threshold.
export function defineFileType<Form>(type: FileTypeDefinition<Form>): FileTypeDefinition<Form> {
  const problem = (message: string): never => {
    throw new AppError('INTERNAL', { message: `File type ${type.code}: ${message}` });
  };
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(type.code)) problem('code must be kebab-case');
  const { deemedApproval: deemed, completionRule: rule } = type;
  if (deemed.enabled && !deemed.legalBasis?.trim()) problem('an enabled deemed approval needs its legal basis');
  if (rule.kind === 'quorum' && (!Number.isInteger(rule.approvals) || rule.approvals < 1)) problem('quorum must be ≥ 1');
  if (!Number.isInteger(type.dueSoonWorkingDays) || type.dueSoonWorkingDays < 0) problem('dueSoonWorkingDays must be ≥ 0');
  for (const step of type.escalation) {
    if (step.do === 'deem_approved' && !deemed.enabled) problem("escalation 'deem_approved' needs deemedApproval.enabled");
    if (step.do === 'deem_approved' && step.when !== 'overdue') problem("escalation 'deem_approved' only when overdue");
    if (step.do === 'reassign_to_role' && step.role === undefined) problem("escalation 'reassign_to_role' needs a role");
  }
  const inTable = Object.values(type.transitions).some((row) => 'deem_approved' in row);
  if (inTable !== deemed.enabled) problem('the transition table must hold deem_approved exactly when it is enabled');
  const verifies = Object.values(type.transitions).some((row) => 'verify_commitment' in row);
  if (verifies !== (type.commitment !== undefined)) problem('the transition table must hold verify_commitment exactly when the type has a commitment rule');
  return Object.freeze(type);
}
