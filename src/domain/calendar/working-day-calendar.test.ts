import { describe, expect, it } from 'vitest';
import { civilDatesBetween } from './civil-date.ts';
import { CalendarInputError } from './calendar-input-error.ts';
import { createDefaultWorkingDayCalendar } from './default-calendar.ts';
import { publishedSchedule } from './published-schedule.ts';
import { createWorkingDayCalendar, type OverrideDay, type WorkingDayCalendar } from './working-day-calendar.ts';

const calendar = createDefaultWorkingDayCalendar();

// Guarantees: the dates from..to whose workday flag is `true` in the given calendar, as one compact string per date.
function pattern(cal: WorkingDayCalendar, from: string, to: string): string[] {
  return [...civilDatesBetween(from, to)].map((date) => `${date} ${cal.isWorkday(date) ? 'work' : 'rest'}`);
}

// Guarantees: the CalendarInputError `action` throws, failing the test if it throws anything else or nothing.
function inputError(action: () => unknown): CalendarInputError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarInputError);
    expect(error).toBeInstanceOf(RangeError);
    return error as CalendarInputError;
  }
  throw new Error('expected a CalendarInputError');
}

describe('published years (TIME-03, TIME-05)', () => {
  it('2025 Spring Festival: rest 28 Jan–4 Feb, Sun 26 Jan and Sat 8 Feb worked', () => {
    expect(pattern(calendar, '2025-01-24', '2025-02-10')).toEqual([
      '2025-01-24 work', // Fri
      '2025-01-25 rest', // Sat
      '2025-01-26 work', // Sun, make-up
      '2025-01-27 work',
      '2025-01-28 rest', // Eve
      '2025-01-29 rest',
      '2025-01-30 rest',
      '2025-01-31 rest',
      '2025-02-01 rest',
      '2025-02-02 rest',
      '2025-02-03 rest',
      '2025-02-04 rest',
      '2025-02-05 work',
      '2025-02-06 work',
      '2025-02-07 work',
      '2025-02-08 work', // Sat, make-up
      '2025-02-09 rest', // Sun
      '2025-02-10 work',
    ]);
  });

  it('2025 National Day + Mid-Autumn: rest 1–8 Oct, Sun 28 Sep and Sat 11 Oct worked', () => {
    expect(pattern(calendar, '2025-09-26', '2025-10-13')).toEqual([
      '2025-09-26 work',
      '2025-09-27 rest',
      '2025-09-28 work', // Sun, make-up
      '2025-09-29 work',
      '2025-09-30 work',
      ...[...civilDatesBetween('2025-10-01', '2025-10-08')].map((d) => `${d} rest`),
      '2025-10-09 work',
      '2025-10-10 work',
      '2025-10-11 work', // Sat, make-up
      '2025-10-12 rest',
      '2025-10-13 work',
    ]);
  });

  it('2026 Spring Festival: rest 15–23 Feb, Sat 14 Feb and Sat 28 Feb worked', () => {
    expect(pattern(calendar, '2026-02-13', '2026-03-01')).toEqual([
      '2026-02-13 work',
      '2026-02-14 work', // Sat, make-up
      ...[...civilDatesBetween('2026-02-15', '2026-02-23')].map((d) => `${d} rest`),
      '2026-02-24 work',
      '2026-02-25 work',
      '2026-02-26 work',
      '2026-02-27 work',
      '2026-02-28 work', // Sat, make-up
      '2026-03-01 rest',
    ]);
  });

  it('2026 National Day: rest 1–7 Oct, Sun 20 Sep and Sat 10 Oct worked; Mid-Autumn 25–27 Sep', () => {
    expect(calendar.isWorkday('2026-09-19')).toBe(false);
    expect(calendar.isWorkday('2026-09-20')).toBe(true);
    expect(pattern(calendar, '2026-09-24', '2026-10-12')).toEqual([
      '2026-09-24 work',
      '2026-09-25 rest',
      '2026-09-26 rest',
      '2026-09-27 rest',
      '2026-09-28 work',
      '2026-09-29 work',
      '2026-09-30 work',
      ...[...civilDatesBetween('2026-10-01', '2026-10-07')].map((d) => `${d} rest`),
      '2026-10-08 work',
      '2026-10-09 work',
      '2026-10-10 work', // Sat, make-up
      '2026-10-11 rest',
      '2026-10-12 work',
    ]);
  });

  it('describes each date with kind, names and source', () => {
    expect(calendar.dayInfo('2025-01-26')).toEqual({
      date: '2025-01-26',
      workday: true,
      kind: 'adjusted_workday',
      name: 'Spring Festival',
      nameZh: '春节',
      provisional: false,
      source: 'notice',
    });
    expect(calendar.dayInfo('2025-02-03')).toMatchObject({ workday: false, kind: 'in_lieu_rest', source: 'notice' });
    expect(calendar.dayInfo('2025-01-29')).toMatchObject({ workday: false, kind: 'holiday', nameZh: '春节' });
    expect(calendar.dayInfo('2025-03-05')).toEqual({
      date: '2025-03-05',
      workday: true,
      kind: 'workday',
      provisional: false,
      source: 'weekday',
    });
    expect(calendar.dayInfo('2025-03-08')).toEqual({
      date: '2025-03-08',
      workday: false,
      kind: 'weekend',
      provisional: false,
      source: 'weekday',
    });
  });

  it('2025 and 2026 each have 248 working days (261 weekdays − 18 resp. 19 weekday rest days + 5 resp. 6 make-up days)', () => {
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31').workingDays).toBe(248);
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toEqual({
      from: '2025-12-31',
      to: '2026-12-31',
      workingDays: 248,
      provisional: false,
      provisionalYears: [],
    });
  });
});

