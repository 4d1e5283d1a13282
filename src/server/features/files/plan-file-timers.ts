import { addDays, compareCivilDates, type CivilDate, type WorkingDayCalendar } from '../../../domain/calendar/index.ts';
import { isClosedStatus, slaState, watchedDueOn, type FileState, type FileTypeDefinition } from '../../../domain/files/index.ts';
import type { Tx } from '../../db/database.ts';
import { replanTimers } from '../../timers/schedule-timer.ts';

export const FILE_CHECK_TIMER = 'file.check';

/** Midnight at the start of a civil day in China Standard Time (TIME-07). */
export function startOfDayInShanghai(date: CivilDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** The first day on which a deadline counts as due soon (scanning back from the due day), or null. */
function dueSoonFrom(dueOn: CivilDate, calendar: WorkingDayCalendar, dueSoonWorkingDays: number): CivilDate | null {
  let first: CivilDate | null = null;
  for (let d = dueOn, i = 0; i < 60; i += 1, d = addDays(d, -1)) {
    if (slaState(dueOn, d, calendar, dueSoonWorkingDays) !== 'due_soon') break;
    first = d;
  }
  return first;
}

/**
 * The checks a file's state needs: the day after the last day for a correction notice (deemed acceptance, ALL
 * Art. 32), the first due-soon day, and the day after the deadline (overdue); none for a closed file. Each with the
 * timer payload's `planned` (the day compared with the deadline). Also what `zimao generate` plans for its files.
 */
export function fileCheckDays(type: FileTypeDefinition, state: FileState, calendar: WorkingDayCalendar): { day: CivilDate; planned: -1 | 0 | 1 }[] {
  if (isClosedStatus(state.status)) return [];
  const days = new Set<CivilDate>();
  if (state.correctionDueOn) days.add(addDays(state.correctionDueOn, 1));
  const due = watchedDueOn(state);
  if (due) {
    const soon = dueSoonFrom(due, calendar, type.dueSoonWorkingDays);
    if (soon) days.add(soon);
    days.add(addDays(due, 1));
  }
  return [...days].map((day) => ({ day, planned: compareCivilDates(day, due ?? day) }));
}

export type FileChecks = ReturnType<typeof fileCheckDays>;

/**
 * The checks as the file row keeps them (timers_planned, 0029): what was last planned, so an action whose checks are
 * the same sends no timer statement. The order is fileCheckDays', which depends only on the state and the calendar.
 */
export function plannedChecksKey(checks: FileChecks): string {
  return JSON.stringify(checks);
}

/**
 * Replaces a file's pending timers with these checks (fileCheckDays of its state). The sweeper fires each once and
 * decides from the file's state at that moment.
 */
export async function planFileTimers(tx: Tx, fileId: number, checks: FileChecks, now: Date): Promise<void> {
  // A check for a day already begun still fires (at once): the sweeper takes every due timer.
  const timers = checks.map(({ day, planned }) => ({ fireAt: startOfDayInShanghai(day), payload: { fileId, day, planned } }));
  await replanTimers(tx, { subject: `file:${fileId}`, kind: FILE_CHECK_TIMER }, timers, now);
}
