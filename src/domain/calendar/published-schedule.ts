// The published holiday schedules (rulebook TIME-05: the State Council General Office's annual notice),
// as transcribed by the chinese-days dataset. Its raw JSON has three maps keyed by ISO date, each value
// "English name,中文名,statutory day count", e.g. "Spring Festival,春节,4":
//   holidays   — every rest day of a notice's holiday periods, including the weekends inside them;
//   workdays   — Saturdays/Sundays a notice turns into working days (调休上班);
//   inLieuDays — the weekdays among `holidays` given as rest in exchange for such a working day (调休休息).
// The package's isWorkday is not used: it answers "working day" for every weekday of a year it has no
// data for (2027-01-01 included), which TIME-06 forbids.
import raw from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import chineseDaysPackage from 'chinese-days/package.json' with { type: 'json' };
import { isCivilDate, yearOf, type CivilDate } from './civil-date.ts';
import { FESTIVAL_NAMES, type FestivalId } from './festival-names.ts';

/**
 * How a published notice treats a date (every other date of a published year is an ordinary weekday or weekend):
 * - `adjusted_workday`: a Saturday or Sunday made a working day (调休上班) — chinese-days `workdays`;
 * - `in_lieu_rest`: a rest day given in exchange for an adjusted workday (调休休息) — chinese-days `inLieuDays`,
 *   which always also appear in `holidays`; this kind wins over `holiday`. Which weekdays of a holiday period
 *   are "in lieu" rather than substitute rest (补假) is the dataset's annotation, not the notice's words;
 *   both are rest days, so working-day answers do not depend on it;
 * - `holiday`: any other rest day of a holiday period — the statutory days, the weekends inside the period
 *   and substitute rest (补假) for a statutory day that fell on a weekend.
 */
export type ScheduleDayKind = 'holiday' | 'in_lieu_rest' | 'adjusted_workday';

/** One date a published notice makes special. */
export interface ScheduleDay {
  readonly date: CivilDate;
  readonly kind: ScheduleDayKind;
  /** English name of the holiday period the date belongs to (for an adjusted workday: the period it pays for). */
  readonly name: string;
  readonly nameZh: string;
}

/** Where the published days come from. */
export interface ScheduleSource {
  readonly dataset: 'chinese-days';
  readonly version: string;
  readonly license: string;
}

/** The published days, the years they cover completely, and their source. */
export interface PublishedSchedule {
  readonly days: readonly ScheduleDay[];
  readonly years: readonly number[];
  readonly source: ScheduleSource;
}

/** The shape of chinese-days' dist/chinese-days.json. */
export interface ChineseDaysRawData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
  readonly inLieuDays: Readonly<Record<string, string>>;
}

// chinese-days writes the Chinese names in short form; map them to the law's names used everywhere else.
const FESTIVAL_BY_DATASET_NAME: Readonly<Record<string, FestivalId>> = {
  元旦: 'new_year',
  春节: 'spring_festival',
  清明: 'qingming',
  劳动节: 'labour_day',
  端午: 'dragon_boat',
  中秋: 'mid_autumn',
  国庆节: 'national_day',
};

let memo: PublishedSchedule | undefined;

// Guarantees: the schedule bundled with the installed chinese-days (2004–2026 for 1.5.7), converted once and
// frozen; source.version and source.license are read from the installed package, not assumed.
export function publishedSchedule(): PublishedSchedule {
  memo ??= Object.freeze({
    ...scheduleFromChineseDays(raw),
    source: Object.freeze({
      dataset: 'chinese-days' as const,
      version: chineseDaysPackage.version,
      license: chineseDaysPackage.license,
    }),
  });
  return memo;
}

// Guarantees: one ScheduleDay per date in date order, kinds as documented on ScheduleDayKind; `years` are the
// years with at least one entry in `holidays` (every notice has holidays in its own year; a make-up day alone,
// such as 2006-12-30 for New Year 2007, does not make its year covered). Throws Error on malformed data: a bad
// date key, a bad value, or a date that is both a rest day and a working day.
export function scheduleFromChineseDays(data: ChineseDaysRawData): { days: readonly ScheduleDay[]; years: readonly number[] } {
  const days = new Map<CivilDate, ScheduleDay>();
  const years = new Set<number>();
  const put = (map: string, kind: ScheduleDayKind, entries: Readonly<Record<string, string>>): void => {
    for (const [date, value] of Object.entries(entries)) {
      if (!isCivilDate(date)) throw new Error(`chinese-days ${map}: '${date}' is not a YYYY-MM-DD date`);
      const existing = days.get(date);
      if (existing !== undefined && (existing.kind === 'adjusted_workday') !== (kind === 'adjusted_workday')) {
        throw new Error(`chinese-days: ${date} is both a rest day and a working day`);
      }
      days.set(date, Object.freeze({ date, kind, ...namesOf(map, date, value) }));
      if (kind === 'holiday') years.add(yearOf(date));
    }
  };
  // Order matters: in-lieu entries overwrite the same date's `holidays` entry.
  put('holidays', 'holiday', data.holidays);
  put('workdays', 'adjusted_workday', data.workdays);
  put('inLieuDays', 'in_lieu_rest', data.inLieuDays);
  const sorted = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    days: Object.freeze(sorted),
    years: Object.freeze([...years].sort((a, b) => a - b)),
  };
}

// Guarantees: the English and Chinese names of a dataset value "English,中文,count", the law's names for the seven festivals.
function namesOf(map: string, date: string, value: string): { name: string; nameZh: string } {
  const parts = value.split(',');
  const name = parts[0]?.trim() ?? '';
  const nameZh = parts.slice(1, -1).join(',').trim();
  if (parts.length < 3 || name === '' || nameZh === '') {
    throw new Error(`chinese-days ${map}: value '${value}' for ${date} is not "English name,中文名,count"`);
  }
  const festival = FESTIVAL_BY_DATASET_NAME[nameZh];
  return festival === undefined ? { name, nameZh } : { ...FESTIVAL_NAMES[festival] };
}
