import { describe, expect, it } from 'vitest';
import { civilDatesBetween, dayOfWeek } from './civil-date.ts';
import { publishedSchedule, scheduleFromChineseDays, type ScheduleDay } from './published-schedule.ts';

const byDate = new Map(publishedSchedule().days.map((d) => [d.date, d]));
const kindOf = (date: string): string => byDate.get(date)?.kind ?? 'none';
const range = (from: string, to: string): string[] => [...civilDatesBetween(from, to)];

describe('publishedSchedule (chinese-days 1.5.7)', () => {
  it('names its source', () => {
    expect(publishedSchedule().source).toEqual({ dataset: 'chinese-days', version: '1.5.7', license: 'MIT' });
  });

  it('covers 2004–2026 and nothing later', () => {
    expect(publishedSchedule().years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(publishedSchedule().days.some((d) => d.date >= '2027-01-01')).toBe(false);
  });

  it('2025 Spring Festival: off 28 Jan–4 Feb, make-up Sun 26 Jan and Sat 8 Feb (国办发明电〔2024〕12号)', () => {
    for (const date of range('2025-01-28', '2025-02-04')) expect(kindOf(date), date).not.toBe('none');
    for (const date of range('2025-01-28', '2025-02-04')) expect(kindOf(date), date).not.toBe('adjusted_workday');
    expect(kindOf('2025-01-26')).toBe('adjusted_workday');
    expect(kindOf('2025-02-08')).toBe('adjusted_workday');
    expect(kindOf('2025-01-27')).toBe('none');
    expect(kindOf('2025-02-05')).toBe('none');
    // Eve and lunar 1/1–1/3 are statutory; Sat 1 and Sun 2 Feb are weekends in the period: all `holiday`.
    for (const date of ['2025-01-28', '2025-01-31', '2025-02-01', '2025-02-02']) expect(kindOf(date), date).toBe('holiday');
    // Mon 3 and Tue 4 Feb are rest only because 26 Jan and 8 Feb are worked.
    expect(kindOf('2025-02-03')).toBe('in_lieu_rest');
    expect(kindOf('2025-02-04')).toBe('in_lieu_rest');
  });

  it('2025 National Day and Mid-Autumn: off 1–8 Oct, make-up Sun 28 Sep and Sat 11 Oct', () => {
    for (const date of range('2025-10-01', '2025-10-08')) {
      expect(['holiday', 'in_lieu_rest'], date).toContain(kindOf(date));
    }
    expect(kindOf('2025-09-28')).toBe('adjusted_workday');
    expect(kindOf('2025-10-11')).toBe('adjusted_workday');
    expect(byDate.get('2025-10-06')).toEqual({
      date: '2025-10-06',
      kind: 'holiday',
      name: 'Mid-Autumn Festival',
      nameZh: '中秋节',
    });
    expect(byDate.get('2025-10-01')?.nameZh).toBe('国庆节');
  });

  it('2026 matches the notice of 4 November 2025 (gov.cn content_7047091)', () => {
    const rest = [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ];
    const work = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
    const listed2026 = publishedSchedule().days.filter((d) => d.date.startsWith('2026-'));
    expect(listed2026.filter((d) => d.kind !== 'adjusted_workday').map((d) => d.date)).toEqual(rest);
    expect(listed2026.filter((d) => d.kind === 'adjusted_workday').map((d) => d.date)).toEqual(work);
    for (const date of work) expect(dayOfWeek(date), date).toBeGreaterThanOrEqual(6);
    expect(byDate.get('2026-02-14')?.nameZh).toBe('春节');
    expect(byDate.get('2026-09-20')?.nameZh).toBe('国庆节');
    expect(byDate.get('2026-04-05')?.nameZh).toBe('清明节');
  });

  it('is internally consistent: sorted unique dates, make-up days on weekends, in-lieu days on weekdays', () => {
    const days = publishedSchedule().days;
    for (let i = 1; i < days.length; i += 1) expect((days[i - 1] as ScheduleDay).date < (days[i] as ScheduleDay).date).toBe(true);
    for (const day of days) {
      if (day.kind === 'adjusted_workday') expect(dayOfWeek(day.date), day.date).toBeGreaterThanOrEqual(6);
      if (day.kind === 'in_lieu_rest') expect(dayOfWeek(day.date), day.date).toBeLessThanOrEqual(5);
    }
  });
});

describe('scheduleFromChineseDays', () => {
  it('gives in-lieu precedence over holiday and maps the dataset names to the law names', () => {
    const result = scheduleFromChineseDays({
      holidays: { '2030-02-04': 'Spring Festival,春节,4', '2030-02-05': 'Spring Festival,春节,4' },
      workdays: { '2030-02-09': 'Spring Festival,春节,4' },
      inLieuDays: { '2030-02-05': 'Spring Festival,春节,4' },
    });
    expect(result.days.map((d) => [d.date, d.kind])).toEqual([
      ['2030-02-04', 'holiday'],
      ['2030-02-05', 'in_lieu_rest'],
      ['2030-02-09', 'adjusted_workday'],
    ]);
    expect(result.years).toEqual([2030]);
  });

  it('keeps names it does not know as given', () => {
    const result = scheduleFromChineseDays({
      holidays: { '2015-09-03': 'Anti-Fascist 70th Day,抗战胜利70周年纪念日,1' },
      workdays: {},
      inLieuDays: {},
    });
    expect(result.days[0]).toMatchObject({ name: 'Anti-Fascist 70th Day', nameZh: '抗战胜利70周年纪念日' });
  });

  it('does not count a year as covered by a make-up day alone', () => {
    const result = scheduleFromChineseDays({
      holidays: { '2007-01-01': "New Year's Day,元旦,1" },
      workdays: { '2006-12-30': "New Year's Day,元旦,1" },
      inLieuDays: {},
    });
    expect(result.years).toEqual([2007]);
  });

  it('rejects malformed or contradictory data', () => {
    expect(() =>
      scheduleFromChineseDays({ holidays: { '2030-02-30': 'Spring Festival,春节,4' }, workdays: {}, inLieuDays: {} }),
    ).toThrow(/not a YYYY-MM-DD date/);
    expect(() =>
      scheduleFromChineseDays({ holidays: { '2030-02-04': 'Spring Festival' }, workdays: {}, inLieuDays: {} }),
    ).toThrow(/English name/);
    expect(() =>
      scheduleFromChineseDays({
        holidays: { '2030-02-09': 'Spring Festival,春节,4' },
        workdays: { '2030-02-09': 'Spring Festival,春节,4' },
        inLieuDays: {},
      }),
    ).toThrow(/both a rest day and a working day/);
  });
});