describe('addWorkingDays (TIME-01: the start day is not counted)', () => {
  const due = (from: string, n: number): string => calendar.addWorkingDays(from, n).due;

  it('crosses the 2025 Spring Festival period', () => {
    expect(due('2025-01-24', 1)).toBe('2025-01-26'); // the Sunday make-up day
    expect(due('2025-01-24', 2)).toBe('2025-01-27');
    expect(due('2025-01-24', 3)).toBe('2025-02-05');
    expect(due('2025-01-27', 1)).toBe('2025-02-05');
    expect(due('2025-01-28', 1)).toBe('2025-02-05'); // starting on a holiday
    expect(due('2025-02-07', 1)).toBe('2025-02-08'); // the Saturday make-up day
    expect(due('2025-02-07', 2)).toBe('2025-02-10');
  });

  it('never counts the start day, even when it is a working day', () => {
    expect(due('2025-03-03', 1)).toBe('2025-03-04');
    expect(due('2025-03-07', 1)).toBe('2025-03-10'); // Friday → Monday
    expect(due('2025-03-08', 1)).toBe('2025-03-10'); // Saturday → Monday
  });

  it('crosses the 2025 National Day period', () => {
    expect(due('2025-09-26', 1)).toBe('2025-09-28');
    expect(due('2025-09-30', 1)).toBe('2025-10-09');
    expect(due('2025-10-09', 2)).toBe('2025-10-11');
    // 20 working days from Mon 22 Sep: 23–26 (4), 28 (5), 29–30 (7), 9–11 Oct (10), 13–17 (15), 20–24 (20).
    expect(calendar.addWorkingDays('2025-09-22', 20)).toEqual({
      from: '2025-09-22',
      workingDays: 20,
      due: '2025-10-24',
      provisional: false,
      provisionalYears: [],
    });
  });

  it('crosses the 2026 periods', () => {
    expect(due('2026-02-13', 1)).toBe('2026-02-14');
    expect(due('2026-02-14', 1)).toBe('2026-02-24');
    expect(due('2026-02-27', 1)).toBe('2026-02-28');
    expect(due('2026-09-18', 1)).toBe('2026-09-20');
    expect(due('2026-09-30', 1)).toBe('2026-10-08');
    expect(due('2026-10-09', 1)).toBe('2026-10-10');
  });
});

describe('an unpublished year follows the law and is provisional (TIME-06)', () => {
  it('2027-01-01 is a rest day by law, provisional', () => {
    expect(calendar.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      workday: false,
      kind: 'holiday',
      name: "New Year's Day",
      nameZh: '元旦',
      provisional: true,
      source: 'law',
    });
    expect(calendar.dayInfo('2027-01-04')).toMatchObject({ workday: true, kind: 'workday', provisional: true, source: 'weekday' });
    expect(calendar.dayInfo('2027-01-02')).toMatchObject({ workday: false, kind: 'weekend', provisional: true });
  });

  it('2027 Spring Festival is Fri 5 to Mon 8 February; no make-up day or substitute rest is invented', () => {
    expect(pattern(calendar, '2027-02-04', '2027-02-09')).toEqual([
      '2027-02-04 work',
      '2027-02-05 rest', // Eve, 腊月廿九
      '2027-02-06 rest',
      '2027-02-07 rest',
      '2027-02-08 rest',
      '2027-02-09 work',
    ]);
    expect(calendar.dayInfo('2027-02-06')).toMatchObject({ kind: 'holiday', source: 'law', nameZh: '春节' });
    expect(calendar.addWorkingDays('2027-02-04', 1).due).toBe('2027-02-09');
  });

  it('2027 Qingming, Labour Day, Dragon Boat, Mid-Autumn and National Day', () => {
    for (const date of ['2027-04-05', '2027-06-09', '2027-09-15', '2027-10-01']) {
      expect(calendar.dayInfo(date), date).toMatchObject({ workday: false, kind: 'holiday', source: 'law', provisional: true });
    }
    expect(calendar.dayInfo('2027-05-01')).toMatchObject({ kind: 'holiday', nameZh: '劳动节' });
    expect(calendar.isWorkday('2027-05-03')).toBe(true);
    expect(calendar.dayInfo('2027-10-02')).toMatchObject({ kind: 'holiday', nameZh: '国庆节' });
    expect(calendar.isWorkday('2027-10-04')).toBe(true);
  });

  it('marks a deadline provisional only when it reaches into such a year', () => {
    expect(calendar.addWorkingDays('2026-12-30', 1)).toEqual({
      from: '2026-12-30',
      workingDays: 1,
      due: '2026-12-31',
      provisional: false,
      provisionalYears: [],
    });
    expect(calendar.addWorkingDays('2026-12-30', 2)).toEqual({
      from: '2026-12-30',
      workingDays: 2,
      due: '2027-01-04',
      provisional: true,
      provisionalYears: [2027],
    });
    expect(calendar.addWorkingDays('2026-09-30', 1).provisional).toBe(false);
    expect(calendar.addWorkingDays('2026-06-01', 300).provisionalYears).toEqual([2027]);
    expect(calendar.addWorkingDays('2026-06-01', 600).provisionalYears).toEqual([2027, 2028]);
    expect(calendar.workingDaysBetween('2026-12-01', '2027-01-10')).toMatchObject({ provisional: true, provisionalYears: [2027] });
    expect(calendar.workingDaysBetween('2026-12-01', '2026-12-31').provisional).toBe(false);
  });
});

