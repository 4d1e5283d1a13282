// Deadlines and working-day counts by table, not by walking the days (issue 8: working-day deadline computations at
// ≥ 100× the rate of chinese-days' findWorkday, with identical answers). Each year gets, once, a bitmap of its working
// days as a rank table (working days before each day of the year) and the list of its working days in order (select);
// the N-th working day after a date is then one subtraction and one array read within a year, a few when N spans
// years. The tables are built from the same `infoOf` that answers dayInfo, so both always agree.
import type { CivilDate } from './civil-date.ts';

// Days before the first of each month in a common year.
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

const digitsAt = (s: string, at: number, n: number) => {
  let v = 0;
  for (let k = 0; k < n; k++) v = v * 10 + s.charCodeAt(at + k) - 48;
  return v;
};

/** Year and day of the year (0-based) of a date already validated: arithmetic on the characters, no Date object. */
function yearAndDay(date: CivilDate): { year: number; day: number } {
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return { year, day: DAYS_BEFORE_MONTH[month - 1]! + (leap && month > 2 ? 1 : 0) + digitsAt(date, 8, 2) - 1 };
}

interface DayStatus {
  readonly date: CivilDate;
  readonly workday: boolean;
  readonly provisional: boolean;
}

interface YearTable {
  readonly dates: readonly CivilDate[];
  /** workdaysBefore[d]: working days among days 0 … d-1 of the year (length: days + 1). */
  readonly workdaysBefore: Uint16Array;
  /** The day-of-year of each working day, in order. */
  readonly workdays: Uint16Array;
  /** provisionalBefore[d]: provisional days among days 0 … d-1 (TIME-06). */
  readonly provisionalBefore: Uint16Array;
}

export interface IndexedDeadline {
  readonly due: CivilDate;
  readonly provisionalYears: number[];
}

export interface IndexedCount {
  readonly counted: number;
  readonly provisionalYears: number[];
}

export interface WorkingDayIndex {
  /** The n-th working day strictly after `from` (n ≥ 1), or null when it would fall after the end of `lastYear`. */
  nth(from: CivilDate, n: number, lastYear: number): IndexedDeadline | null;
  /** Working days d with from < d ≤ to (to after from). */
  count(from: CivilDate, to: CivilDate): IndexedCount;
}

export function createWorkingDayIndex(infoOf: (date: CivilDate) => DayStatus, datesOfYear: (year: number) => CivilDate[]): WorkingDayIndex {
  const tables = new Map<number, YearTable>();

  const table = (year: number): YearTable => {
    let t = tables.get(year);
    if (t === undefined) {
      const dates = datesOfYear(year);
      const workdaysBefore = new Uint16Array(dates.length + 1);
      const provisionalBefore = new Uint16Array(dates.length + 1);
      const workdays: number[] = [];
      dates.forEach((date, d) => {
        const info = infoOf(date);
        if (info.workday) workdays.push(d);
        workdaysBefore[d + 1] = workdaysBefore[d]! + (info.workday ? 1 : 0);
        provisionalBefore[d + 1] = provisionalBefore[d]! + (info.provisional ? 1 : 0);
      });
      t = { dates, workdaysBefore, workdays: Uint16Array.from(workdays), provisionalBefore };
      tables.set(year, t);
    }
    return t;
  };

  // Days a … b (inclusive) of a year hold a provisional date.
  const provisionalIn = (t: YearTable, a: number, b: number) => t.provisionalBefore[b + 1]! - t.provisionalBefore[a]! > 0;

  return {
    nth(from, n, lastYear) {
      let { year, day } = yearAndDay(from);
      let first = day + 1;
      let remaining = n;
      const provisionalYears: number[] = [];
      for (;;) {
        const t = table(year);
        const last = t.dates.length - 1;
        const available = first > last ? 0 : t.workdaysBefore[last + 1]! - t.workdaysBefore[first]!;
        if (remaining <= available) {
          const dueDay = t.workdays[t.workdaysBefore[first]! + remaining - 1]!;
          if (provisionalIn(t, first, dueDay)) provisionalYears.push(year);
          return { due: t.dates[dueDay]!, provisionalYears };
        }
        if (first <= last && provisionalIn(t, first, last)) provisionalYears.push(year);
        remaining -= available;
        year += 1;
        first = 0;
        if (year > lastYear) return null;
      }
    },

    count(from, to) {
      const start = yearAndDay(from);
      const end = yearAndDay(to);
      let counted = 0;
      const provisionalYears: number[] = [];
      for (let year = start.year; year <= end.year; year++) {
        const t = table(year);
        const a = year === start.year ? start.day + 1 : 0;
        const b = year === end.year ? end.day : t.dates.length - 1;
        if (a > b) continue;
        counted += t.workdaysBefore[b + 1]! - t.workdaysBefore[a]!;
        if (provisionalIn(t, a, b)) provisionalYears.push(year);
      }
      return { counted, provisionalYears };
    },
  };
}
