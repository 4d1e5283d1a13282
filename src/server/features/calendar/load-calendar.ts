import { AppError } from '../../../domain/app-error.ts';
import { CalendarInputError, createDefaultWorkingDayCalendar, type WorkingDayCalendar } from '../../../domain/calendar/index.ts';
import type { DbOrTx } from '../../db/database.ts';
import * as repo from './repository.ts';

/** The calendar as it stands now: bundled notices, plus the administrator's overrides and published years. */
export async function loadCalendar(db: DbOrTx): Promise<WorkingDayCalendar> {
  const [overrides, years] = await Promise.all([repo.listOverrides(db), repo.listPublishedYears(db)]);
  return createDefaultWorkingDayCalendar({
    overrides: overrides.map((o) => ({
      date: o.date,
      workday: o.workday,
      ...(o.name ? { name: o.name } : {}),
      reason: o.reason,
      ...(o.notice_url ? { noticeUrl: o.notice_url } : {}),
    })),
    extraPublishedYears: years.map((y) => y.year),
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
