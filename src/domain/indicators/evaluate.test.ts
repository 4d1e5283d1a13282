import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, firstDataMonth, lastDataMonth } from './evaluate.ts';
import { context, flat, monthly } from './indicators-test-kit.ts';
import { monthOf, parsePeriod, periodsBetween, yearRange } from './periods.ts';
import { ZONE } from './value-store.ts';

const year = (y: number) => yearRange(y);
const p = (text: string) => parsePeriod(text)!;

describe('raw values rolled up by measure', () => {
  it('sums a flow over months, and a quarter from its months', () => {
    const ctx = context(monthly('TRADE_CNY', 'LJ', '2019-01', [10, 20, 30, 40]));
    expect(evaluate(ctx, 'TRADE_CNY', 'LJ', p('2019-Q1'))).toEqual({ value: 60, complete: true, missing: [] });
    const y = evaluate(ctx, 'TRADE_CNY', 'LJ', year(2019));
    expect(y.value).toBe(100);
    expect(y.complete).toBe(false);
    expect(y.missing[0]).toBe('LJ 2019-05');
    expect(y.missing).toHaveLength(8);
  });

  it('takes a value entered for the whole year or quarter before its months', () => {
    const ctx = context([...flat('TRADE_CNY', 'XY', 2019, 2019, 1), { indicatorCode: 'TRADE_CNY', scope: 'XY', period: '2019', value: 500 }, { indicatorCode: 'TRADE_CNY', scope: 'XY', period: '2019-Q2', value: 99 }]);
    expect(evaluate(ctx, 'TRADE_CNY', 'XY', year(2019)).value).toBe(500);
    expect(evaluate(ctx, 'TRADE_CNY', 'XY', p('2019-Q2')).value).toBe(99);
    // The first half: Q1 from its months, Q2 as entered.
    expect(evaluate(ctx, 'TRADE_CNY', 'XY', { from: monthOf(2019, 1), to: monthOf(2019, 6) }).value).toBe(3 + 99);
  });

  it('takes a stock at the end of the range, from a quarter-end or year-end entry when the month has none', () => {
    const ctx = context([
      ...monthly('FIN_INST_STOCK', 'LJ', '2019-01', [100, 101, 102, 103, 104]),
      { indicatorCode: 'FIN_INST_STOCK', scope: 'LJ', period: '2019-Q3', value: 110 },
      { indicatorCode: 'FIN_INST_STOCK', scope: 'LJ', period: '2019', value: 120 },
    ]);
    expect(evaluate(ctx, 'FIN_INST_STOCK', 'LJ', p('2019-Q1')).value).toBe(102);
    expect(evaluate(ctx, 'FIN_INST_STOCK', 'LJ', p('2019-Q3')).value).toBe(110);
    expect(evaluate(ctx, 'FIN_INST_STOCK', 'LJ', year(2019))).toEqual({ value: 120, complete: true, missing: [] });
    // June is not known: the latest value before it, marked incomplete.
    expect(evaluate(ctx, 'FIN_INST_STOCK', 'LJ', p('2019-Q2'))).toEqual({ value: 104, complete: false, missing: ['LJ 2019-06'] });
  });

  it('sums the zone across the areas that report, incomplete while one of them lags', () => {
    const ctx = context([...flat('FDI_USD', 'LJ', 2019, 2019, 2), ...monthly('FDI_USD', 'XY', '2019-01', [1, 1, 1])]);
    const q1 = evaluate(ctx, 'FDI_USD', ZONE, p('2019-Q1'));
    expect(q1).toEqual({ value: 9, complete: true, missing: [] });
    const q2 = evaluate(ctx, 'FDI_USD', ZONE, p('2019-Q2'));
    expect(q2.value).toBe(6);
    expect(q2.complete).toBe(false);
    expect(q2.missing).toContain('XY 2019-04');
    // GYG never reported FDI: it is not waited for.
    expect(q2.missing.some((m) => m.startsWith('GYG'))).toBe(false);
  });

  it('keeps a zone-entered figure for the zone only', () => {
    const ctx = context(flat('CITY_FDI_USD', ZONE, 2019, 2019, 10));
    expect(evaluate(ctx, 'CITY_FDI_USD', ZONE, year(2019)).value).toBe(120);
    expect(evaluate(ctx, 'CITY_FDI_USD', 'LJ', year(2019)).unavailable).toBe(true);
    expect(evaluate(ctx, 'NO_SUCH', ZONE, year(2019)).unavailable).toBe(true);
  });
});

