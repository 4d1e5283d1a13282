// The statutory working-day calendar (rulebook TIME-01 to TIME-07). Pure: everything it knows comes in
// through createWorkingDayCalendar's input, and it never reads the clock.
//
// A date's status is decided by the first source that has something to say about it:
//   1. an administrator's override (wins over everything; how a newly published notice or an emergency
//      change is loaded without a release);
//   2. a day of a published notice (TIME-05);
//   3. in a year whose notice is not published: a statutory holiday of the 办法 (TIME-06);
//   4. the day of the week: Monday–Friday work, Saturday–Sunday rest (TIME-03).
// A date is provisional when its year is not published and it has no override (TIME-06).
import {
  addDays,
  civilDatesBetween,
  compareCivilDates,
  daysBetween,
  isWeekend,
  parseCivilDate,
  yearOf,
  type CivilDate,
} from './civil-date.ts';
import { CalendarInputError, type CalendarInputField } from './calendar-input-error.ts';
import type { ScheduleDay, ScheduleDayKind } from './published-schedule.ts';
import { createWorkingDayIndex } from './working-day-index.ts';
import { STATUTORY_FIRST_YEAR, STATUTORY_LAST_YEAR, statutoryHolidays } from './statutory-holidays.ts';

/**
 * An administrator's decision about one date; it wins over the notice data and the law. The date then reads
 * as kind `holiday` when `workday` is false, `adjusted_workday` for a working Saturday or Sunday, and `workday`
 * for a working weekday, with source `override` and never provisional.
 */
export interface OverrideDay {
  readonly date: CivilDate;
  readonly workday: boolean;
  readonly name?: string;
  /** Why the override exists (audit trail); required and non-blank. */
  readonly reason: string;
  /** The official notice the override transcribes, when there is one (http or https). */
  readonly noticeUrl?: string;
}

/** What the calendar is built from. */
export interface WorkingDayCalendarInput {
  readonly publishedDays: readonly ScheduleDay[];
  /** Years whose official schedule is completely contained in publishedDays and overrides. */
  readonly publishedYears: Iterable<number>;
  readonly overrides?: readonly OverrideDay[];
}

/** How a date came to be a working day or a rest day. */
export type DayKind = 'workday' | 'weekend' | ScheduleDayKind;

/** Which source decided a date: an override, a published notice, the 办法 (law), or just the day of the week. */
export type DaySource = 'notice' | 'override' | 'law' | 'weekday';

/** The calendar's answer for one date. */
export interface DayInfo {
  readonly date: CivilDate;
  readonly workday: boolean;
  readonly kind: DayKind;
  readonly name?: string;
  readonly nameZh?: string;
  /** True when the year's notice is not published and no override covers the date (TIME-06). */
  readonly provisional: boolean;
  readonly source: DaySource;
}

/** A deadline of N working days (TIME-01). */
export interface WorkingDayDeadline {
  readonly from: CivilDate;
  readonly workingDays: number;
  /** The workingDays-th working day strictly after `from`. */
  readonly due: CivilDate;
  /** True when any date after `from` up to and including `due` is provisional. */
  readonly provisional: boolean;
  /** The years of those provisional dates, ascending. */
  readonly provisionalYears: readonly number[];
}

/** The number of working days in (from, to]. */
export interface WorkingDayCount {
  readonly from: CivilDate;
  readonly to: CivilDate;
  readonly workingDays: number;
  /** True when any date after `from` up to and including `to` is provisional. */
  readonly provisional: boolean;
  readonly provisionalYears: readonly number[];
}

/** The calendar's operations; every date argument is a `YYYY-MM-DD` string. */
export interface WorkingDayCalendar {
  dayInfo(date: CivilDate): DayInfo;
  isWorkday(date: CivilDate): boolean;
  addWorkingDays(from: CivilDate, workingDays: number): WorkingDayDeadline;
  daysInRange(from: CivilDate, to: CivilDate): DayInfo[];
  workingDaysBetween(from: CivilDate, to: CivilDate): WorkingDayCount;
}

/** Earliest date answered: the law-based fallback starts with the 1999 revision of the 办法. */
export const CALENDAR_FIRST_DATE: CivilDate = `${STATUTORY_FIRST_YEAR}-01-01`;
/** Latest date answered: the lunar table behind the law-based fallback ends there. */
export const CALENDAR_LAST_DATE: CivilDate = `${STATUTORY_LAST_YEAR}-12-31`;
/** Largest N accepted by addWorkingDays (about 14 years), which bounds its loop. */
export const MAX_WORKING_DAYS = 3650;
/** Most dates daysInRange returns in one call. */
export const MAX_RANGE_DAYS = 400;
/** Longest span workingDaysBetween walks (20 years of 365.25 days). */
export const MAX_COUNT_SPAN_DAYS = 7305;

