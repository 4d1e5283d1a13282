import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Target } from './catalogue.ts';
import { evaluate, firstDataMonth, lastDataMonth, type EvaluationContext } from './evaluate.ts';
import { context, flat, monthly, T, withTargets } from './indicators-test-kit.ts';
import { monthOf } from './periods.ts';
import { achieves, compare, evaluateProgress } from './progress.ts';
import type { StoreEntry } from './value-store.ts';
import { ZONE } from './value-store.ts';

const yearly = (indicatorCode: string, values: Record<number, number>, scope = 'LJ'): StoreEntry[] =>
  Object.entries(values).map(([y, value]) => ({ indicatorCode, scope, period: y, value }));

function progressOf(target: Target, entries: StoreEntry[], scope = ZONE, until?: number) {
  const ctx: EvaluationContext = context(entries, { catalogue: withTargets(target) });
  const indicator = ctx.catalogue.indicators.find((i) => i.code === target.indicator)!;
  return evaluateProgress({
    catalogue: ctx.catalogue, target, indicator,
    evaluate: (range) => evaluate(ctx, target.indicator, scope, range),
    firstMonth: firstDataMonth(ctx, target.indicator, scope), lastMonth: lastDataMonth(ctx, target.indicator, scope),
    ...(until === undefined ? {} : { until }),
  });
}

describe('traffic lights at the ratio boundaries (levels: on track ≥ 95%, at risk ≥ 85%)', () => {
  // 3,600 added over 36 months: the trajectory expects 2,400 by the end of 2019.
  const added = T({ id: 'T90', indicator: 'TRADE_CNY', comparator: 'add', periodKind: 'cumulative_new', unit: 'CNY_100M', value: 3600 });
  const by2019 = (total: number) => progressOf(added, yearly('TRADE_CNY', { 2018: 1200, 2019: total - 1200 }));

  it.each([
    [2400, 'on_track', 1],
    [2280, 'on_track', 0.95],
    [2279.99, 'at_risk', 0.949996],
    [2040, 'at_risk', 0.85],
    [2039.99, 'off_track', 0.849996],
  ])('%d added by 2019-12 is %s', (total, light, ratio) => {
    const p = by2019(total);
    expect(p).toMatchObject({ status: 'running', asOf: '2019-12', light, actual: total, goal: 3600 });
    expect(p.expected).toBeCloseTo(2400, 9);
    expect(p.comparison!.value).toBeCloseTo(ratio, 6);
    expect(p.reasonZh).toContain('截至 2019-12');
    expect(p.reasonEn).toContain('as of 2019-12');
  });

  it('a running target below the trajectory says how far', () => {
    const p = by2019(2000);
    expect(p.light).toBe('off_track');
    expect(p.reasonEn).toContain('83.33% of the trajectory');
    expect(p.reasonZh).toContain('滞后');
  });
});

describe('traffic lights at the points boundaries (percentages: within 1 point on track, within 3 at risk)', () => {
  const maintain = T({ id: 'T91', indicator: 'TRADE_GROWTH', comparator: 'maintain', periodKind: 'annual_average', unit: 'PERCENT', value: 10 });
  /** Trade growing 10% in 2018 and by `g`% in 2019: the average growth is (10 + g) / 2. */
  const withGrowth2019 = (g: number) => progressOf(maintain, yearly('TRADE_CNY', { 2017: 100, 2018: 110, 2019: 110 * (1 + g / 100) }));

  it.each([
    [10, 'on_track', 0],
    [8, 'on_track', -1],
    [7.98, 'at_risk', -1.01],
    [4, 'at_risk', -3],
    [3.98, 'off_track', -3.01],
  ])('growth of %d%% in 2019 is %s', (g, light, points) => {
    const p = withGrowth2019(g);
    expect(p).toMatchObject({ status: 'running', light, granularity: 'year' });
    expect(p.comparison).toMatchObject({ method: 'points' });
    expect(p.comparison!.value).toBeCloseTo(points, 6);
  });
});