describe('overrides win over everything', () => {
  const overrides: OverrideDay[] = [
    { date: '2025-03-05', workday: false, name: 'Emergency closure', reason: 'typhoon warning' },
    { date: '2025-03-08', workday: true, reason: 'municipal make-up day', noticeUrl: 'https://www.cq.gov.cn/example' },
    { date: '2025-01-26', workday: false, reason: 'test: reverse a published make-up day' },
    { date: '2027-01-04', workday: false, name: '调休', reason: 'test: a rest day in an unpublished year' },
    { date: '2027-01-01', workday: true, reason: 'test: a working day in an unpublished year' },
  ];
  const cal = createDefaultWorkingDayCalendar({ overrides });

  it('an administrator rest day on a weekday', () => {
    expect(cal.dayInfo('2025-03-05')).toEqual({
      date: '2025-03-05',
      workday: false,
      kind: 'holiday',
      name: 'Emergency closure',
      provisional: false,
      source: 'override',
    });
    expect(cal.addWorkingDays('2025-03-04', 1).due).toBe('2025-03-06');
  });

  it('an administrator working Saturday', () => {
    expect(cal.dayInfo('2025-03-08')).toMatchObject({ workday: true, kind: 'adjusted_workday', source: 'override' });
    expect(cal.addWorkingDays('2025-03-07', 1).due).toBe('2025-03-08');
  });

  it('beats the published notice', () => {
    expect(cal.isWorkday('2025-01-26')).toBe(false);
    expect(cal.addWorkingDays('2025-01-24', 1).due).toBe('2025-01-27');
  });

  it('is never provisional, while its unpublished neighbours still are', () => {
    expect(cal.dayInfo('2027-01-04')).toMatchObject({ workday: false, kind: 'holiday', provisional: false, source: 'override' });
    expect(cal.dayInfo('2027-01-05')).toMatchObject({ workday: true, provisional: true });
    expect(cal.addWorkingDays('2026-12-31', 1)).toEqual({
      from: '2026-12-31',
      workingDays: 1,
      due: '2027-01-01',
      provisional: false,
      provisionalYears: [],
    });
    expect(cal.addWorkingDays('2026-12-31', 2)).toMatchObject({ due: '2027-01-05', provisional: true, provisionalYears: [2027] });
  });

  it('loads a newly published year: overrides plus the year marked published', () => {
    const schedule = publishedSchedule();
    const year2027: OverrideDay[] = ['2027-02-05', '2027-02-08', '2027-02-09'].map((date) => ({
      date,
      workday: false,
      name: '春节',
      reason: 'hypothetical 2027 notice',
    }));
    const loaded = createWorkingDayCalendar({
      publishedDays: schedule.days,
      publishedYears: [...schedule.years, 2027],
      overrides: year2027,
    });
    expect(loaded.dayInfo('2027-03-01')).toMatchObject({ workday: true, provisional: false, source: 'weekday' });
    // A published year takes no holiday from the law: 1 January is only a rest day if the notice says so.
    expect(loaded.dayInfo('2027-01-01')).toMatchObject({ workday: true, provisional: false });
    expect(loaded.addWorkingDays('2027-02-04', 1)).toMatchObject({ due: '2027-02-10', provisional: false });
  });
});

