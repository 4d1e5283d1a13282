import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './indicators-test-kit.ts';
import { existingKey, validateValues, type CurrentValue, type SubmittedValue } from './validate-values.ts';
import { ZONE } from './value-store.ts';

const TODAY = '2026-11-24';
function check(values: SubmittedValue[], options: { scope?: string; existing?: [string, string, CurrentValue][]; reason?: string | null } = {}) {
  const existing = new Map((options.existing ?? []).map(([code, period, v]) => [existingKey(code, period), v]));
  return validateValues({ catalogue: CATALOGUE, scope: options.scope ?? 'LJ', today: TODAY, reason: options.reason ?? null, existing }, values);
}
const fields = (r: ReturnType<typeof check>) => r.errors.map((e) => `${e.index}:${e.field}`);

describe('validation of submitted values', () => {
  it('accepts values in the indicator unit, converts another unit of the same dimension', () => {
    const r = check([
      { indicatorCode: 'TRADE_CNY', period: '2026-10', value: 120.5 },
      { indicatorCode: 'FIN_SETTLEMENT_CNY', period: '2026-Q3', value: '3,000', unit: '亿元' },
      { indicatorCode: 'FDI_USD', period: '2025', value: 5, unit: 'USD_BN' },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.accepted.map((a) => [a.indicatorCode, a.periodKind, a.value, a.enteredValue, a.enteredUnit])).toEqual([
      ['TRADE_CNY', 'month', 120.5, 120.5, 'CNY_100M'],
      ['FIN_SETTLEMENT_CNY', 'quarter', 0.3, 3000, 'CNY_100M'],
      ['FDI_USD', 'year', 50, 5, 'USD_BN'],
    ]);
  });

  it('reports every problem of every value, naming the field', () => {
    const r = check([
      { indicatorCode: 'NO_SUCH', period: '2026-01', value: 1 },
      { indicatorCode: 'TRADE_GROWTH', period: '2026-01', value: 1 },
      { indicatorCode: 'NEW_ENTERPRISES', period: '2026-01', value: 1 },
      { indicatorCode: 'TRADE_CNY', period: '2026-13', value: 'abc', unit: '万吨' },
      { indicatorCode: 'TRADE_CNY', period: '2026-11', value: 1 },
      { indicatorCode: 'MODERN_SERVICES_VA_CNY', period: '2026-01', value: 1 },
      { indicatorCode: 'NEW_BANKING_INST', period: '2026-01', value: 1.5 },
      { indicatorCode: 'TRADE_CNY', period: '2026-01', value: -3 },
      { indicatorCode: 'TRADE_CNY', period: '2016-12', value: 3 },
      { indicatorCode: 'CITY_FDI_USD', period: '2026-01', value: 3 },
      { indicatorCode: 'TRADE_CNY', period: '2026-02', value: null },
      { indicatorCode: 'TRADE_CNY', period: '2026-03', value: 1, unit: 'parsecs' },
    ]);
    expect(fields(r)).toEqual([
      '0:indicatorCode', '1:indicatorCode', '2:indicatorCode', '3:period', '3:unit', '3:value', '4:period', '5:period', '6:value', '7:value', '8:period', '9:indicatorCode', '10:value', '11:unit',
    ]);
    expect(r.accepted).toEqual([]);
    const [unknown] = r.errors;
    expect(unknown).toMatchObject({ zh: expect.stringContaining('未知指标'), en: expect.stringContaining('unknown indicator') });
    expect(r.errors.find((e) => e.index === 4)!.en).toContain('has not ended');
    expect(r.errors.find((e) => e.index === 3 && e.field === 'unit')!.en).toContain('cannot be converted');
  });

  it('refuses the same indicator and period twice', () => {
    const r = check([
      { indicatorCode: 'TRADE_CNY', period: '2026-01', value: 1 },
      { indicatorCode: 'TRADE_CNY', period: '2026-01', value: 2 },
    ]);
    expect(fields(r)).toEqual(['1:period']);
  });

  it('keeps the zone figures for CQFTZ and the area figures for the areas', () => {
    expect(fields(check([{ indicatorCode: 'CITY_FDI_USD', period: '2026-01', value: 3 }], { scope: ZONE }))).toEqual([]);
    expect(fields(check([{ indicatorCode: 'FDI_USD', period: '2026-01', value: 3 }], { scope: ZONE }))).toEqual(['0:indicatorCode']);
  });

  it('needs a reason to revise a value, leaves an equal one alone', () => {
    const existing: [string, string, CurrentValue][] = [['TRADE_CNY', '2026-01', { value: 10, status: 'approved' }], ['TRADE_CNY', '2026-02', { value: 20, status: 'pending' }]];
    const values = [
      { indicatorCode: 'TRADE_CNY', period: '2026-01', value: 11 },
      { indicatorCode: 'TRADE_CNY', period: '2026-02', value: 20 },
    ];
    const bare = check(values, { existing });
    expect(fields(bare)).toEqual(['0:reason']);
    expect(bare.errors[0]!.en).toContain('revising the approved value 10 needs a reason');
    const given = check(values, { existing, reason: '统计局反馈更正' });
    expect(given.errors).toEqual([]);
    expect(given.unchanged).toEqual([1]);
    expect(given.accepted).toEqual([expect.objectContaining({ period: '2026-01', value: 11, previous: { value: 10, status: 'approved' }, reason: '统计局反馈更正' })]);
    const own = check([{ ...values[0]!, reason: '口径调整' }], { existing, reason: 'batch' });
    expect(own.accepted[0]!.reason).toBe('口径调整');
  });

  it('lists the periods missing between the first known value and the last submitted one', () => {
    const r = check(
      [
        { indicatorCode: 'TRADE_CNY', period: '2026-01', value: 1 },
        { indicatorCode: 'TRADE_CNY', period: '2026-04', value: 1 },
        { indicatorCode: 'TRADE_CNY', period: '2026-09', value: 1 },
        { indicatorCode: 'SERVICES_VA_CNY', period: '2026-Q3', value: 1 },
      ],
      { existing: [['TRADE_CNY', '2025-11', { value: 1, status: 'approved' }], ['TRADE_CNY', '2026-Q2', { value: 1, status: 'approved' }], ['SERVICES_VA_CNY', '2026-Q1', { value: 1, status: 'approved' }]] },
    );
    expect(r.errors).toEqual([]);
    expect(r.missing).toEqual([
      { indicatorCode: 'TRADE_CNY', periods: ['2025-12', '2026-02', '2026-03', '2026-07', '2026-08'] },
      { indicatorCode: 'SERVICES_VA_CNY', periods: ['2026-Q2'] },
    ]);
  });
});
