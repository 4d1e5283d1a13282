import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LiquidationFiling, LiquidationPeriods, LiquidationReport, reviewLiquidationFiling } from './index.ts';

const periods = LiquidationPeriods.parse(JSON.parse(readFileSync(new URL('../../../reference-data/registration/liquidation-periods.json', import.meta.url), 'utf8')));
const filing = LiquidationFiling.parse({ cause: 'shareholders-resolution', members: [{ name: '张三', idNumber: '11010519491231002X' }, { name: '李四', idNumber: '110105199001012021' }], leader: '张三', formedOn: '2026-11-20' });

describe('liquidation-group filing (MER Art. 32; Company Law 2023 Arts. 232, 235)', () => {
  it('announced today: creditors declare claims for 45 days', () => {
    expect(reviewLiquidationFiling(filing, periods, '2026-11-24')).toEqual({ findings: [], claimsUntil: '2027-01-08' });
  });

  it('the leader must be a member; the group cannot be formed after today', () => {
    expect(reviewLiquidationFiling({ ...filing, leader: '王五' }, periods, '2026-11-24').findings.map((f) => f.code)).toEqual(['LIQ-01']);
    expect(reviewLiquidationFiling({ ...filing, formedOn: '2026-11-25' }, periods, '2026-11-24').findings.map((f) => `${f.code}:${f.severity}`)).toEqual(['LIQ-02:block']);
  });

  it('members announced more than 10 days after forming the group: noted as late, not refused', () => {
    expect(reviewLiquidationFiling(filing, periods, '2026-11-30').findings.map((f) => `${f.code}:${f.severity}`)).toEqual([]);
    expect(reviewLiquidationFiling(filing, periods, '2026-12-01').findings.map((f) => `${f.code}:${f.severity}`)).toEqual(['LIQ-03:info']);
  });

  it('the report must show debts settled, taxes cleared and assets distributed', () => {
    expect(LiquidationReport.safeParse({ debtsSettled: true, taxesCleared: false, remainingAssetsDistributed: true, confirmedBy: '股东会' }).success).toBe(false);
    expect(LiquidationReport.safeParse({ debtsSettled: true, taxesCleared: true, remainingAssetsDistributed: true, confirmedBy: '股东会' }).success).toBe(true);
  });
});
