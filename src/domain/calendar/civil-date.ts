// Civil dates as ISO strings `YYYY-MM-DD` (rulebook TIME-07): a date is a day in China Standard Time,
// never a JS Date in the machine's local zone. Arithmetic goes through a day count since 1970-01-01
// computed with UTC accessors only, which have no zone and no daylight saving, so results never depend
// on the host's TZ.
import { CalendarInputError, type CalendarInputField } from './calendar-input-error.ts';

/** A civil date `YYYY-MM-DD` (proleptic Gregorian, years 0001–9999). */
export type CivilDate = string;

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const FIRST_EPOCH_DAY = epochDayOfParts(1, 1, 1);
const LAST_EPOCH_DAY = epochDayOfParts(9999, 12, 31);

const CHINA_STANDARD_OFFSET_MS = 8 * 3_600_000;
const FIXED_OFFSET_FROM = Date.UTC(1992, 0, 1) - CHINA_STANDARD_OFFSET_MS;
const FIXED_OFFSET_UNTIL = Date.UTC(9999, 11, 31) - CHINA_STANDARD_OFFSET_MS;

// China Standard Time is the only zone the rules know (TIME-07); Intl carries the tz database, so
// the one historical change (summer time 1986–1991) is handled too.
const SHANGHAI_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Guarantees: the day count since 1970-01-01 of a Gregorian y-m-d (no validation; years < 100 are not shifted).
function epochDayOfParts(year: number, month: number, day: number): number {
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / MS_PER_DAY);
}

// Guarantees: true exactly for a string `YYYY-MM-DD` naming a real Gregorian day in years 0001–9999
// (so 2025-02-30, 2025-2-3 and 2025-02-03T00:00 are all false).
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

// Guarantees: returns the value unchanged when it is a valid civil date, else throws CalendarInputError naming `field`.
export function parseCivilDate(value: unknown, field: CalendarInputField = 'date'): CivilDate {
  if (isCivilDate(value)) return value;
  const shown = typeof value === 'string' ? `'${value}'` : typeof value;
  throw new CalendarInputError(field, `${field} must be a calendar date in the form YYYY-MM-DD, got ${shown}`);
}

// Guarantees: the number of days (28–31) of a Gregorian month.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Guarantees: the day count since 1970-01-01 (negative before) of a valid civil date.
export function toEpochDay(date: CivilDate): number {
  const valid = parseCivilDate(date);
  return epochDayOfParts(Number(valid.slice(0, 4)), Number(valid.slice(5, 7)), Number(valid.slice(8, 10)));
}

// Guarantees: the civil date of a day count since 1970-01-01; throws CalendarInputError('days') outside years 0001–9999.
export function fromEpochDay(epochDay: number): CivilDate {
  if (!Number.isInteger(epochDay) || epochDay < FIRST_EPOCH_DAY || epochDay > LAST_EPOCH_DAY) {
    throw new CalendarInputError('days', `day count ${epochDay} is outside the years 0001–9999`);
  }
  const instant = new Date(epochDay * MS_PER_DAY);
  const year = String(instant.getUTCFullYear()).padStart(4, '0');
  const month = String(instant.getUTCMonth() + 1).padStart(2, '0');
  const day = String(instant.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

// Guarantees: the civil date `days` days after `date` (before it when negative).
export function addDays(date: CivilDate, days: number): CivilDate {
  if (!Number.isInteger(days)) throw new CalendarInputError('days', `days must be an integer, got ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

// Guarantees: `to` minus `from` in days (negative when `to` is earlier).
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

// Guarantees: the ISO weekday of a civil date, 1 = Monday … 7 = Sunday.
export function dayOfWeek(date: CivilDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const mondayBased = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return (mondayBased + 1) as IsoWeekday;
}

// Guarantees: true exactly for Saturdays and Sundays (the weekly rest days of TIME-03).
export function isWeekend(date: CivilDate): boolean {
  return dayOfWeek(date) >= 6;
}

// Guarantees: -1, 0 or 1 as `a` is before, equal to or after `b` (valid dates only).
export function compareCivilDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  // Fixed-width ISO strings order like the days they name.
  const left = parseCivilDate(a);
  const right = parseCivilDate(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

// Guarantees: the Gregorian year of a valid civil date.
export function yearOf(date: CivilDate): number {
  return Number(parseCivilDate(date).slice(0, 4));
}

// Guarantees: the civil date in Asia/Shanghai at the given instant, whatever the host's zone (TIME-07);
// throws CalendarInputError('instant') for an invalid Date.
export function civilDateInShanghai(instant: Date): CivilDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new CalendarInputError('instant', 'instant must be a valid Date');
  }
  // Since 1992 the zone is UTC+8 all year (the tz database's last change for Asia/Shanghai is the end of summer time
  // in September 1991), so the day is plain arithmetic; Intl's formatToParts cost about 2 % of a registration's CPU
  // (issue 8). Earlier instants, and years past 9999, go through Intl and its checks as before.
  const ms = instant.getTime();
  if (ms >= FIXED_OFFSET_FROM && ms < FIXED_OFFSET_UNTIL) return fromEpochDay(Math.floor((ms + CHINA_STANDARD_OFFSET_MS) / MS_PER_DAY));
  const parts = SHANGHAI_FORMAT.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  if (!isCivilDate(date)) throw new CalendarInputError('instant', `instant ${instant.toISOString()} is outside the years 0001–9999`);
  return date;
}

// Guarantees: yields every civil date from `from` to `to`, both included, in order; nothing when `to` is before `from`.
export function* civilDatesBetween(from: CivilDate, to: CivilDate): Generator<CivilDate, void, undefined> {
  const last = toEpochDay(to);
  for (let day = toEpochDay(from); day <= last; day += 1) yield fromEpochDay(day);
}