describe('the end of the target year', () => {
  const gt = T({ id: 'T92', indicator: 'FDI_USD', comparator: 'gt', periodKind: 'annual_average', unit: 'USD_100M', value: 80 });

  it('"more than" is strict: exactly the target is not achieved, and at risk rather than on track', () => {
    const p = progressOf(gt, yearly('FDI_USD', { 2018: 80, 2019: 80, 2020: 80 }));
    expect(p).toMatchObject({ status: 'final', asOf: '2020-12', actual: 80, achieved: false, light: 'at_risk' });
    expect(p.reasonEn).toContain('not achieved');
    expect(p.reasonEn).toContain('the Plan asks for more than it');
    expect(p.reasonZh).toContain('规划要求“高于”');
  });

  it('a hair above is achieved and on track; far below is off track', () => {
    expect(progressOf(gt, yearly('FDI_USD', { 2018: 80, 2019: 80, 2020: 80.03 }))).toMatchObject({ achieved: true, light: 'on_track' });
    expect(progressOf(gt, yearly('FDI_USD', { 2018: 60, 2019: 70, 2020: 71 }))).toMatchObject({ achieved: false, light: 'off_track' });
  });

  it('judges a range by its minimum: 3–5 brand companies', () => {
    const range = T({ id: 'T93', indicator: 'TERMINAL_BRANDS', comparator: 'range', periodKind: 'cumulative_new', unit: 'ENTERPRISES', valueMin: 3, valueMax: 5 });
    expect(progressOf(range, yearly('TERMINAL_BRANDS', { 2018: 1, 2019: 1, 2020: 1 }))).toMatchObject({ achieved: true, light: 'on_track', goal: 3 });
    expect(progressOf(range, yearly('TERMINAL_BRANDS', { 2018: 1, 2019: 0, 2020: 1 }))).toMatchObject({ achieved: false });
    expect(progressOf(range, yearly('TERMINAL_BRANDS', { 2018: 3, 2019: 2, 2020: 1 }))).toMatchObject({ achieved: true });
  });

  it('a scorecard of an earlier period judges the target as it stood then', () => {
    const p = progressOf(gt, yearly('FDI_USD', { 2018: 90, 2019: 50, 2020: 50 }), ZONE, monthOf(2018, 12));
    expect(p).toMatchObject({ status: 'running', asOf: '2018-12', actual: 90, light: 'on_track' });
  });
});

describe('trajectories', () => {
  it('a stock runs from its 2017 value to the target at the end of the target year', () => {
    const stock = T({ id: 'T94', indicator: 'FIN_INST_STOCK', comparator: 'eq_reach', periodKind: 'by_end_year', unit: 'INSTITUTIONS', value: 1300 });
    // 700 at the end of 2017; 18 months later the line is at 700 + 600 × 18/36 = 1000.
    const p = progressOf(stock, [...monthly('FIN_INST_STOCK', 'LJ', '2017-12', [700]), ...monthly('FIN_INST_STOCK', 'LJ', '2019-06', [950])]);
    expect(p).toMatchObject({ asOf: '2019-06', actual: 950, light: 'on_track', baseline: { period: '2017-12', value: 700, origin: 'data' }, granularity: 'month' });
    expect(p.expected).toBeCloseTo(1000, 9);
    expect(p.track[0]).toMatchObject({ period: '2017-12', actual: 700, expected: 700 });
    expect(p.track.at(-1)).toMatchObject({ period: '2020-12', expected: 1300 });
  });

  it('a flow by the end year compares the year to date with its share of the year on the line', () => {
    const flow = T({ id: 'T95', indicator: 'CONTAINER_TEU', comparator: 'eq_reach', periodKind: 'by_end_year', unit: 'TEU_10K', value: 70 });
    // 2017: 40 in the year; the line for 2019 is 60, so 30 by June.
    const p = progressOf(flow, [...flat('CONTAINER_TEU', 'GYG', 2017, 2017, 40 / 12), ...monthly('CONTAINER_TEU', 'GYG', '2019-01', [4.75, 4.75, 4.75, 4.75, 4.75, 4.75])]);
    expect(p.expected).toBeCloseTo(30, 9);
    expect(p.actual).toBeCloseTo(28.5, 9);
    expect(p.light).toBe('on_track');
    expect(p.track.find((x) => x.period === '2019')).toMatchObject({ partial: true, actual: 57, expected: 60 });
  });

  it('without a baseline the line starts at the first value, and the reason says so', () => {
    const stock = T({ id: 'T96', indicator: 'AIR_ROUTES', comparator: 'gt', periodKind: 'by_end_year', unit: 'ROUTES', value: 100 });
    const p = progressOf(stock, monthly('AIR_ROUTES', 'LJ', '2018-12', [64]));
    expect(p.baseline).toMatchObject({ period: '2018-12', value: 64, origin: 'first_value' });
    expect(p.light).toBe('on_track');
    expect(p.reasonEn).toContain('the Plan gives no baseline');
  });

  it('lower is better: the ratio turns round', () => {
    const lower = T({ id: 'T97', indicator: 'FDI_USD', comparator: 'gte', periodKind: 'annual_average', unit: 'USD_100M', value: 50, direction: 'lower' });
    expect(progressOf(lower, yearly('FDI_USD', { 2018: 50 })).light).toBe('on_track');
    expect(progressOf(lower, yearly('FDI_USD', { 2018: 60 }))).toMatchObject({ light: 'off_track' });
    expect(compare('ratio', 'lower', 60, 50)).toBeCloseTo(0.833333333, 8);
  });

  it('no data in the Plan period is no_data, with the latest data named', () => {
    const stock = T({ id: 'T98', indicator: 'AIR_ROUTES', comparator: 'gt', periodKind: 'by_end_year', unit: 'ROUTES', value: 100 });
    expect(progressOf(stock, [])).toMatchObject({ light: 'no_data', status: 'no_data', actual: null });
    const onlyBase = progressOf(stock, monthly('AIR_ROUTES', 'LJ', '2017-06', [50]));
    expect(onlyBase).toMatchObject({ light: 'no_data' });
    expect(onlyBase.reasonEn).toContain('2017-06');
  });
});

