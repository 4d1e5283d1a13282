import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days';
import { addDays, isWeekend } from './civil-date.ts';
import { CalendarInputError } from './calendar-input-error.ts';
import { publishedSchedule } from './published-schedule.ts';
import { STATUTORY_FIRST_YEAR, STATUTORY_LAST_YEAR, statutoryHolidays } from './statutory-holidays.ts';

const datesOf = (year: number, festival?: string): string[] =>
  statutoryHolidays(year)
    .filter((h) => festival === undefined || h.festival === festival)
    .map((h) => h.date);

describe('statutoryHolidays under the 2024 revision (from 2025)', () => {
  it('2025 matches the days the 2025 notice calls statutory', () => {
    // 2025 notice: Spring Festival starts on 1月28日（农历除夕）; lunar New Year 2025 was 29 January;
    // Qingming 4 April, Dragon Boat 31 May, Mid-Autumn 6 October (merged into the National Day period).
    expect(datesOf(2025)).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-04',
      '2025-05-01',
      '2025-05-02',
      '2025-05-31',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-06',
    ]);
  });

  it('2026: Eve is 16 February (the notice calls 15 February 腊月二十八 and 23 February 正月初七)', () => {
    expect(datesOf(2026, 'spring_festival')).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']);
    expect(datesOf(2026, 'qingming')).toEqual(['2026-04-05']);
    expect(datesOf(2026, 'dragon_boat')).toEqual(['2026-06-19']);
    expect(datesOf(2026, 'mid_autumn')).toEqual(['2026-09-25']);
  });

  it('2027 (no notice yet): lunar New Year 6 February, so Eve 5 February, a 29th of the 12th month', () => {
    expect(datesOf(2027, 'spring_festival')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    const eve = chineseDays.getLunarDate('2027-02-05');
    expect([eve.lunarYear, eve.lunarMon, eve.lunarDay]).toEqual([2026, 12, 29]);
    expect(chineseDays.getSolarDateFromLunar('2027-01-01').date).toBe('2027-02-06');
    expect(datesOf(2027, 'new_year')).toEqual(['2027-01-01']);
    expect(datesOf(2027, 'qingming')).toEqual(['2027-04-05']);
    expect(datesOf(2027, 'labour_day')).toEqual(['2027-05-01', '2027-05-02']);
    expect(datesOf(2027, 'dragon_boat')).toEqual(['2027-06-09']);
    expect(datesOf(2027, 'mid_autumn')).toEqual(['2027-09-15']);
    expect(datesOf(2027, 'national_day')).toEqual(['2027-10-01', '2027-10-02', '2027-10-03']);
    expect(statutoryHolidays(2027)[0]).toEqual({
      date: '2027-01-01',
      festival: 'new_year',
      name: "New Year's Day",
      nameZh: '元旦',
    });
  });

  it('has 13 days a year from 2025 (2 more than before: Spring Festival and Labour Day +1 each)', () => {
    for (let year = 2025; year <= STATUTORY_LAST_YEAR; year += 1) expect(statutoryHolidays(year)).toHaveLength(13);
  });
});

describe('earlier revisions', () => {
  it('2014–2024: Spring Festival is lunar 1/1–1/3 without Eve, Labour Day 1 day', () => {
    // 2024: lunar New Year 10 February.
    expect(datesOf(2024, 'spring_festival')).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(datesOf(2024, 'labour_day')).toEqual(['2024-05-01']);
    for (let year = 2014; year <= 2024; year += 1) expect(statutoryHolidays(year), String(year)).toHaveLength(11);
  });

  it('2008–2013: Spring Festival is Eve, lunar 1/1 and 1/2', () => {
    // 2013: lunar New Year 10 February, Eve 9 February.
    expect(datesOf(2013, 'spring_festival')).toEqual(['2013-02-09', '2013-02-10', '2013-02-11']);
    for (let year = 2008; year <= 2013; year += 1) expect(statutoryHolidays(year), String(year)).toHaveLength(11);
  });

  it('2000–2007: no Qingming, Dragon Boat or Mid-Autumn; Labour Day 1–3 May', () => {
    expect(datesOf(2007, 'labour_day')).toEqual(['2007-05-01', '2007-05-02', '2007-05-03']);
    expect(datesOf(2007, 'qingming')).toEqual([]);
    for (let year = 2000; year <= 2007; year += 1) expect(statutoryHolidays(year), String(year)).toHaveLength(10);
  });

  it('every statutory day of 2004–2026 is a rest day in the published notices', () => {
    const days = new Map(publishedSchedule().days.map((d) => [d.date, d.kind]));
    const notListed: string[] = [];
    for (let year = 2004; year <= 2026; year += 1) {
      for (const holiday of statutoryHolidays(year)) {
        const kind = days.get(holiday.date);
        expect(kind, `${holiday.date} ${holiday.nameZh}`).not.toBe('adjusted_workday');
        if (kind === undefined) {
          // Not listed at all: acceptable only on a weekend, which is a rest day anyway.
          expect(isWeekend(holiday.date), `${holiday.date} ${holiday.nameZh}`).toBe(true);
          notListed.push(holiday.date);
        }
      }
    }
    // The 2012 notice: 端午节 6月22日至24日放假公休; chinese-days lists 22 and 24 but omits Saturday 23.
    expect(notListed).toEqual(['2012-06-23']);
  });
});