describe('derived indicators from entered values', () => {
  it('growth: the same months a year before, in percent', () => {
    const ctx = context([...flat('TRADE_CNY', 'LJ', 2018, 2018, 10), ...flat('TRADE_CNY', 'LJ', 2019, 2019, 11)]);
    expect(evaluate(ctx, 'TRADE_GROWTH', 'LJ', year(2019)).value).toBeCloseTo(10, 9);
    expect(evaluate(ctx, 'TRADE_GROWTH', 'LJ', p('2019-03')).value).toBeCloseTo(10, 9);
    expect(evaluate(ctx, 'TRADE_GROWTH', ZONE, year(2019)).value).toBeCloseTo(10, 9);
    // No year before: no growth.
    expect(evaluate(ctx, 'TRADE_GROWTH', 'LJ', year(2018))).toMatchObject({ value: null, complete: false });
  });

  it('share: of another indicator, the zone over the city (a zone-only figure)', () => {
    const ctx = context([...flat('FDI_USD', 'LJ', 2019, 2019, 3), ...flat('FDI_USD', 'XY', 2019, 2019, 2.1), ...flat('CITY_FDI_USD', ZONE, 2019, 2019, 6)]);
    expect(evaluate(ctx, 'FDI_SHARE_OF_CITY', ZONE, year(2019)).value).toBeCloseTo(85, 9);
    expect(evaluate(ctx, 'FDI_SHARE_OF_CITY', 'LJ', year(2019)).unavailable).toBe(true);
  });

  it('sum: of several indicators, incomplete when one is missing', () => {
    const ctx = context([
      { indicatorCode: 'NEW_BANKING_INST', scope: 'LJ', period: '2019', value: 3 },
      { indicatorCode: 'NEW_SECURITIES_INST', scope: 'LJ', period: '2019', value: 5 },
      { indicatorCode: 'NEW_INSURANCE_INST', scope: 'LJ', period: '2019', value: 2 },
      { indicatorCode: 'NEW_BANKING_INST', scope: 'LJ', period: '2020', value: 1 },
    ]);
    expect(evaluate(ctx, 'NEW_FIN_INST_TOTAL', 'LJ', year(2019))).toEqual({ value: 10, complete: true, missing: [] });
    const y2020 = evaluate(ctx, 'NEW_FIN_INST_TOTAL', 'LJ', year(2020));
    expect(y2020.value).toBe(1);
    expect(y2020.complete).toBe(false);
  });

  it('a share of computed counts: files decided on time', () => {
    const ctx = context([...monthly('FILES_DECIDED', 'LJ', '2026-01', [4]), ...monthly('FILES_DECIDED_ON_TIME', 'LJ', '2026-01', [3])]);
    expect(evaluate(ctx, 'FILES_ON_TIME_RATE', 'LJ', p('2026-01')).value).toBe(75);
    // A month without records is zero, and the rate of nothing decided is none.
    expect(evaluate(ctx, 'FILES_DECIDED', 'LJ', p('2026-02'))).toEqual({ value: 0, complete: true, missing: [] });
    expect(evaluate(ctx, 'FILES_ON_TIME_RATE', 'LJ', p('2026-02')).value).toBeNull();
    // The running month (2026-11 in the kit) is not complete.
    expect(evaluate(ctx, 'FILES_DECIDED', 'LJ', p('2026-Q4')).complete).toBe(false);
  });
});

describe('data spans', () => {
  it('give the first and last month, through formulas', () => {
    const ctx = context([...monthly('TRADE_CNY', 'LJ', '2018-03', [1, 2, 3]), ...monthly('TRADE_CNY', 'XY', '2018-01', [1])]);
    expect(firstDataMonth(ctx, 'TRADE_CNY', ZONE)).toBe(monthOf(2018, 1));
    expect(lastDataMonth(ctx, 'TRADE_CNY', ZONE)).toBe(monthOf(2018, 5));
    expect(lastDataMonth(ctx, 'TRADE_CNY', 'GYG')).toBeNull();
    expect(firstDataMonth(ctx, 'TRADE_GROWTH', 'LJ')).toBe(monthOf(2019, 3));
    expect(lastDataMonth(ctx, 'FDI_SHARE_OF_CITY', ZONE)).toBeNull();
  });
});

describe('properties', () => {
  it('a flow over a year is the sum of its quarters and of its months, whatever was entered monthly', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }), { minLength: 12, maxLength: 12 }), (months) => {
        const entries = months.flatMap((v, i) => (v === undefined ? [] : [{ indicatorCode: 'TRADE_CNY', scope: 'LJ', period: `2019-${String(i + 1).padStart(2, '0')}`, value: v }]));
        const ctx = context(entries);
        const whole = evaluate(ctx, 'TRADE_CNY', 'LJ', year(2019));
        const quarters = periodsBetween('quarter', monthOf(2019, 1), monthOf(2019, 12)).map((q) => evaluate(ctx, 'TRADE_CNY', 'LJ', q));
        const known = months.filter((v): v is number => v !== undefined);
        expect(whole.value).toBe(known.length === 0 ? null : known.reduce((a, b) => a + b, 0));
        expect(whole.complete).toBe(known.length === 12);
        expect(whole.missing).toHaveLength(12 - known.length);
        expect(quarters.reduce((s, q) => s + (q.value ?? 0), 0)).toBe(whole.value ?? 0);
      }),
    );
  });

  it('the zone of an area indicator is the sum of its areas', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 3, maxLength: 3 }), ([lj, xy, gyg]) => {
        const ctx = context([...flat('CONTAINER_TEU', 'LJ', 2020, 2020, lj!), ...flat('CONTAINER_TEU', 'XY', 2020, 2020, xy!), ...flat('CONTAINER_TEU', 'GYG', 2020, 2020, gyg!)]);
        expect(evaluate(ctx, 'CONTAINER_TEU', ZONE, year(2020)).value).toBe(12 * (lj! + xy! + gyg!));
      }),
    );
  });
});
