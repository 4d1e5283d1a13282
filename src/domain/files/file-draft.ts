// The mutable accumulator deriveFileState folds actions into; frozen into a FileState at the end.
import type { CivilDate } from '../calendar/index.ts';
import type { ClockExtension, CorrectionNotice, EscalationRecord, FileOutcome, Handover, TaskStatus } from './file-state.ts';
import type { CommitmentFinding, PauseKind } from './action-payloads.ts';
import type { FileStatus } from './file-status.ts';

export interface DraftTask {
  id: string;
  startSeq: number;
  departmentCode: string;
  assigneeId: number | null;
  status: TaskStatus;
  startedOn: CivilDate;
  workingDays: number;
  decidedSeq: number | null;
  decidedOn: CivilDate | null;
  reasons: string[];
  legalBasis: string | null;
}

export interface DraftPause {
  seq: number;
  kind: PauseKind;
  reason: string;
  from: CivilDate;
  to: CivilDate | null;
  workingDays: number | null;
  expectedResumeOn: CivilDate | null;
}

export interface FileDraft {
  status: FileStatus;
  applicantId: number;
  submittedOn: CivilDate;
  receivedOn: CivilDate;
  acceptedOn: CivilDate | null;
  deemedAccepted: boolean;
  responsibleOfficerId: number | null;
  handovers: Handover[];
  correctionNotices: CorrectionNotice[];
  tasks: DraftTask[];
  extensions: ClockExtension[];
  pauses: DraftPause[];
  decidedOn: CivilDate | null;
  certificate: { issuedOn: CivilDate; certificateNo: string | null } | null;
  escalations: EscalationRecord[];
  verification: { seq: number; on: CivilDate; result: CommitmentFinding; findings: string; byId: number | null } | null;
  rectified: { seq: number; on: CivilDate; findings: string; byId: number | null } | null;
  revocation: { seq: number; on: CivilDate; reasons: string[]; legalBasis: string } | null;
  outcome: FileOutcome | null;
  lastActionOn: CivilDate;
  version: number;
}
