// The decision clock (限时办结, Trial Measures Art. 14; ALL Arts. 42, 45) and the task deadlines, from a draft.
//
// Counting (TIME-01): the acceptance day is not counted; due = addWorkingDays(acceptedOn, base + extensions +
// paused), the N-th working day strictly after acceptance. A pause recorded on day P and resumed on day R
// excludes the working days in (P, R]: P still counts (the clock ran when the day began) and R does not (like
// the acceptance day, counting starts again the day after). So a pause of k working days moves the deadline by
// exactly k working days, whatever holidays lie in between.
import type { CivilDate, WorkingDayCalendar } from '../calendar/index.ts';
import type { FileDraft, DraftTask } from './file-draft.ts';
import type { FileClock, FileTask } from './file-state.ts';
import type { FileTypeDefinition } from './file-type.ts';

// Guarantees: the open pause (recorded, not yet resumed), if any.
export function openPause(draft: FileDraft): FileDraft['pauses'][number] | undefined {
  return draft.pauses.find((p) => p.to === null);
}

// Guarantees: the decision clock of the draft as defined at the top of this file.
export function computeClock(type: FileTypeDefinition, draft: FileDraft, calendar: WorkingDayCalendar): FileClock {
  const base = type.limits.decisionWorkingDays;
  const extension = draft.extensions.reduce((sum, e) => sum + e.workingDays, 0);
  const limit = base + extension;
  const paused = draft.pauses.reduce((sum, p) => sum + (p.workingDays ?? 0), 0);
  const pauses = draft.pauses.map((p) => ({ ...p }));
  const common = { baseWorkingDays: base, extensionWorkingDays: extension, limitWorkingDays: limit, extensions: [...draft.extensions] };
  const clock = { ...common, pausedWorkingDays: paused, pauses, stoppedOn: draft.decidedOn };
  const accepted = draft.acceptedOn;
  if (accepted === null) {
    const state = draft.outcome === null ? 'not_started' : 'stopped';
    return { ...clock, state, dueOn: null, remainingWorkingDaysAtPause: null, provisional: false, workingDaysUsed: null };
  }
  const current = openPause(draft);
  if (current !== undefined) {
    const used = calendar.workingDaysBetween(accepted, current.from).workingDays;
    const remaining = limit + paused - used;
    return { ...clock, state: 'paused', dueOn: null, remainingWorkingDaysAtPause: remaining, provisional: false, workingDaysUsed: null };
  }
  const deadline = calendar.addWorkingDays(accepted, limit + paused);
  const stopped = draft.decidedOn;
  const workingDaysUsed = stopped === null ? null : calendar.workingDaysBetween(accepted, stopped).workingDays - paused;
  const state = stopped !== null ? 'stopped' : extension > 0 ? 'extended' : 'running';
  return { ...clock, state, dueOn: deadline.due, remainingWorkingDaysAtPause: null, provisional: deadline.provisional, workingDaysUsed };
}

// Guarantees: working days left on the decision limit after `on` (may be ≤ 0 when overdue); null before
// acceptance or while paused.
export function remainingWorkingDays(type: FileTypeDefinition, draft: FileDraft, on: CivilDate, calendar: WorkingDayCalendar): number | null {
  const clock = computeClock(type, draft, calendar);
  if (draft.acceptedOn === null || clock.state === 'paused') return null;
  return clock.limitWorkingDays + clock.pausedWorkingDays - calendar.workingDaysBetween(draft.acceptedOn, on).workingDays;
}

// Guarantees: each task with its own deadline: startedOn + its working days + the working days of the file's
// pauses begun while the task was open (ALL Art. 45 stops the whole handling); dueOn null while such a pause runs.
export function computeTasks(draft: FileDraft, calendar: WorkingDayCalendar): FileTask[] {
  return draft.tasks.map((task) => {
    const pauses = draft.pauses.filter((p) => p.seq > task.startSeq && (task.decidedSeq === null || task.decidedSeq > p.seq));
    const pausedWorkingDays = pauses.reduce((sum, p) => sum + (p.workingDays ?? 0), 0);
    const running = pauses.some((p) => p.to === null);
    const dueOn = running ? null : calendar.addWorkingDays(task.startedOn, task.workingDays + pausedWorkingDays).due;
    return freezeTask(task, pausedWorkingDays, dueOn);
  });
}

// Guarantees: the public view of a draft task.
function freezeTask(task: DraftTask, pausedWorkingDays: number, dueOn: CivilDate | null): FileTask {
  const { startSeq: _start, decidedSeq: _decided, reasons, ...rest } = task;
  return { ...rest, reasons: [...reasons], pausedWorkingDays, dueOn };
}
