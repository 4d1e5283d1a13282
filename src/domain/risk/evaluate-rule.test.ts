import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRule, RiskRulesFile, samePeriodLastYear, type RiskRule } from './index.ts';
import { alertActionAllowed } from './alert-state.ts';

const file = RiskRulesFile.parse(JSON.parse(readFileSync(new URL('../../../reference-data/plan/risk-rules.json', import.meta.url), 'utf8')));
const rule = (code: string): RiskRule => file.rules.find((r) => r.code === code)!;

describe('risk rules', () => {
  it('the shipped rules parse and name indicators of the catalogue', () => {
    const catalogue = JSON.parse(readFileSync(new URL('../../../reference-data/plan/indicators.json', import.meta.url), 'utf8')) as { indicators: { code: string }[] };
    const codes = new Set(catalogue.indicators.map((i) => i.code));
    for (const r of file.rules) expect(codes.has(r.indicatorCode), r.code).toBe(true);
  });

  it('names the same period a year before for months, quarters and years', () => {
    expect([samePeriodLastYear('2020-03'), samePeriodLastYear('2020-Q1'), samePeriodLastYear('2020')]).toEqual(['2019-03', '2019-Q1', '2019']);
  });

  it('a year-on-year fall fires at its percentage and not just below it', () => {
    const r = rule('RISK-01'); // 30%
    expect(evaluateRule(r, [{ period: '2019-Q2', value: 10 }, { period: '2020-Q2', value: 7 }])).toMatchObject({ period: '2020-Q2', observed: 7, compared: 10 });
    expect(evaluateRule(r, [{ period: '2019-Q2', value: 10 }, { period: '2020-Q2', value: 7.01 }])).toBeNull();
    // No value a year before, or none to fall from: nothing to compare.
    expect(evaluateRule(r, [{ period: '2020-Q1', value: 10 }, { period: '2020-Q2', value: 1 }])).toBeNull();
    expect(evaluateRule(r, [{ period: '2019-Q2', value: 0 }, { period: '2020-Q2', value: 0 }])).toBeNull();
  });

  it('a threshold compares the latest value only, strictly for lt', () => {
    const r = rule('RISK-02'); // < 85
    expect(evaluateRule(r, [{ period: '2019', value: 80 }, { period: '2020', value: 85 }])).toBeNull();
    expect(evaluateRule(r, [{ period: '2019', value: 90 }, { period: '2020', value: 84.9 }])).toMatchObject({ observed: 84.9, compared: 85 });
    expect(evaluateRule(r, [])).toBeNull();
  });

  it('consecutive declines need every step down, over enough periods', () => {
    const r = rule('RISK-03'); // 3 periods
    const q = (values: number[]) => values.map((value, i) => ({ period: `2020-Q${i + 1}`, value }));
    expect(evaluateRule(r, q([10, 9, 8, 7]))).toMatchObject({ observed: 7, compared: 10 });
    expect(evaluateRule(r, q([10, 9, 9, 7]))).toBeNull();
    expect(evaluateRule(r, q([9, 8, 7]))).toBeNull();
  });

  it('an alert is acknowledged and handled by its owner, then closed or reopened by the FTZ Office', () => {
    expect(alertActionAllowed('handle', 'open')).toBe(true);
    expect(alertActionAllowed('close', 'open')).toBe(false);
    expect(alertActionAllowed('close', 'handled')).toBe(true);
    expect(alertActionAllowed('acknowledge', 'closed')).toBe(false);
  });
});
