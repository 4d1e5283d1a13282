// The state of an application file, folded from its ordered, append-only action log (domain-rules §1.2).
import { AppError } from '../app-error.ts';
import type { WorkingDayCalendar } from '../calendar/index.ts';
import { applyAction, certificateDue } from './apply-action.ts';
import { computeCommitment } from './commitment.ts';
import { evaluateCompletion } from './completion-rule.ts';
import type { FileAction } from './file-action.ts';
import { computeClock, computeTasks } from './file-clock.ts';
import type { FileDraft } from './file-draft.ts';
import type { FileState } from './file-state.ts';
import { FileStatus } from './file-status.ts';
import type { FileTypeDefinition } from './file-type.ts';

// Guarantees: the same log always gives the same state (a pure fold; nothing read from the clock); version
// equals actions.length. The log must start with the one submit action and number its actions 1, 2, 3… in
// order, else AppError INTERNAL (a corrupt log is never folded into a plausible state).
export function deriveFileState(type: FileTypeDefinition, actions: readonly FileAction[], calendar: WorkingDayCalendar): FileState {
  const first = actions[0];
  if (first === undefined || first.type !== 'submit') {
    throw new AppError('INTERNAL', { message: 'an action log must start with submit' });
  }
  const draft = initialDraft(first);
  actions.forEach((action, index) => {
    if (action.seq !== index + 1) {
      throw new AppError('INTERNAL', { message: `action log out of order: position ${index + 1} holds seq ${action.seq}` });
    }
    if (index > 0 && action.type === 'submit') throw new AppError('INTERNAL', { message: `second submit at seq ${action.seq}` });
    applyAction(type, draft, action, calendar);
    draft.lastActionOn = action.on;
    draft.version = action.seq;
  });
  return finish(type, draft, calendar);
}

// Guarantees: the draft of a file just submitted: received that day; a window officer submitting at the
// counter on the applicant's behalf becomes responsible (首问负责, Trial Measures Art. 14).
function initialDraft(submit: Extract<FileAction, { type: 'submit' }>): FileDraft {
  return {
    status: FileStatus.SUBMITTED,
    applicantId: submit.payload.applicantId,
    submittedOn: submit.on,
    receivedOn: submit.on,
    acceptedOn: null,
    deemedAccepted: false,
    responsibleOfficerId: null,
    handovers: [],
    correctionNotices: [],
    tasks: [],
    extensions: [],
    pauses: [],
    decidedOn: null,
    certificate: null,
    escalations: [],
    verification: null,
    rectified: null,
    revocation: null,
    outcome: null,
    lastActionOn: submit.on,
    version: 0,
  };
}

// Guarantees: the public state of the draft, with the derived clock, task deadlines, completion and due days.
function finish(type: FileTypeDefinition, draft: FileDraft, calendar: WorkingDayCalendar): FileState {
  const tasks = computeTasks(draft, calendar);
  const correctionDueOn =
    draft.status === FileStatus.SUBMITTED
      ? calendar.addWorkingDays(draft.receivedOn, type.limits.correctionNoticeWorkingDays).due
      : null;
  return {
    typeCode: type.code,
    status: draft.status,
    applicantId: draft.applicantId,
    submittedOn: draft.submittedOn,
    receivedOn: draft.receivedOn,
    correctionDueOn,
    acceptedOn: draft.acceptedOn,
    deemedAccepted: draft.deemedAccepted,
    responsibleOfficerId: draft.responsibleOfficerId,
    handovers: [...draft.handovers],
    correctionNotices: [...draft.correctionNotices],
    tasks,
    completion: evaluateCompletion(type.completionRule, tasks),
    clock: computeClock(type, draft, calendar),
    certificateDueOn: certificateDue(type, draft, calendar),
    certificate: draft.certificate,
    escalations: [...draft.escalations],
    commitment: computeCommitment(type, draft, calendar),
    outcome: draft.outcome,
    lastActionOn: draft.lastActionOn,
    version: draft.version,
  };
}
