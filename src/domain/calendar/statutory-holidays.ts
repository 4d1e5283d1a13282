// Statutory holidays for all citizens as the law fixes them (全国年节及纪念日放假办法, Art. 2), used for a
// year whose State Council notice is not published yet (rulebook TIME-06). Only the days the law names
// are returned: the weekend swaps (调休) and the weekday substitute rest (补假) that the 办法 requires when
// a holiday falls on a Saturday or Sunday are placed by each year's notice and cannot be predicted.
//
// Lunar dates come from chinese-days' getLunarDate, called with ISO strings only: that function counts
// whole days between two absolute instants and is independent of the host zone, whereas the package's
// getSolarDateFromLunar and getSolarTermDate read or format dates with local-time getters and are off by
// one day on hosts west of Greenwich (checked with TZ=America/New_York) — TIME-07 forbids that.
import chineseDays from 'chinese-days';
import { addDays, civilDatesBetween, toEpochDay, type CivilDate } from './civil-date.ts';
import { CalendarInputError } from './calendar-input-error.ts';
import { FESTIVAL_NAMES, type FestivalId } from './festival-names.ts';

/** One day off that the law itself grants. */
export interface StatutoryHoliday {
  readonly date: CivilDate;
  readonly festival: FestivalId;
  readonly name: string;
  readonly nameZh: string;
}

/** First year computed: the 1999 revision of the 办法 governs from 2000. */
export const STATUTORY_FIRST_YEAR = 2000;
/** Last year computed: chinese-days' lunar table ends with lunar year 2100. */
export const STATUTORY_LAST_YEAR = 2099;

const MS_PER_DAY = 86_400_000;
const cache = new Map<number, readonly StatutoryHoliday[]>();

// Guarantees: the days off Art. 2 of the 办法 grants in `year`, sorted by date (a date appears twice when two
// festivals coincide, e.g. Mid-Autumn on 1 October), following the revision in force that year:
//   2025–      (revision of 2024-11-10): New Year 1, Spring Festival 4 (Eve + lunar 1/1–1/3), Qingming 1,
//              Labour Day 2 (1–2 May), Dragon Boat 1, Mid-Autumn 1, National Day 3 (1–3 Oct);
//   2014–2024  (revision of 2013-12-11): as above but Spring Festival 3 (lunar 1/1–1/3), Labour Day 1;
//   2008–2013  (revision of 2007-12-14): Spring Festival 3 (Eve, lunar 1/1–1/2), Labour Day 1, the rest as above;
//   2000–2007  (revision of 1999-09-18): New Year 1, Spring Festival 3 (lunar 1/1–1/3), Labour Day 3, National Day 3.
// Throws CalendarInputError('year') outside 2000–2099.
export function statutoryHolidays(year: number): readonly StatutoryHoliday[] {
  if (!Number.isInteger(year) || year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR) {
    throw new CalendarInputError(
      'year',
      `year must be an integer from ${STATUTORY_FIRST_YEAR} to ${STATUTORY_LAST_YEAR}, got ${String(year)}`,
    );
  }
  const cached = cache.get(year);
  if (cached !== undefined) return cached;

  const days: [FestivalId, CivilDate][] = [];
  const add = (festival: FestivalId, ...dates: CivilDate[]): void => {
    for (const date of dates) days.push([festival, date]);
  };
  const newYear = lunarNewYear(year);
  const eve = lunarNewYearsEve(year, newYear);

  add('new_year', `${year}-01-01`);
  if (year >= 2025) add('spring_festival', eve, newYear, addDays(newYear, 1), addDays(newYear, 2));
  else if (year >= 2014 || year < 2008) add('spring_festival', newYear, addDays(newYear, 1), addDays(newYear, 2));
  else add('spring_festival', eve, newYear, addDays(newYear, 1));
  if (year >= 2008) add('qingming', qingming(year));
  if (year >= 2025) add('labour_day', `${year}-05-01`, `${year}-05-02`);
  else if (year >= 2008) add('labour_day', `${year}-05-01`);
  else add('labour_day', `${year}-05-01`, `${year}-05-02`, `${year}-05-03`);
  if (year >= 2008) {
    add('dragon_boat', findLunarDay(year, 5, 5, '05-15', '07-10'));
    add('mid_autumn', findLunarDay(year, 8, 15, '08-25', '10-20'));
  }
  add('national_day', `${year}-10-01`, `${year}-10-02`, `${year}-10-03`);

  const result = Object.freeze(
    days
      .map(([festival, date]) => Object.freeze({ date, festival, ...FESTIVAL_NAMES[festival] }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  );
  cache.set(year, result);
  return result;
}

// Guarantees: the Gregorian date of lunar 1/1 of lunar year `year` (always between 21 Jan and 20 Feb of `year`).
function lunarNewYear(year: number): CivilDate {
  return findLunarDay(year, 1, 1, '01-15', '02-25');
}

// Guarantees: the day before lunar New Year, checked to be the last day (29th or 30th) of the 12th lunar month —
// 除夕 is the last day of the year whatever that month's length, which is why it is not "lunar 12/30".
function lunarNewYearsEve(year: number, newYear: CivilDate): CivilDate {
  const eve = addDays(newYear, -1);
  const lunar = chineseDays.getLunarDate(eve);
  if (lunar.lunarYear !== year - 1 || lunar.lunarMon !== 12 || (lunar.lunarDay !== 29 && lunar.lunarDay !== 30)) {
    throw new Error(`lunar data inconsistent: ${eve} is not the last day of lunar year ${year - 1}`);
  }
  return eve;
}

// Guarantees: the Gregorian date in the window of `year` that is lunar month/day of lunar year `year` in a
// non-leap month (festivals fall in the ordinary month, not its leap repeat); throws if the lunar data has none.
function findLunarDay(year: number, month: number, day: number, windowStart: string, windowEnd: string): CivilDate {
  for (const date of civilDatesBetween(`${year}-${windowStart}`, `${year}-${windowEnd}`)) {
    const lunar = chineseDays.getLunarDate(date);
    if (lunar.lunarYear === year && lunar.lunarMon === month && lunar.lunarDay === day && !lunar.isLeap) return date;
  }
  throw new Error(`lunar data has no lunar ${month}/${day} of ${year} between ${windowStart} and ${windowEnd}`);
}

// Guarantees: the date of the solar term 清明 (Pure Brightness) in `year`, checked to lie on 3–6 April.
function qingming(year: number): CivilDate {
  const date = undoHostZoneSkew(chineseDays.getSolarTermDate(year, 4, 'pure_brightness'));
  if (date < `${year}-04-03` || date > `${year}-04-06`) {
    throw new Error(`solar-term data inconsistent: Qingming ${year} computed as ${date}`);
  }
  return date;
}

// Guarantees: the day chinese-days meant, on any host zone. getSolarTermDate builds the day as UTC midnight
// and formats it with local getters, so where local time is behind UTC at that instant it reports the day before.
function undoHostZoneSkew(reported: CivilDate): CivilDate {
  const next = addDays(reported, 1);
  const behindUtc = new Date(toEpochDay(next) * MS_PER_DAY).getTimezoneOffset() > 0;
  return behindUtc ? next : reported;
}
