// One step of the fold: how each action changes a file draft. Actions reach here already checked
// (assertActionAllowed); the fold trusts the log's order and only records what each action says.
import { AppError } from '../app-error.ts';
import type { WorkingDayCalendar } from '../calendar/index.ts';
import type { FileAction } from './file-action.ts';
import { computeCommitment } from './commitment.ts';
import { computeClock, openPause, remainingWorkingDays } from './file-clock.ts';
import type { FileDraft } from './file-draft.ts';
import { FileStatus } from './file-status.ts';
import type { FileTypeDefinition } from './file-type.ts';

/** ALL Art. 32: acceptance deemed from the day the materials were received. */
export const DEEMED_ACCEPTANCE_BASIS = 'ALL Art. 32';

// Guarantees: the draft after `action`; the first window officer to act becomes responsible (首问负责,
// Trial Measures Art. 14) unless the action itself names one.
export function applyAction(type: FileTypeDefinition, draft: FileDraft, action: FileAction, calendar: WorkingDayCalendar): void {
  const { on, seq } = action;
  switch (action.type) {
    case 'submit':
      break; // the initial draft is built from the submit action
    case 'accept': {
      // ALL Art. 32: past the correction window the application already stood accepted from the day of receipt,
      // so a late explicit acceptance does not move the clock.
      const window = calendar.addWorkingDays(draft.receivedOn, type.limits.correctionNoticeWorkingDays).due;
      const late = on > window;
      draft.status = FileStatus.ACCEPTED;
      draft.acceptedOn = late ? draft.receivedOn : on;
      draft.deemedAccepted = late;
      break;
    }
    case 'deem_accepted':
      draft.status = FileStatus.ACCEPTED;
      draft.acceptedOn = draft.receivedOn; // ALL Art. 32: from the day of receipt
      draft.deemedAccepted = true;
      break;
    case 'request_correction':
      draft.status = FileStatus.CORRECTION_REQUESTED;
      draft.correctionNotices.push({ seq, on, byOfficerId: action.actorId, items: action.payload.items.map((i) => ({ ...i })) });
      break;
    case 'resubmit':
      draft.status = FileStatus.SUBMITTED;
      draft.receivedOn = on;
      break;
    case 'assign':
      draft.responsibleOfficerId = action.payload.officerId;
      break;
    case 'hand_over':
      draft.handovers.push({ seq, on, fromOfficerId: draft.responsibleOfficerId, toOfficerId: action.payload.toOfficerId, reason: action.payload.reason });
      draft.responsibleOfficerId = action.payload.toOfficerId;
      break;
    case 'start_tasks': {
      const left = Math.max(1, remainingWorkingDays(type, draft, on, calendar) ?? type.limits.decisionWorkingDays);
      action.payload.tasks.forEach((task, index) => {
        draft.tasks.push({
          id: `${seq}-${index + 1}`, startSeq: seq, departmentCode: task.departmentCode, assigneeId: null, status: 'open',
          startedOn: on, workingDays: task.workingDays ?? left, decidedSeq: null, decidedOn: null, reasons: [], legalBasis: null,
        });
      });
      break;
    }
    case 'assign_task':
      taskOf(draft, action.payload.taskId).assigneeId = action.payload.assigneeId;
      break;
    case 'approve_task':
    case 'reject_task': {
      const task = taskOf(draft, action.payload.taskId);
      task.assigneeId ??= action.actorId;
      task.decidedSeq = seq;
      task.decidedOn = on;
      if (action.type === 'approve_task') task.status = 'approved';
      else Object.assign(task, { status: 'rejected', reasons: [...action.payload.reasons], legalBasis: action.payload.legalBasis });
      break;
    }
    case 'approve':
      close(draft, action, FileStatus.APPROVED, { kind: 'approved', on, seq, reasons: [], legalBasis: [] }, calendar);
      break;
    case 'deem_approved': {
      const basis = type.deemedApproval.legalBasis ?? '';
      close(draft, action, FileStatus.APPROVED, { kind: 'deemed_approved', on, seq, reasons: [], legalBasis: [basis] }, calendar);
      break;
    }
    case 'reject': {
      const rejected = draft.tasks.filter((t) => t.status === 'rejected');
      const reasons = [...(action.payload.reasons ?? []), ...rejected.flatMap((t) => t.reasons)];
      const bases = [action.payload.legalBasis, ...rejected.map((t) => t.legalBasis)].filter((b): b is string => !!b);
      close(draft, action, FileStatus.REJECTED, { kind: 'rejected', on, seq, reasons, legalBasis: [...new Set(bases)] }, calendar);
      break;
    }
    case 'withdraw': {
      const reasons = action.payload.reason === undefined ? [] : [action.payload.reason];
      close(draft, action, FileStatus.WITHDRAWN, { kind: 'withdrawn', on, seq, reasons, legalBasis: [] }, calendar);
      break;
    }
    case 'extend':
      draft.extensions.push({ seq, on, workingDays: action.payload.workingDays, approvedBy: action.payload.approvedBy, reason: action.payload.reason });
      break;
    case 'pause': {
      const expected = action.payload.expectedWorkingDays;
      const expectedResumeOn = expected === undefined ? null : calendar.addWorkingDays(on, expected).due;
      draft.pauses.push({ seq, kind: action.payload.kind, reason: action.payload.reason, from: on, to: null, workingDays: null, expectedResumeOn });
      draft.status = FileStatus.PAUSED;
      break;
    }
    case 'resume':
      endPause(draft, on, calendar);
      draft.status = FileStatus.ACCEPTED;
      break;
    case 'issue_certificate':
      draft.certificate = { issuedOn: on, certificateNo: action.payload.certificateNo ?? null };
      // 告知承诺 (TC-02): granted on the commitment, the file stays open until the commitment is verified.
      draft.status = type.commitment === undefined ? FileStatus.CERTIFICATE_ISSUED : FileStatus.UNDER_VERIFICATION;
      break;
    case 'verify_commitment': {
      const { result, findings } = action.payload;
      draft.verification = { seq, on, result, findings, byId: action.actorId };
      draft.status = result === 'confirmed' ? FileStatus.CERTIFICATE_ISSUED : FileStatus.RECTIFICATION_ORDERED;
      break;
    }
    case 'confirm_rectified':
      draft.rectified = { seq, on, findings: action.payload.findings, byId: action.actorId };
      draft.status = FileStatus.CERTIFICATE_ISSUED;
      break;
    case 'revoke':
      draft.revocation = { seq, on, reasons: [...action.payload.reasons], legalBasis: action.payload.legalBasis };
      draft.status = FileStatus.REVOKED;
      break;
    case 'escalate': {
      const dueOn = escalatedDueOn(type, draft, calendar);
      draft.escalations.push({ seq, on, level: action.payload.level, to: action.payload.to, dueOn });
      break;
    }
  }
  if (action.actorRole === 'window_officer' && draft.responsibleOfficerId === null) draft.responsibleOfficerId = action.actorId;
}