describe('forecast', () => {
  it('follows the straight line of the series to the end of the target year', () => {
    const stock = T({ id: 'T99', indicator: 'FIN_INST_STOCK', comparator: 'eq_reach', periodKind: 'by_end_year', unit: 'INSTITUTIONS', value: 1300 });
    // +10 a month from 1,000 in January 2018: 1,350 by December 2020.
    const p = progressOf(stock, monthly('FIN_INST_STOCK', 'LJ', '2018-01', Array.from({ length: 18 }, (_, i) => 1000 + 10 * i)));
    expect(p.forecast.method).toBe('linear');
    expect(p.forecast.value).toBeCloseTo(1350, 6);
    expect(p.forecastMeetsTarget).toBe(true);
    expect(p.track.at(-1)!.forecast).toBeCloseTo(1350, 6);
  });

  it('an annual average counts complete years as they are and predicts the rest', () => {
    const gt = T({ id: 'T92', indicator: 'FDI_USD', comparator: 'gt', periodKind: 'annual_average', unit: 'USD_100M', value: 80 });
    // 70 in 2018, 80 in 2019: the line says 90 in 2020, so (70 + 80 + 90) / 3 = 80: not more than 80.
    const p = progressOf(gt, yearly('FDI_USD', { 2018: 70, 2019: 80 }));
    expect(p.forecast.value).toBeCloseTo(80, 9);
    expect(p.forecastMeetsTarget).toBe(false);
  });
});

describe('properties', () => {
  it('the light never improves when the actual falls (levels)', () => {
    const rank = { off_track: 0, at_risk: 1, on_track: 2, no_data: -1, no_target: -1 } as const;
    const added = T({ id: 'T90', indicator: 'TRADE_CNY', comparator: 'add', periodKind: 'cumulative_new', unit: 'CNY_100M', value: 3600 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 0, max: 4000 }), (a, b) => {
        const hi = Math.max(a, b);
        const lo = Math.min(a, b);
        const light = (v: number) => rank[progressOf(added, yearly('TRADE_CNY', { 2018: v }), ZONE, monthOf(2018, 12)).light];
        expect(light(lo)).toBeLessThanOrEqual(light(hi));
      }),
      { numRuns: 60 },
    );
  });

  it('achieves agrees with the comparator', () => {
    const t = T({ id: 'T92', indicator: 'FDI_USD', comparator: 'gt', periodKind: 'annual_average', unit: 'USD_100M', value: 80 });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), (v) => {
        expect(achieves(t, v, 80)).toBe(Math.round(v * 1e6) / 1e6 > 80);
        expect(achieves({ ...t, comparator: 'gte' }, v, 80)).toBe(Math.round(v * 1e6) / 1e6 >= 80);
      }),
    );
  });
});
