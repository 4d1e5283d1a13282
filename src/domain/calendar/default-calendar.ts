// The calendar zimao uses: the bundled published schedule (TIME-05) plus the administrator's overrides.
import { publishedSchedule } from './published-schedule.ts';
import { createWorkingDayCalendar, type OverrideDay, type WorkingDayCalendar } from './working-day-calendar.ts';

/** Data an administrator maintains on top of the bundled schedule. */
export interface DefaultCalendarOptions {
  readonly overrides?: readonly OverrideDay[];
  /** Years not in the bundled data whose notice has been loaded completely as overrides. */
  readonly extraPublishedYears?: Iterable<number>;
}

// Guarantees: a calendar over chinese-days' published days and years (2004–2026 for 1.5.7) plus the given
// overrides and extra published years; same validation as createWorkingDayCalendar.
export function createDefaultWorkingDayCalendar(options: DefaultCalendarOptions = {}): WorkingDayCalendar {
  const schedule = publishedSchedule();
  return createWorkingDayCalendar({
    publishedDays: schedule.days,
    publishedYears: [...schedule.years, ...(options.extraPublishedYears ?? [])],
    overrides: options.overrides ?? [],
  });
}
