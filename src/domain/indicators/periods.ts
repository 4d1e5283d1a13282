// Reporting periods: a month 2019-03, a quarter 2019-Q1, a year 2019. Every period is a range of months, so quarter
// and year values can be rolled up from months (and a year-to-date range compared with the same months a year
// before). A month is counted as year × 12 + (month − 1).
import type { PeriodKind } from './catalogue.ts';

export type Month = number;

export interface MonthRange {
  readonly from: Month;
  readonly to: Month;
}

export interface Period extends MonthRange {
  readonly kind: PeriodKind;
  readonly text: string;
  readonly year: number;
}

const PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

// Guarantees: the period a text names, or null when it is none of YYYY-MM, YYYY-Qn, YYYY.
export function parsePeriod(text: string): Period | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) {
    const month = monthOf(year, Number(m[2]));
    return { kind: 'month', text, year, from: month, to: month };
  }
  if (m[3]) {
    const q = Number(m[3]);
    return { kind: 'quarter', text, year, from: monthOf(year, q * 3 - 2), to: monthOf(year, q * 3) };
  }
  return { kind: 'year', text, year, from: monthOf(year, 1), to: monthOf(year, 12) };
}

/** The month count of a calendar month (1–12). */
export function monthOf(year: number, month: number): Month {
  return year * 12 + (month - 1);
}

export function yearOfMonth(m: Month): number {
  return Math.floor(m / 12);
}

/** 1–12. */
export function monthNumber(m: Month): number {
  return (m % 12) + 1;
}

export function formatMonth(m: Month): string {
  return `${yearOfMonth(m)}-${String(monthNumber(m)).padStart(2, '0')}`;
}

/** The month of a civil date YYYY-MM-DD. */
export function monthOfDate(date: string): Month {
  return monthOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

// Guarantees: the period of the kind that contains the month.
export function periodOf(kind: PeriodKind, m: Month): Period {
  const year = yearOfMonth(m);
  if (kind === 'month') return parsePeriod(formatMonth(m))!;
  if (kind === 'quarter') return parsePeriod(`${year}-Q${Math.floor((monthNumber(m) - 1) / 3) + 1}`)!;
  return parsePeriod(String(year))!;
}

// Guarantees: the periods of the kind that overlap [from, to], in order, each once.
export function periodsBetween(kind: PeriodKind, from: Month, to: Month): Period[] {
  const out: Period[] = [];
  let m = from;
  while (m <= to) {
    const p = periodOf(kind, m);
    out.push(p);
    m = p.to + 1;
  }
  return out;
}

/** The same months shifted by whole years (growth compares with the same months a year before). */
export function shiftYears(range: MonthRange, years: number): MonthRange {
  return { from: range.from + years * 12, to: range.to + years * 12 };
}

/** A whole year's months. */
export function yearRange(year: number): MonthRange {
  return { from: monthOf(year, 1), to: monthOf(year, 12) };
}

/**
 * True when the period has ended by the day: statistics of a month are reported after it, so the running month
 * (and a quarter or year still running) cannot be submitted.
 */
export function hasEnded(period: MonthRange, today: string): boolean {
  return period.to < monthOfDate(today);
}

/** Months in a range. */
export function monthsIn(range: MonthRange): number {
  return range.to - range.from + 1;
}
