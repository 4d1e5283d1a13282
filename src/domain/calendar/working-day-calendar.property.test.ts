import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import chineseDays from 'chinese-days';
import { addDays, fromEpochDay, toEpochDay, yearOf } from './civil-date.ts';
import { createDefaultWorkingDayCalendar } from './default-calendar.ts';
import type { OverrideDay } from './working-day-calendar.ts';

const calendar = createDefaultWorkingDayCalendar();

// Dates from 2023 to 2028: published years, the last published year and two law-based years.
const dateIn = (from: string, to: string) => fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);
const anyDate = dateIn('2023-01-01', '2028-12-31');

describe('addWorkingDays properties (TIME-01)', () => {
  it('due is a working day strictly after from, with exactly n working days in (from, due]', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 300 }), (from, n) => {
        const result = calendar.addWorkingDays(from, n);
        expect(result.due > from).toBe(true);
        expect(calendar.isWorkday(result.due)).toBe(true);
        expect(calendar.workingDaysBetween(from, result.due).workingDays).toBe(n);
        // Minimal: the day before due still has only n − 1.
        expect(calendar.workingDaysBetween(from, addDays(result.due, -1)).workingDays).toBe(n - 1);
      }),
    );
  });

  it('is provisional exactly when (from, due] reaches a year without a notice (2027 and later)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 300 }), (from, n) => {
        const result = calendar.addWorkingDays(from, n);
        const firstYear = yearOf(addDays(from, 1));
        const expected: number[] = [];
        for (let year = Math.max(2027, firstYear); year <= yearOf(result.due); year += 1) expected.push(year);
        expect(result.provisionalYears).toEqual(expected);
        expect(result.provisional).toBe(expected.length > 0);
      }),
    );
  });

  it('splits: n = a + b working days is b working days after the a-th', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 150 }), (from, a, b) => {
        const first = calendar.addWorkingDays(from, a).due;
        expect(calendar.addWorkingDays(first, b).due).toBe(calendar.addWorkingDays(from, a + b).due);
      }),
    );
  });

  it('keeps its guarantees under arbitrary administrator overrides, which are never provisional', () => {
    const override = fc.record({
      date: dateIn('2026-06-01', '2027-12-31'),
      workday: fc.boolean(),
      reason: fc.constant('property test'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(override, { selector: (o) => o.date, maxLength: 40 }),
        dateIn('2026-06-01', '2027-06-30'),
        fc.integer({ min: 1, max: 200 }),
        (overrides: OverrideDay[], from, n) => {
          const cal = createDefaultWorkingDayCalendar({ overrides });
          const result = cal.addWorkingDays(from, n);
          expect(cal.isWorkday(result.due)).toBe(true);
          expect(cal.workingDaysBetween(from, result.due).workingDays).toBe(n);
          for (const o of overrides) {
            expect(cal.dayInfo(o.date)).toMatchObject({ workday: o.workday, provisional: false, source: 'override' });
          }
        },
      ),
    );
  });
});

describe('published years agree with an independent implementation', () => {
  it('isWorkday equals chinese-days’ own isWorkday for every date of 2004–2026', () => {
    // chinese-days is exact on published years when the host zone is UTC (vitest.config.ts sets TZ=UTC).
    const disagreements: string[] = [];
    for (let day = toEpochDay('2004-01-01'); day <= toEpochDay('2026-12-31'); day += 1) {
      const date = fromEpochDay(day);
      if (calendar.isWorkday(date) !== chineseDays.isWorkday(date)) disagreements.push(date);
    }
    expect(disagreements).toEqual([]);
  });
});

// Deadlines and counts answer from rank tables (working-day-index.ts); these compare them with walking the days one by
// one over dayInfo, the path the tables are not on, including overrides and years spanned.
describe('the rank tables answer as walking the days does', () => {
  const walkNth = (cal: typeof calendar, from: string, n: number) => {
    let date = from;
    const years = new Set<number>();
    for (let counted = 0; counted < n; ) {
      date = addDays(date, 1);
      const info = cal.dayInfo(date);
      if (info.provisional) years.add(yearOf(date));
      if (info.workday) counted += 1;
    }
    return { due: date, provisionalYears: [...years].sort((a, b) => a - b) };
  };

  it('addWorkingDays and workingDaysBetween, with overrides, from 2023 to 2030 and n up to 800', () => {
    const override = fc.record({ date: dateIn('2024-01-01', '2029-12-31'), workday: fc.boolean(), reason: fc.constant('property test') });
    fc.assert(
      fc.property(fc.uniqueArray(override, { selector: (o) => o.date, maxLength: 30 }), dateIn('2023-01-01', '2027-12-31'), fc.integer({ min: 1, max: 800 }), (overrides: OverrideDay[], from, n) => {
        const cal = createDefaultWorkingDayCalendar({ overrides });
        const walked = walkNth(cal, from, n);
        const result = cal.addWorkingDays(from, n);
        expect({ due: result.due, provisionalYears: result.provisionalYears }).toEqual(walked);
        expect(cal.workingDaysBetween(from, walked.due)).toMatchObject({ workingDays: n, provisionalYears: walked.provisionalYears });
      }),
      { numRuns: 60 },
    );
  });

  it('addWorkingDays equals chinese-days’ findWorkday on published years', () => {
    fc.assert(
      fc.property(dateIn('2004-01-01', '2025-12-31'), fc.integer({ min: 1, max: 200 }), (from, n) => {
        const due = calendar.addWorkingDays(from, n).due;
        fc.pre(due <= '2026-12-31');
        expect(due).toBe(chineseDays.findWorkday(n, from));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a deadline past the last date the calendar knows, naming workingDays', () => {
    expect(() => calendar.addWorkingDays('2099-12-01', 100)).toThrow(/workingDays reaches beyond 2099-12-31/);
    expect(calendar.addWorkingDays('2099-12-01', 1).due > '2099-12-01').toBe(true);
  });
});
