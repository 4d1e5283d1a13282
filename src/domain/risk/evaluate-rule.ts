// Does a rule fire on a series? Pure: the series is the approved values of one indicator for one scope, oldest first,
// each period named as the indicators domain names it (2019-03, 2019-Q1, 2019). The answer says why, in both
// languages, with the values it compared, so an alert carries its own reason.
import type { RiskRule } from './risk-rule.ts';

export interface SeriesPoint {
  readonly period: string;
  readonly value: number;
}

export interface RiskFinding {
  readonly period: string;
  readonly observed: number;
  readonly compared: number | null;
  readonly zh: string;
  readonly en: string;
}

/** The same period one year before: 2019-03 → 2018-03, 2019-Q1 → 2018-Q1, 2019 → 2018. */
export function samePeriodLastYear(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

const round = (x: number) => Math.round(x * 100) / 100;
const SYMBOL = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

/** The finding on the latest period of the series, or null when the rule does not fire there. */
export function evaluateRule(rule: RiskRule, series: readonly SeriesPoint[]): RiskFinding | null {
  const latest = series.at(-1);
  if (!latest) return null;
  const c = rule.condition;
  switch (c.kind) {
    case 'threshold': {
      const fires = { lt: latest.value < c.value, lte: latest.value <= c.value, gt: latest.value > c.value, gte: latest.value >= c.value }[c.comparator];
      if (!fires) return null;
      return { period: latest.period, observed: latest.value, compared: c.value, zh: `${latest.period}为${latest.value}，${SYMBOL[c.comparator]}预警值${c.value}`, en: `${latest.period}: ${latest.value} ${SYMBOL[c.comparator]} the threshold ${c.value}` };
    }
    case 'yoy-fall': {
      const before = series.find((p) => p.period === samePeriodLastYear(latest.period));
      if (!before || before.value <= 0) return null; // no base to fall from
      const fall = ((before.value - latest.value) / before.value) * 100;
      if (fall < c.percent) return null;
      return {
        period: latest.period,
        observed: latest.value,
        compared: before.value,
        zh: `${latest.period}为${latest.value}，较上年同期${before.value}下降${round(fall)}%（预警线${c.percent}%）`,
        en: `${latest.period}: ${latest.value}, down ${round(fall)}% from ${before.value} a year before (warning at ${c.percent}%)`,
      };
    }
    case 'consecutive-decline': {
      const tail = series.slice(-(c.periods + 1));
      if (tail.length < c.periods + 1) return null;
      for (let i = 1; i < tail.length; i++) if (!(tail[i]!.value < tail[i - 1]!.value)) return null;
      return {
        period: latest.period,
        observed: latest.value,
        compared: tail[0]!.value,
        zh: `连续${c.periods}期下降：${tail.map((p) => `${p.period} ${p.value}`).join(' → ')}`,
        en: `Fell ${c.periods} periods running: ${tail.map((p) => `${p.period} ${p.value}`).join(' → ')}`,
      };
    }
  }
}
