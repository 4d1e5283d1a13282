import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  civilDateInShanghai,
  civilDatesBetween,
  compareCivilDates,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  isCivilDate,
  isWeekend,
  parseCivilDate,
  toEpochDay,
  yearOf,
} from './civil-date.ts';
import { CalendarInputError } from './calendar-input-error.ts';

describe('isCivilDate / parseCivilDate', () => {
  it('accepts real days in YYYY-MM-DD form', () => {
    for (const date of ['2025-01-01', '2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01', '9999-12-31']) {
      expect(isCivilDate(date), date).toBe(true);
      expect(parseCivilDate(date)).toBe(date);
    }
  });

  it('rejects impossible days and other formats', () => {
    const bad: unknown[] = [
      '2025-02-30',
      '2025-02-29', // 2025 is not a leap year
      '1900-02-29', // century rule
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '0000-01-01',
      '2025-1-5',
      '20250105',
      '2025/01/05',
      ' 2025-01-05',
      '2025-01-05T00:00:00Z',
      '',
      20250105,
      null,
      undefined,
      new Date(Date.UTC(2025, 0, 5)),
    ];
    for (const value of bad) expect(isCivilDate(value), String(value)).toBe(false);
  });

  it('throws CalendarInputError naming the field', () => {
    const attempt = () => parseCivilDate('2025-02-30', 'from');
    expect(attempt).toThrow(CalendarInputError);
    expect(attempt).toThrow(RangeError);
    try {
      attempt();
    } catch (error) {
      expect((error as CalendarInputError).field).toBe('from');
      expect((error as CalendarInputError).message).toContain('2025-02-30');
    }
  });
});

describe('day arithmetic', () => {
  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-01-24', 0)).toBe('2025-01-24');
    expect(addDays('2025-01-01', 365)).toBe('2026-01-01');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('refuses to leave years 0001–9999 or to add fractional days', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(CalendarInputError);
    expect(() => addDays('0001-01-01', -1)).toThrow(CalendarInputError);
    expect(() => addDays('2025-01-01', 0.5)).toThrow(CalendarInputError);
  });

  it('knows the days of the week (checked against the 2025 and 2026 notices)', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('2025-01-26')).toBe(7); // 1月26日（周日）上班
    expect(dayOfWeek('2025-02-08')).toBe(6); // 2月8日（周六）上班
    expect(dayOfWeek('2025-01-28')).toBe(2); // 1月28日（农历除夕、周二）
    expect(dayOfWeek('2026-09-20')).toBe(7); // 9月20日（周日）上班
    expect(dayOfWeek('2026-10-07')).toBe(3); // 10月7日（周三）
    expect(isWeekend('2026-02-14')).toBe(true);
    expect(isWeekend('2026-02-16')).toBe(false);
  });

  it('compares and measures', () => {
    expect(compareCivilDates('2025-01-02', '2025-01-10')).toBe(-1);
    expect(compareCivilDates('2025-01-10', '2025-01-10')).toBe(0);
    expect(compareCivilDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
    expect(yearOf('2027-02-05')).toBe(2027);
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });

  it('enumerates a range with both ends included', () => {
    expect([...civilDatesBetween('2024-02-27', '2024-03-01')]).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect([...civilDatesBetween('2025-01-01', '2025-01-01')]).toEqual(['2025-01-01']);
    expect([...civilDatesBetween('2025-01-02', '2025-01-01')]).toEqual([]);
  });

  it('agrees with the UTC calendar of JS Date for any day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), fc.integer({ min: -5000, max: 5000 }), (day, delta) => {
        const date = fromEpochDay(day);
        const utc = new Date(day * 86_400_000);
        expect(isCivilDate(date)).toBe(true);
        expect(toEpochDay(date)).toBe(day);
        expect(dayOfWeek(date) % 7).toBe(utc.getUTCDay());
        const later = addDays(date, delta);
        expect(daysBetween(date, later)).toBe(delta);
        expect(compareCivilDates(later, date)).toBe(Math.sign(delta) + 0);
      }),
    );
  });
});

describe('civilDateInShanghai', () => {
  it('turns an instant into the China Standard Time date, not the host date', () => {
    // Shanghai is UTC+8: 16:00 UTC is the next midnight there.
    expect(civilDateInShanghai(new Date('2025-01-27T15:59:59.999Z'))).toBe('2025-01-27');
    expect(civilDateInShanghai(new Date('2025-01-27T16:00:00.000Z'))).toBe('2025-01-28');
    expect(civilDateInShanghai(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(civilDateInShanghai(new Date('2025-06-30T23:59:00-05:00'))).toBe('2025-07-01');
  });

  it('gives the tz database’s date for any instant, before and after the zone became UTC+8 all year (1992)', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
    const viaIntl = (d: Date) => intl.format(d);
    // Summer time 1986–1991: 1991-09-14 15:30 UTC was 00:30 on the 15th in Shanghai (UTC+9), not the 14th.
    expect(civilDateInShanghai(new Date('1991-09-14T15:30:00Z'))).toBe('1991-09-15');
    expect(civilDateInShanghai(new Date('1991-12-31T16:00:00Z'))).toBe('1992-01-01');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const d = new Date(ms);
        expect(civilDateInShanghai(d)).toBe(viaIntl(d));
      }),
      { numRuns: 5_000 },
    );
  });

  it('rejects an invalid Date', () => {
    expect(() => civilDateInShanghai(new Date('not a date'))).toThrow(CalendarInputError);
    try {
      civilDateInShanghai(new Date(Number.NaN));
    } catch (error) {
      expect((error as CalendarInputError).field).toBe('instant');
    }
  });
});