describe('lunar and solar-term computation', () => {
  it('Eve is the last day of the 12th lunar month, whether that month has 29 or 30 days', () => {
    const eveDay = new Map<number, number>();
    for (let year = STATUTORY_FIRST_YEAR; year <= STATUTORY_LAST_YEAR; year += 1) {
      if (year < 2008 || (year >= 2014 && year < 2025)) continue; // revisions without Eve
      const [eve] = datesOf(year, 'spring_festival');
      // The package's month-table conversion (another code path than getLunarDate) puts lunar 1/1 the next day…
      expect(addDays(eve ?? '', 1), String(year)).toBe(chineseDays.getSolarDateFromLunar(`${year}-01-01`).date);
      // …and Eve is day 29 or 30 of month 12 of the previous lunar year, as long as that month is
      // (no lunar year 2007–2098 has a leap 12th month).
      const lunar = chineseDays.getLunarDate(eve ?? '');
      expect([lunar.lunarYear, lunar.lunarMon, lunar.isLeap], String(year)).toEqual([year - 1, 12, false]);
      expect(lunar.lunarDay, String(year)).toBe(chineseDays.monthDays(year - 1, 12));
      eveDay.set(year, lunar.lunarDay);
    }
    // 2025–2029 famously have no 腊月三十: Eve falls on the 29th; 2030's Eve is a 30th again.
    for (const year of [2025, 2026, 2027, 2028, 2029]) expect(eveDay.get(year), String(year)).toBe(29);
    expect(eveDay.get(2030)).toBe(30);
    expect(new Set(eveDay.values())).toEqual(new Set([29, 30]));
  });

  it('Dragon Boat and Mid-Autumn agree with the package’s independent lunar-to-solar conversion', () => {
    // Tests run with TZ=UTC (vitest.config.ts), where getSolarDateFromLunar is exact.
    for (let year = 2008; year <= STATUTORY_LAST_YEAR; year += 1) {
      expect(datesOf(year, 'dragon_boat'), String(year)).toEqual([chineseDays.getSolarDateFromLunar(`${year}-05-05`).date]);
      expect(datesOf(year, 'mid_autumn'), String(year)).toEqual([chineseDays.getSolarDateFromLunar(`${year}-08-15`).date]);
      const [qingming] = datesOf(year, 'qingming');
      expect(qingming, String(year)).toBe(chineseDays.getSolarTermDate(year, 4, 'pure_brightness'));
    }
  });

  it('gives the same dates whatever the host time zone (TIME-07)', () => {
    const here = JSON.stringify(yearsSample().map((y) => statutoryHolidays(y)));
    const module = fileURLToPath(new URL('./statutory-holidays.ts', import.meta.url));
    const script = `import { statutoryHolidays } from ${JSON.stringify(module)};
      process.stdout.write(JSON.stringify(${JSON.stringify(yearsSample())}.map((y) => statutoryHolidays(y))));`;
    for (const zone of ['America/New_York', 'Pacific/Honolulu', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
      const there = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect(there, zone).toBe(here);
    }
  });

  it('rejects years it cannot compute', () => {
    for (const year of [1999, 2100, 2025.5, Number.NaN]) {
      expect(() => statutoryHolidays(year)).toThrow(CalendarInputError);
    }
    try {
      statutoryHolidays(1999);
    } catch (error) {
      expect((error as CalendarInputError).field).toBe('year');
    }
  });
});

// Guarantees: a spread of years covering each revision and several leap-month situations.
function yearsSample(): number[] {
  return [2005, 2010, 2020, 2023, 2025, 2026, 2027, 2028, 2033, 2050, 2099];
}
