// The state of an application file, folded from its action log by deriveFileState. Nothing here is stored as a
// source of truth: the log is (domain-rules §1.2: "compute remaining time from the action log").
import type { CivilDate } from '../calendar/index.ts';
import type { CommitmentFinding, CorrectionItem, PauseKind } from './action-payloads.ts';
import type { FileStatus } from './file-status.ts';

/** not_started before acceptance; running; paused (ALL Art. 45); extended = running on a limit raised under ALL Art. 42; stopped once decided. */
export type ClockState = 'not_started' | 'running' | 'paused' | 'extended' | 'stopped';

export interface ClockPause {
  readonly seq: number;
  readonly kind: PauseKind;
  readonly reason: string;
  /** The day the pause was recorded (P). That day still counts toward the limit. */
  readonly from: CivilDate;
  /** The day of the resume action (R), or null while paused. */
  readonly to: CivilDate | null;
  /** Working days in (P, R] — the days the pause moves the deadline by; null while paused. */
  readonly workingDays: number | null;
  /** P + expectedWorkingDays, as told to the applicant in writing (ALL Art. 45). */
  readonly expectedResumeOn: CivilDate | null;
}

export interface ClockExtension {
  readonly seq: number;
  readonly on: CivilDate;
  readonly workingDays: number;
  readonly approvedBy: string;
  readonly reason: string;
}

/** The decision clock (限时办结). */
export interface FileClock {
  readonly state: ClockState;
  readonly baseWorkingDays: number;
  readonly extensionWorkingDays: number;
  /** Base limit plus extensions. */
  readonly limitWorkingDays: number;
  readonly extensions: readonly ClockExtension[];
  /** Sum of the working days of the finished pauses. */
  readonly pausedWorkingDays: number;
  readonly pauses: readonly ClockPause[];
  /** addWorkingDays(acceptedOn, limit + paused); null before acceptance and while paused. */
  readonly dueOn: CivilDate | null;
  /** Working days still left on the limit when paused (so the new due day is known once resumed). */
  readonly remainingWorkingDaysAtPause: number | null;
  /** True when dueOn was computed with a year whose holiday notice is not published (TIME-06). */
  readonly provisional: boolean;
  readonly stoppedOn: CivilDate | null;
  /** Working days from acceptance to the decision, pauses excluded; null until stopped. */
  readonly workingDaysUsed: number | null;
}

export type TaskStatus = 'open' | 'approved' | 'rejected' | 'cancelled';

/** One department's part of parallel approval (并联审批). */
export interface FileTask {
  /** `<seq of the start_tasks action>-<1-based index in its payload>`, e.g. '5-2'. */
  readonly id: string;
  readonly departmentCode: string;
  readonly assigneeId: number | null;
  readonly status: TaskStatus;
  readonly startedOn: CivilDate;
  readonly workingDays: number;
  /** addWorkingDays(startedOn, workingDays + file pauses begun while the task was open); null while paused. */
  readonly dueOn: CivilDate | null;
  readonly pausedWorkingDays: number;
  readonly decidedOn: CivilDate | null;
  readonly reasons: readonly string[];
  readonly legalBasis: string | null;
}

/** Where the type's completion rule stands over the tasks: met, can no longer be met (unmet), or pending. */
export interface CompletionState {
  readonly state: 'pending' | 'met' | 'unmet';
  readonly approvals: number;
  readonly rejections: number;
  readonly open: number;
}

export interface Handover {
  readonly seq: number;
  readonly on: CivilDate;
  readonly fromOfficerId: number | null;
  readonly toOfficerId: number;
  readonly reason: string;
}

export interface CorrectionNotice {
  readonly seq: number;
  readonly on: CivilDate;
  readonly byOfficerId: number | null;
  readonly items: readonly CorrectionItem[];
}

export interface EscalationRecord {
  readonly seq: number;
  readonly on: CivilDate;
  readonly level: 'due_soon' | 'overdue';
  readonly to: string;
  /** The due day the escalation was raised against (an extension or pause makes a new one possible). */
  readonly dueOn: CivilDate | null;
}

export interface FileOutcome {
  readonly kind: 'approved' | 'deemed_approved' | 'rejected' | 'withdrawn';
  readonly on: CivilDate;
  readonly seq: number;
  /** For a rejection: the decision's own reasons followed by those of the rejecting tasks. */
  readonly reasons: readonly string[];
  readonly legalBasis: readonly string[];
}

/** 告知承诺 (TC-02, TC-06): the post-verification of the applicant's written commitment. */
export interface CommitmentState {
  /** Certificate issue day + the verification period (TIME-80); null before the certificate. */
  readonly verificationDueOn: CivilDate | null;
  readonly verification: { readonly seq: number; readonly on: CivilDate; readonly result: CommitmentFinding; readonly findings: string; readonly byId: number | null } | null;
  /** Finding day + the rectification period (TIME-81) when the commitment was false; else null. */
  readonly rectificationDueOn: CivilDate | null;
  readonly rectified: { readonly seq: number; readonly on: CivilDate; readonly findings: string; readonly byId: number | null } | null;
  readonly revocation: { readonly seq: number; readonly on: CivilDate; readonly reasons: readonly string[]; readonly legalBasis: string } | null;
}

export interface FileState {
  readonly typeCode: string;
  readonly status: FileStatus;
  readonly applicantId: number;
  readonly submittedOn: CivilDate;
  /** The day the current materials were received: the submit day, or the last resubmit day. */
  readonly receivedOn: CivilDate;
  /** Last day for a correction notice (ALL Art. 32) while the file waits for acceptance; else null. */
  readonly correctionDueOn: CivilDate | null;
  readonly acceptedOn: CivilDate | null;
  /** True when acceptance was deemed (ALL Art. 32): acceptedOn is then the receipt day. */
  readonly deemedAccepted: boolean;
  /** 首问负责 (Trial Measures Art. 14): the window officer answerable for the file. */
  readonly responsibleOfficerId: number | null;
  readonly handovers: readonly Handover[];
  readonly correctionNotices: readonly CorrectionNotice[];
  readonly tasks: readonly FileTask[];
  readonly completion: CompletionState;
  readonly clock: FileClock;
  /** ALL Art. 44: decision day + the certificate limit once granted (kept after issue); else null. */
  readonly certificateDueOn: CivilDate | null;
  readonly certificate: { readonly issuedOn: CivilDate; readonly certificateNo: string | null } | null;
  readonly escalations: readonly EscalationRecord[];
  /** Null unless the type is under notification-commitment (告知承诺制). */
  readonly commitment: CommitmentState | null;
  readonly outcome: FileOutcome | null;
  readonly lastActionOn: CivilDate;
  /** Number of actions folded; the next action's seq is version + 1 (optimistic concurrency). */
  readonly version: number;
}
