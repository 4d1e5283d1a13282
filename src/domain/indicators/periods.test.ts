import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMonth, hasEnded, monthOf, parsePeriod, periodOf, periodsBetween } from './periods.ts';

describe('periods', () => {
  it('parse months, quarters and years into ranges of months', () => {
    expect(parsePeriod('2019-03')).toMatchObject({ kind: 'month', from: monthOf(2019, 3), to: monthOf(2019, 3) });
    expect(parsePeriod('2019-Q2')).toMatchObject({ kind: 'quarter', from: monthOf(2019, 4), to: monthOf(2019, 6) });
    expect(parsePeriod('2019')).toMatchObject({ kind: 'year', from: monthOf(2019, 1), to: monthOf(2019, 12) });
    for (const bad of ['2019-13', '2019-Q5', '2019-3', '19', '2019-00', '2019-q1', ' 2019']) expect(parsePeriod(bad)).toBeNull();
  });

  it('have ended only after their last month', () => {
    expect(hasEnded(parsePeriod('2026-10')!, '2026-11-01')).toBe(true);
    expect(hasEnded(parsePeriod('2026-11')!, '2026-11-30')).toBe(false);
    expect(hasEnded(parsePeriod('2026-Q4')!, '2026-12-31')).toBe(false);
    expect(hasEnded(parsePeriod('2025')!, '2026-01-01')).toBe(true);
  });

  it('the periods between two months cover them once, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: monthOf(2017, 1), max: monthOf(2022, 12) }), fc.integer({ min: 0, max: 40 }), fc.constantFrom('month', 'quarter', 'year' as const), (from, span, kind) => {
        const ps = periodsBetween(kind, from, from + span);
        expect(ps[0]!.from).toBeLessThanOrEqual(from);
        expect(ps.at(-1)!.to).toBeGreaterThanOrEqual(from + span);
        for (let i = 1; i < ps.length; i++) expect(ps[i]!.from).toBe(ps[i - 1]!.to + 1);
        for (const p of ps) expect(parsePeriod(p.text)).toEqual(p);
        expect(periodOf('month', from).text).toBe(formatMonth(from));
      }),
    );
  });
});
