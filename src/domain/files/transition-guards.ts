// The small guard functions of the transition table. Each sees the state, the attempt (payload and day only when
// known: listing allowed actions passes neither) and the actor, and returns null to allow or a refusal.
import type { Actor } from './file-action.ts';
import type { FileState } from './file-state.ts';
import type { FileTypeDefinition, Guard, GuardResult } from './file-type.ts';

const invalid = (field: string, message: string): GuardResult => ({ code: 'INVALID_REQUEST', field, message });

// Guarantees: an applicant submits only for themself; a window officer may submit on an applicant's behalf.
export const submitGuard: Guard<null> = (_state, attempt, actor) =>
  attempt.type === 'submit' && attempt.payload && actor.role === 'applicant' && attempt.payload.applicantId !== actor.id
    ? { code: 'FORBIDDEN', message: 'an applicant submits only in their own name' }
    : null;

// Guarantees (ALL Art. 32, 一次告知): the notice is sent within the correction window, and a later notice only
// repeats documents named before — everything missing must be told at once.
export const correctionGuard: Guard<FileState> = (state, attempt) => {
  if (attempt.on !== undefined && state.correctionDueOn !== null && attempt.on > state.correctionDueOn) {
    return `the window for a correction notice ended on ${state.correctionDueOn}; the application is deemed accepted (ALL Art. 32)`;
  }
  if (attempt.type !== 'request_correction' || !attempt.payload || state.correctionNotices.length === 0) return null;
  const told = new Set(state.correctionNotices.flatMap((n) => n.items.map((i) => i.document.trim())));
  const fresh = attempt.payload.items.filter((i) => !told.has(i.document.trim())).map((i) => i.document);
  return fresh.length === 0
    ? null
    : invalid('payload.items', `一次告知 (ALL Art. 32): a further notice may only repeat documents already named; new: ${fresh.join(', ')}`);
};

// Guarantees (ALL Art. 32): deemed acceptance only once the correction window has passed without a notice.
export const deemAcceptedGuard: Guard<FileState> = (state, attempt) =>
  attempt.on !== undefined && state.correctionDueOn !== null && attempt.on <= state.correctionDueOn
    ? `the correction window runs until ${state.correctionDueOn}`
    : null;

// Guarantees (首问负责): assign names a responsible officer only when none holds the file; a window officer
// may only take it themself.
export const assignGuard: Guard<FileState> = (state, attempt, actor) => {
  if (state.responsibleOfficerId !== null) return `officer ${state.responsibleOfficerId} is already responsible; use hand_over`;
  if (attempt.type === 'assign' && attempt.payload && actor.role === 'window_officer' && attempt.payload.officerId !== actor.id) {
    return { code: 'FORBIDDEN', message: 'a window officer may only take the file themself' };
  }
  return null;
};

// Guarantees: a handover goes from the responsible officer to another officer, with its reason recorded.
export const handOverGuard: Guard<FileState> = (state, attempt) => {
  if (state.responsibleOfficerId === null) return 'no officer is responsible yet; use assign';
  if (attempt.type === 'hand_over' && attempt.payload?.toOfficerId === state.responsibleOfficerId) {
    return invalid('payload.toOfficerId', 'the file is already held by that officer');
  }
  return null;
};

// Guarantees: tasks go to distinct departments, none of which already has an open task on the file.
export const startTasksGuard: Guard<FileState> = (state, attempt) => {
  if (attempt.type !== 'start_tasks' || !attempt.payload) return null;
  const codes = attempt.payload.tasks.map((t) => t.departmentCode);
  const open = new Set(state.tasks.filter((t) => t.status === 'open').map((t) => t.departmentCode));
  const clash = codes.find((c, i) => codes.indexOf(c) !== i || open.has(c));
  return clash === undefined ? null : invalid('payload.tasks', `department ${clash} is listed twice or already has an open task`);
};

// Guarantees: a task is assigned or decided only while it is open.
export const openTaskGuard: Guard<FileState> = (state, attempt) => {
  const id = attempt.payload && 'taskId' in attempt.payload ? attempt.payload.taskId : undefined;
  const task = state.tasks.find((t) => t.id === id);
  return task !== undefined && task.status !== 'open' ? `task ${task.id} is already ${task.status}` : null;
};

// Guarantees: approval only when the type's completion rule is met (and, where tasks are required, started).
export const approveGuard = (requireTasks: boolean): Guard<FileState> => (state) => {
  if (requireTasks && state.tasks.length === 0) return 'no department task has been started';
  const c = state.completion;
  return c.state === 'met' ? null : `the completion rule is ${c.state} (${c.approvals} approved, ${c.rejections} rejected, ${c.open} open)`;
};

// Guarantees: rejection follows a completion rule that can no longer be met (reasons taken from the tasks); where
// the window officer decides (officerDecides), rejection is also open to them, with reasons and legal basis.
export const rejectGuard = (officerDecides: boolean): Guard<FileState> => (state, attempt) => {
  if (state.completion.state === 'unmet') return null;
  if (!officerDecides) return `the completion rule can still be met (${state.completion.open} task(s) open)`;
  if (attempt.type !== 'reject' || !attempt.payload) return null;
  if (!attempt.payload.reasons) return invalid('payload.reasons', 'a rejection states its reasons');
  if (!attempt.payload.legalBasis) return invalid('payload.legalBasis', 'a rejection states its legal basis');
  return null;
};

// Guarantees (ALL Art. 42): extensions are approved before the limit runs out and total at most the type's maximum.
export const extendGuard = (type: Pick<FileTypeDefinition, 'limits'>): Guard<FileState> => (state, attempt, actor) => {
  const max = type.limits.maxExtensionWorkingDays;
  const left = max - state.clock.extensionWorkingDays;
  if (left <= 0) return `the maximum extension of ${max} working days is used (${type.limits.legalBasis})`;
  const late = notAfterDue(state, attempt, actor);
  if (late !== null) return late;
  if (attempt.type === 'extend' && attempt.payload && attempt.payload.workingDays > left) {
    return invalid('payload.workingDays', `at most ${left} more working day(s): the maximum extension is ${max}`);
  }
  return null;
};

// Guarantees: the action is taken on or before the decision due day (a lapsed limit cannot be paused or extended).
export const notAfterDue: Guard<FileState> = (state, attempt) =>
  attempt.on !== undefined && state.clock.dueOn !== null && attempt.on > state.clock.dueOn
    ? `the time limit ran out on ${state.clock.dueOn}`
    : null;

// Guarantees (TIME-71): a deemed approval only once the limit has run out.
export const deemApprovedGuard: Guard<FileState> = (state, attempt) =>
  attempt.on !== undefined && state.clock.dueOn !== null && attempt.on <= state.clock.dueOn
    ? `the time limit runs until ${state.clock.dueOn}`
    : null;

// Guarantees: an applicant resumes only a pause that waits for them; officers resume any pause.
export const resumeGuard: Guard<FileState> = (state, _attempt, actor: Actor) => {
  const pause = state.clock.pauses.find((p) => p.to === null);
  return actor.role === 'applicant' && pause?.kind !== 'awaiting_applicant' ? 'this pause does not wait for the applicant' : null;
};

// Guarantees: the first refusal of the guards, in order, or null when all allow.
export function allOf<S>(...guards: readonly Guard<S>[]): Guard<S> {
  return (state, attempt, actor) => {
    for (const guard of guards) {
      const refusal = guard(state, attempt, actor);
      if (refusal !== null) return refusal;
    }
    return null;
  };
}
