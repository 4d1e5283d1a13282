// Public API of the statutory working-day calendar (rulebook TIME-01 to TIME-07).
export { CalendarInputError, type CalendarInputField } from './calendar-input-error.ts';
export {
  addDays,
  civilDateInShanghai,
  civilDatesBetween,
  compareCivilDates,
  dayOfWeek,
  daysBetween,
  isCivilDate,
  isWeekend,
  parseCivilDate,
  yearOf,
  type CivilDate,
  type IsoWeekday,
} from './civil-date.ts';
export { FESTIVAL_NAMES, type FestivalId } from './festival-names.ts';
export {
  STATUTORY_FIRST_YEAR,
  STATUTORY_LAST_YEAR,
  statutoryHolidays,
  type StatutoryHoliday,
} from './statutory-holidays.ts';
export {
  publishedSchedule,
  scheduleFromChineseDays,
  type ChineseDaysRawData,
  type PublishedSchedule,
  type ScheduleDay,
  type ScheduleDayKind,
  type ScheduleSource,
} from './published-schedule.ts';
export {
  CALENDAR_FIRST_DATE,
  CALENDAR_LAST_DATE,
  MAX_COUNT_SPAN_DAYS,
  MAX_RANGE_DAYS,
  MAX_WORKING_DAYS,
  createWorkingDayCalendar,
  type DayInfo,
  type DayKind,
  type DaySource,
  type OverrideDay,
  type WorkingDayCalendar,
  type WorkingDayCalendarInput,
  type WorkingDayCount,
  type WorkingDayDeadline,
} from './working-day-calendar.ts';
export { createDefaultWorkingDayCalendar, type DefaultCalendarOptions } from './default-calendar.ts';
