import type { CivilDate, WorkingDayCalendar } from '../../../domain/calendar/index.ts';

/** The n-th working day after `from`, or `from` itself when n is 0 (the due-soon window's last day). */
export function addWorkingDaysOrSame(calendar: WorkingDayCalendar, from: CivilDate, n: number): CivilDate {
  return n <= 0 ? from : calendar.addWorkingDays(from, n).due;
}