describe('ranges', () => {
  it('daysInRange lists every date with both ends, at most 400', () => {
    const days = calendar.daysInRange('2025-01-25', '2025-02-09');
    expect(days).toHaveLength(16);
    expect(days[0]).toEqual(calendar.dayInfo('2025-01-25'));
    expect(days.at(-1)).toEqual(calendar.dayInfo('2025-02-09'));
    expect(calendar.daysInRange('2025-01-01', '2025-01-01')).toHaveLength(1);
    expect(calendar.daysInRange('2025-01-01', '2026-02-04')).toHaveLength(400);
    expect(inputError(() => calendar.daysInRange('2025-01-01', '2026-02-05')).field).toBe('to');
    expect(inputError(() => calendar.daysInRange('2025-01-02', '2025-01-01')).field).toBe('to');
  });

  it('workingDaysBetween counts (from, to]', () => {
    expect(calendar.workingDaysBetween('2025-01-24', '2025-02-05').workingDays).toBe(3);
    expect(calendar.workingDaysBetween('2025-01-24', '2025-01-24').workingDays).toBe(0);
    expect(calendar.workingDaysBetween('2025-01-27', '2025-02-04').workingDays).toBe(0);
    expect(calendar.workingDaysBetween('2025-01-26', '2025-01-27').workingDays).toBe(1);
    expect(inputError(() => calendar.workingDaysBetween('2025-01-02', '2025-01-01')).field).toBe('to');
    expect(inputError(() => calendar.workingDaysBetween('2025-01-01', '2046-01-01')).field).toBe('to');
  });
});

describe('bad input is a CalendarInputError naming the field', () => {
  it('invalid or out-of-range dates', () => {
    expect(inputError(() => calendar.dayInfo('2025-02-30')).field).toBe('date');
    expect(inputError(() => calendar.isWorkday('2025/01/01')).field).toBe('date');
    expect(inputError(() => calendar.dayInfo('1999-12-31')).field).toBe('date');
    expect(inputError(() => calendar.dayInfo('2100-01-01')).field).toBe('date');
    expect(inputError(() => calendar.addWorkingDays('2025-13-01', 1)).field).toBe('from');
    expect(inputError(() => calendar.daysInRange('2025-01-01', '2025-01-32')).field).toBe('to');
    expect(inputError(() => calendar.workingDaysBetween('not a date', '2025-01-01')).field).toBe('from');
  });

  it('a working-day count that is not an integer from 1 to 3650', () => {
    for (const n of [0, -1, -5, 1.5, 0.999, Number.NaN, Number.POSITIVE_INFINITY, 3651]) {
      const error = inputError(() => calendar.addWorkingDays('2025-01-24', n));
      expect(error.field, String(n)).toBe('workingDays');
    }
    expect(inputError(() => calendar.addWorkingDays('2025-01-24', '5' as unknown as number)).field).toBe('workingDays');
    expect(calendar.addWorkingDays('2025-01-24', 3650).due > '2039-01-01').toBe(true);
  });

  it('a deadline running past 2099', () => {
    expect(inputError(() => calendar.addWorkingDays('2099-12-20', 20)).field).toBe('workingDays');
  });

  it('malformed overrides and schedule data', () => {
    const base = { publishedDays: [], publishedYears: [] };
    const make = (overrides: unknown[]) => () =>
      createWorkingDayCalendar({ ...base, overrides: overrides as OverrideDay[] });
    expect(inputError(make([{ date: '2025-02-30', workday: false, reason: 'x' }])).field).toBe('overrides[0].date');
    expect(inputError(make([{ date: '2025-03-05', workday: 'no', reason: 'x' }])).field).toBe('overrides[0].workday');
    expect(inputError(make([{ date: '2025-03-05', workday: false, reason: '  ' }])).field).toBe('overrides[0].reason');
    expect(inputError(make([{ date: '2025-03-05', workday: false, reason: 'x', noticeUrl: 'javascript:alert(1)' }])).field).toBe(
      'overrides[0].noticeUrl',
    );
    expect(
      inputError(
        make([
          { date: '2025-03-05', workday: false, reason: 'x' },
          { date: '2025-03-05', workday: true, reason: 'y' },
        ]),
      ).field,
    ).toBe('overrides[1].date');
    expect(
      inputError(() =>
        createWorkingDayCalendar({
          publishedDays: [
            { date: '2030-01-01', kind: 'holiday', name: 'a', nameZh: 'a' },
            { date: '2030-01-01', kind: 'holiday', name: 'a', nameZh: 'a' },
          ],
          publishedYears: [2030],
        }),
      ).field,
    ).toBe('publishedDays[1].date');
    expect(inputError(() => createWorkingDayCalendar({ publishedDays: [], publishedYears: [2030.5] })).field).toBe(
      'publishedYears',
    );
  });
});