// Guarantees: a calendar answering from the given data only; throws CalendarInputError naming the first bad
// input (invalid date, two entries for one date, blank override reason, non-integer year, bad notice URL).
export function createWorkingDayCalendar(input: WorkingDayCalendarInput): WorkingDayCalendar {
  const notice = indexPublishedDays(input.publishedDays);
  const publishedYears = readPublishedYears(input.publishedYears);
  const overrides = indexOverrides(input.overrides ?? []);
  const lawDays = new Map<number, ReadonlyMap<CivilDate, { name: string; nameZh: string }>>();

  // Guarantees: the statutory holidays of an unpublished year by date, coinciding festivals' names joined.
  const lawDaysOf = (year: number): ReadonlyMap<CivilDate, { name: string; nameZh: string }> => {
    let days = lawDays.get(year);
    if (days === undefined) {
      const byDate = new Map<CivilDate, { name: string; nameZh: string }>();
      for (const holiday of statutoryHolidays(year)) {
        const seen = byDate.get(holiday.date);
        byDate.set(
          holiday.date,
          seen === undefined
            ? { name: holiday.name, nameZh: holiday.nameZh }
            : { name: `${seen.name} / ${holiday.name}`, nameZh: `${seen.nameZh}、${holiday.nameZh}` },
        );
      }
      days = byDate;
      lawDays.set(year, days);
    }
    return days;
  };

  // Guarantees: the status of an already validated, in-range date, decided as listed at the top of the file.
  const infoOf = (date: CivilDate): DayInfo => {
    const weekend = isWeekend(date);
    const override = overrides.get(date);
    if (override !== undefined) {
      const kind: DayKind = override.workday ? (weekend ? 'adjusted_workday' : 'workday') : 'holiday';
      return withName({ date, workday: override.workday, kind, provisional: false, source: 'override' }, override.name);
    }
    const year = yearOf(date);
    const provisional = !publishedYears.has(year);
    const published = notice.get(date);
    if (published !== undefined) {
      const base = { date, workday: published.kind === 'adjusted_workday', kind: published.kind, provisional };
      return { ...base, source: 'notice', name: published.name, nameZh: published.nameZh };
    }
    if (provisional) {
      const statutory = lawDaysOf(year).get(date);
      if (statutory !== undefined) {
        return { date, workday: false, kind: 'holiday', provisional, source: 'law', ...statutory };
      }
    }
    return { date, workday: !weekend, kind: weekend ? 'weekend' : 'workday', provisional, source: 'weekday' };
  };

  // Deadlines and counts read per-year rank tables built from infoOf (working-day-index.ts), not a walk of the days.
  const index = createWorkingDayIndex(infoOf, (year) => [...civilDatesBetween(`${year}-01-01`, `${year}-12-31`)]);
  const provisionalOf = (years: number[]) => ({ provisional: years.length > 0, provisionalYears: years });

  return {
    // Guarantees: the status of a date from 2000-01-01 to 2099-12-31, else CalendarInputError('date').
    dayInfo(date) {
      return infoOf(checkedDate(date, 'date'));
    },

    // Guarantees: dayInfo(date).workday.
    isWorkday(date) {
      return infoOf(checkedDate(date, 'date')).workday;
    },

    // Guarantees (TIME-01, Civil Code Art. 201): due is the N-th working day strictly after `from` — the start
    // day is never counted, whatever it is; N must be an integer from 1 to MAX_WORKING_DAYS, else
    // CalendarInputError('workingDays').
    addWorkingDays(from, workingDays) {
      const start = checkedDate(from, 'from');
      if (typeof workingDays !== 'number' || !Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
        throw new CalendarInputError(
          'workingDays',
          `workingDays must be an integer from 1 to ${MAX_WORKING_DAYS}, got ${String(workingDays)}`,
        );
      }
      const result = index.nth(start, workingDays, STATUTORY_LAST_YEAR);
      if (result === null) {
        throw new CalendarInputError('workingDays', `workingDays reaches beyond ${CALENDAR_LAST_DATE}, the last date the calendar knows`);
      }
      return { from: start, workingDays, due: result.due, ...provisionalOf(result.provisionalYears) };
    },

    // Guarantees: the status of every date from `from` to `to`, both included, in order; `to` must not be before
    // `from` and the range must hold at most MAX_RANGE_DAYS dates, else CalendarInputError('to').
    daysInRange(from, to) {
      const start = checkedDate(from, 'from');
      const end = checkedDate(to, 'to');
      checkSpan(start, end, MAX_RANGE_DAYS - 1);
      const days: DayInfo[] = [];
      for (let date = start; ; date = addDays(date, 1)) {
        days.push(infoOf(date));
        if (date === end) return days;
      }
    },

    // Guarantees: the number of working days d with from < d <= to (0 when to equals from); `to` must not be
    // before `from` nor more than MAX_COUNT_SPAN_DAYS after it, else CalendarInputError('to').
    workingDaysBetween(from, to) {
      const start = checkedDate(from, 'from');
      const end = checkedDate(to, 'to');
      checkSpan(start, end, MAX_COUNT_SPAN_DAYS);
      if (start === end) return { from: start, to: end, workingDays: 0, provisional: false, provisionalYears: [] };
      const result = index.count(start, end);
      return { from: start, to: end, workingDays: result.counted, ...provisionalOf(result.provisionalYears) };
    },
  };
}