// Guarantees: ALL Art. 44 — the certificate's due day (decision day + the type's limit), or null before a grant.
export function certificateDue(type: FileTypeDefinition, draft: FileDraft, calendar: WorkingDayCalendar): string | null {
  const granted = draft.outcome?.kind === 'approved' || draft.outcome?.kind === 'deemed_approved';
  return granted && draft.decidedOn !== null ? calendar.addWorkingDays(draft.decidedOn, type.limits.certificateWorkingDays).due : null;
}

// Guarantees: the due day an escalation is raised against: the certificate's once approved, the commitment's
// verification or rectification day after the certificate (告知承诺), else the decision's.
function escalatedDueOn(type: FileTypeDefinition, draft: FileDraft, calendar: WorkingDayCalendar): string | null {
  if (draft.status === FileStatus.APPROVED) return certificateDue(type, draft, calendar);
  if (draft.status === FileStatus.UNDER_VERIFICATION) return computeCommitment(type, draft, calendar)?.verificationDueOn ?? null;
  if (draft.status === FileStatus.RECTIFICATION_ORDERED) return computeCommitment(type, draft, calendar)?.rectificationDueOn ?? null;
  return computeClock(type, draft, calendar).dueOn;
}

// Guarantees: the draft task with that id, else AppError INTERNAL (a checked log never names an unknown task).
function taskOf(draft: FileDraft, id: string): FileDraft['tasks'][number] {
  const task = draft.tasks.find((t) => t.id === id);
  if (task === undefined) throw new AppError('INTERNAL', { message: `action log names unknown task ${id}` });
  return task;
}

// Guarantees: the open pause, if any, ends on `on` with the working days in (from, on].
function endPause(draft: FileDraft, on: string, calendar: WorkingDayCalendar): void {
  const pause = openPause(draft);
  if (pause === undefined) return;
  pause.to = on;
  pause.workingDays = calendar.workingDaysBetween(pause.from, on).workingDays;
}

// Guarantees: the file is decided: status and outcome set, clock stopped, open pause ended, open tasks cancelled.
function close(draft: FileDraft, action: FileAction, status: FileStatus, outcome: NonNullable<FileDraft['outcome']>, calendar: WorkingDayCalendar): void {
  endPause(draft, action.on, calendar);
  for (const task of draft.tasks.filter((t) => t.status === 'open')) {
    Object.assign(task, { status: 'cancelled', decidedSeq: action.seq, decidedOn: action.on });
  }
  draft.status = status;
  draft.outcome = outcome;
  draft.decidedOn = action.on;
}
