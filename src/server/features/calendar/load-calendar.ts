import { AppError } from '../../../domain/app-error.ts';
import { CalendarInputError, createDefaultWorkingDayCalendar, type WorkingDayCalendar } from '../../../domain/calendar/index.ts';
import type { DbOrTx } from '../../db/database.ts';
import * as repo from './repository.ts';

// The calendar built from the last overrides and published years read, reused while they are unchanged: building it
// indexes every published day and its rank tables are filled lazily, which cost about 1.3 ms of CPU on each request
// that computed a deadline (issue 8). The rows are still read each time, so a change by another process is seen.
let built: { key: string; calendar: WorkingDayCalendar } | undefined;

/** The calendar as it stands now: bundled notices, plus the administrator's overrides and published years. */
export async function loadCalendar(db: DbOrTx): Promise<WorkingDayCalendar> {
  const { overrides, years } = await repo.calendarInputs(db);
  const key = JSON.stringify([overrides, years]);
  if (built?.key === key) return built.calendar;
  const calendar = createCalendar(overrides, years);
  built = { key, calendar };
  return calendar;
}

function createCalendar(overrides: repo.OverrideInput[], years: number[]): WorkingDayCalendar {
  return createDefaultWorkingDayCalendar({
    overrides: overrides.map((o) => ({
      date: o.date,
      workday: o.workday,
      ...(o.name ? { name: o.name } : {}),
      reason: o.reason,
      ...(o.noticeUrl ? { noticeUrl: o.noticeUrl } : {}),
    })),
    extraPublishedYears: years,
  });
}

/** Runs a calendar computation, turning its input errors into INVALID_REQUEST naming the field. */
export function calendarCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CalendarInputError) throw new AppError('INVALID_REQUEST', { field: error.field, message: error.message });
    throw error;
  }
}