// Guarantees: a DayInfo with `name` set only when there is one.
function withName(info: DayInfo, name: string | undefined): DayInfo {
  return name === undefined ? info : { ...info, name };
}

// Guarantees: a valid civil date within CALENDAR_FIRST_DATE..CALENDAR_LAST_DATE, else CalendarInputError(field).
function checkedDate(value: unknown, field: CalendarInputField): CivilDate {
  const date = parseCivilDate(value, field);
  if (date < CALENDAR_FIRST_DATE || date > CALENDAR_LAST_DATE) {
    throw new CalendarInputError(field, `${field} must be between ${CALENDAR_FIRST_DATE} and ${CALENDAR_LAST_DATE}, got '${date}'`);
  }
  return date;
}

// Guarantees: `to` is not before `from` and at most maxDays after it, else CalendarInputError('to').
function checkSpan(from: CivilDate, to: CivilDate, maxDays: number): void {
  if (compareCivilDates(to, from) < 0) {
    throw new CalendarInputError('to', `to (${to}) must not be before from (${from})`);
  }
  if (daysBetween(from, to) > maxDays) {
    throw new CalendarInputError('to', `to (${to}) must be at most ${maxDays} days after from (${from})`);
  }
}

// Guarantees: the published days by date; CalendarInputError on an invalid entry or two entries for one date.
function indexPublishedDays(days: readonly ScheduleDay[]): ReadonlyMap<CivilDate, ScheduleDay> {
  const byDate = new Map<CivilDate, ScheduleDay>();
  const kinds: readonly string[] = ['holiday', 'in_lieu_rest', 'adjusted_workday'] satisfies ScheduleDayKind[];
  days.forEach((day, index) => {
    const date = parseCivilDate(day?.date, `publishedDays[${index}].date`);
    if (!kinds.includes(day.kind)) {
      throw new CalendarInputError(`publishedDays[${index}].kind`, `publishedDays[${index}].kind must be one of ${kinds.join(', ')}`);
    }
    if (byDate.has(date)) {
      throw new CalendarInputError(`publishedDays[${index}].date`, `publishedDays lists ${date} more than once`);
    }
    byDate.set(date, day);
  });
  return byDate;
}

// Guarantees: the published years as a set of integers; CalendarInputError('publishedYears') otherwise.
function readPublishedYears(years: Iterable<number>): ReadonlySet<number> {
  const set = new Set<number>();
  for (const year of years) {
    if (!Number.isInteger(year)) {
      throw new CalendarInputError('publishedYears', `publishedYears must hold integer years, got ${String(year)}`);
    }
    set.add(year);
  }
  return set;
}

// Guarantees: the overrides by date; CalendarInputError naming the entry's field when one is malformed or a
// date is overridden twice (two decisions for one date would make the answer depend on their order).
function indexOverrides(overrides: readonly OverrideDay[]): ReadonlyMap<CivilDate, OverrideDay> {
  const byDate = new Map<CivilDate, OverrideDay>();
  overrides.forEach((override, index) => {
    const date = parseCivilDate(override?.date, `overrides[${index}].date`);
    if (typeof override.workday !== 'boolean') {
      throw new CalendarInputError(`overrides[${index}].workday`, `overrides[${index}].workday must be true or false`);
    }
    if (typeof override.reason !== 'string' || override.reason.trim() === '') {
      throw new CalendarInputError(`overrides[${index}].reason`, `overrides[${index}].reason must be a non-blank text`);
    }
    if (override.name !== undefined && typeof override.name !== 'string') {
      throw new CalendarInputError(`overrides[${index}].name`, `overrides[${index}].name must be a text`);
    }
    if (override.noticeUrl !== undefined && !isHttpUrl(override.noticeUrl)) {
      throw new CalendarInputError(`overrides[${index}].noticeUrl`, `overrides[${index}].noticeUrl must be an http or https URL`);
    }
    if (byDate.has(date)) {
      throw new CalendarInputError(`overrides[${index}].date`, `overrides lists ${date} more than once`);
    }
    byDate.set(date, override);
  });
  return byDate;
}

// Guarantees: true exactly for a parseable absolute http: or https: URL.
function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
