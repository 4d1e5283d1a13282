// The transition table the zone's procedures share, built per file type from a few options. Who may do what:
// applicants submit, resubmit, withdraw; the window officer (一窗通办) accepts, asks for corrections, fans out,
// decides and issues; department reviewers decide their own tasks (并联审批); the area officer supervises
// (assign, hand over); the system deems and escalates.
import { commitmentRows } from './commitment.ts';
import type { ActorRole } from './file-action.ts';
import type { FileTypeDefinition, TransitionRule, TransitionTable } from './file-type.ts';
import {
  approveGuard,
  assignGuard,
  correctionGuard,
  deemAcceptedGuard,
  deemApprovedGuard,
  extendGuard,
  handOverGuard,
  notAfterDue,
  openTaskGuard,
  rejectGuard,
  resumeGuard,
  startTasksGuard,
  submitGuard,
} from './transition-guards.ts';

export interface StandardTransitionOptions {
  /** Approval needs department tasks (permits); false where the window officer decides (market registration). */
  readonly requireTasks: boolean;
  /** The window officer may reject on their own finding, not only when the completion rule fails. */
  readonly officerDecides: boolean;
  /** Adds deem_approved for the system once overdue (only where the type's rule provides it, TIME-71). */
  readonly deemedApproval: boolean;
  /** Adds the post-verification steps of notification-commitment (告知承诺制) after the certificate. */
  readonly commitment?: boolean;
}

type Limits = Pick<FileTypeDefinition, 'limits'>;

const APPLICANT: ActorRole = 'applicant';
const OFFICER: ActorRole = 'window_officer';
const REVIEWER: ActorRole = 'department_reviewer';
const SUPERVISOR: ActorRole = 'area_officer';
const SYSTEM: ActorRole = 'system';

// Guarantees: the table for a type with these limits and options; closed statuses allow nothing.
export function standardTransitions(type: Limits, options: StandardTransitionOptions): TransitionTable {
  const custody = {
    assign: { roles: [OFFICER, SUPERVISOR], guard: assignGuard },
    hand_over: { roles: [OFFICER, SUPERVISOR], guard: handOverGuard },
  } satisfies Record<string, TransitionRule>;
  const withdraw: TransitionRule = { roles: [APPLICANT] };
  const deem: { deem_approved?: TransitionRule } = options.deemedApproval
    ? { deem_approved: { roles: [SYSTEM], guard: deemApprovedGuard } }
    : {};
  return {
    new: { submit: { roles: [APPLICANT, OFFICER], guard: submitGuard } },
    submitted: {
      accept: { roles: [OFFICER] },
      request_correction: { roles: [OFFICER], guard: correctionGuard },
      deem_accepted: { roles: [SYSTEM], guard: deemAcceptedGuard },
      withdraw,
      ...custody,
    },
    correction_requested: {
      resubmit: { roles: [APPLICANT, OFFICER] },
      withdraw,
      ...custody,
    },
    accepted: {
      start_tasks: { roles: [OFFICER], guard: startTasksGuard },
      assign_task: { roles: [REVIEWER], guard: openTaskGuard },
      approve_task: { roles: [REVIEWER], guard: openTaskGuard },
      reject_task: { roles: [REVIEWER], guard: openTaskGuard },
      approve: { roles: [OFFICER], guard: approveGuard(options.requireTasks) },
      reject: { roles: [OFFICER], guard: rejectGuard(options.officerDecides) },
      extend: { roles: [OFFICER], guard: extendGuard(type) },
      pause: { roles: [OFFICER, REVIEWER], guard: notAfterDue },
      escalate: { roles: [SYSTEM] },
      withdraw,
      ...custody,
      ...deem,
    },
    paused: {
      resume: { roles: [OFFICER, REVIEWER, APPLICANT], guard: resumeGuard },
      withdraw,
      ...custody,
    },
    approved: {
      issue_certificate: { roles: [OFFICER] },
      escalate: { roles: [SYSTEM] },
      ...custody,
    },
    rejected: {},
    withdrawn: {},
    certificate_issued: {},
    ...commitmentRows(options.commitment ?? false),
  };
}
