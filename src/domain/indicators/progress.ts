// Progress of one target at one scope, with its traffic light and the reason for it. While the Plan period runs,
// the light compares the actual with the trajectory (trajectory.ts) against the boundaries of the catalogue: a
// level by their ratio, a percentage by the difference in points. Once the end of the target year is reached, the
// target is achieved or not by its comparator (">" is strict: equal is not more), and only an achieved target is on
// track. Every light carries its reason in Chinese and English.
import type { Catalogue, Indicator, Target } from './catalogue.ts';
import type { Evaluation } from './evaluate.ts';
import { formatMonth, monthOf, type Month, type MonthRange } from './periods.ts';
import { measure, shapeOf, type Measurement } from './trajectory.ts';

export type Light = 'on_track' | 'at_risk' | 'off_track' | 'no_data' | 'no_target';

/** A target allocated to an area: multiplied by the area's share, with the reason for the share. */
export interface Allocation {
  share: number;
  basisZh: string;
  basisEn: string;
}

export interface ProgressInput {
  catalogue: Catalogue;
  target: Target;
  indicator: Indicator;
  evaluate: (range: MonthRange) => Evaluation;
  firstMonth: Month | null;
  lastMonth: Month | null;
  /** Judge no later than this month (a scorecard's period); the end of the target year at the latest. */
  until?: Month;
  /** For an area: its part of the zone's target (rates apply as they are: share 1). */
  allocation?: Allocation;
}

export interface Progress extends Omit<Measurement, 'expected'> {
  targetId: string;
  light: Light;
  reasonZh: string;
  reasonEn: string;
  status: 'no_data' | 'running' | 'final';
  asOf: string | null;
  expected: number | null;
  /** The target value allocated to the scope (a range's minimum). */
  goal: number;
  comparison: { method: 'ratio' | 'points'; value: number } | null;
  achieved: boolean | null;
  /** Whether the forecast at the end of the target year would achieve it. */
  forecastMeetsTarget: boolean | null;
}

const LIGHT_ZH: Record<Light, string> = { on_track: '正常', at_risk: '预警', off_track: '滞后', no_data: '无数据', no_target: '无目标' };
const LIGHT_EN: Record<Light, string> = { on_track: 'on track', at_risk: 'at risk', off_track: 'off track', no_data: 'no data', no_target: 'no target' };

// Guarantees: a light with its reason for every input; no_data when nothing is known in the Plan period.
export function evaluateProgress(input: ProgressInput): Progress {
  const { target, indicator, catalogue } = input;
  const share = input.allocation?.share ?? 1;
  const goal = round((target.comparator === 'range' ? target.valueMin! : target.value!) * share);
  const start = monthOf(target.from, 1);
  const end = monthOf(target.targetYear, 12);
  const cap = Math.min(input.until ?? end, end);
  const asOf = input.lastMonth === null ? null : Math.min(input.lastMonth, cap);
  if (asOf === null || asOf < start) {
    const through = input.lastMonth === null ? '' : `（最新数据 ${formatMonth(input.lastMonth)}）`;
    return empty(input, goal, 'no_data', `规划期内尚无审核通过的数据${through}`, `no approved value in the Plan period yet${input.lastMonth === null ? '' : ` (latest data ${formatMonth(input.lastMonth)})`}`);
  }
  const m = measure({
    target, indicator, baselineYear: catalogue.plan.baselineYear, evaluate: input.evaluate, firstMonth: input.firstMonth, asOf, goal,
    planBaseline: target.baseline === null ? null : target.baseline * share,
  });
  if (m.actual === null) return { ...empty(input, goal, 'no_data', `截至 ${formatMonth(asOf)} 无可用数值`, `no usable value by ${formatMonth(asOf)}`), ...m, expected: m.expected, asOf: formatMonth(asOf) };
  const method = indicator.unit === 'PERCENT' ? 'points' : 'ratio';
  const comparison = { method, value: compare(method, target.direction, m.actual, m.expected) } as const;
  const bounds = catalogue.lights[method];
  const final = asOf === end;
  const achieved = final ? achieves(target, m.actual, goal, share) : null;
  const light: Light = final
    ? achieved
      ? 'on_track'
      : comparison.value >= bounds.atRiskFrom
        ? 'at_risk'
        : 'off_track'
    : comparison.value >= bounds.onTrackFrom
      ? 'on_track'
      : comparison.value >= bounds.atRiskFrom
        ? 'at_risk'
        : 'off_track';
  const forecastMeetsTarget = m.forecast.value === null ? null : achieves(target, m.forecast.value, goal, share);
  const text = reasonText({ input, m, asOf, final, achieved, light, goal, comparison });
  return { ...m, targetId: target.id, light, ...text, status: final ? 'final' : 'running', asOf: formatMonth(asOf), goal, comparison, achieved, forecastMeetsTarget };
}

function empty(input: ProgressInput, goal: number, light: Light, zh: string, en: string): Progress {
  return {
    targetId: input.target.id, light, reasonZh: zh, reasonEn: en, status: 'no_data', asOf: null, actual: null, expected: null, goal, comparison: null,
    achieved: null, forecastMeetsTarget: null, complete: false, missing: [], baseline: null, granularity: 'year', track: [], forecast: { value: null, method: 'none', points: 0 },
  };
}

/** A light for an area the target cannot be allocated to (the Plan gives no per-area split). */
export function noTarget(target: Target, goal: number, zh: string, en: string): Progress {
  return {
    targetId: target.id, light: 'no_target', reasonZh: zh, reasonEn: en, status: 'no_data', asOf: null, actual: null, expected: null, goal, comparison: null,
    achieved: null, forecastMeetsTarget: null, complete: false, missing: [], baseline: null, granularity: 'year', track: [], forecast: { value: null, method: 'none', points: 0 },
  };
}

// Guarantees: ratio actual ÷ expected (expected ÷ actual when lower is better), or the difference in points; rounded
// to nine decimals so a boundary value compares as written.
export function compare(method: 'ratio' | 'points', direction: 'higher' | 'lower', actual: number, expected: number): number {
  let value: number;
  if (method === 'points') value = direction === 'higher' ? actual - expected : expected - actual;
  else if (direction === 'higher') value = expected > 0 ? actual / expected : actual >= expected ? 1 : 0;
  else value = actual > 0 ? expected / actual : 1;
  return Math.round(value * 1e9) / 1e9;
}

// Guarantees: the comparator of the Plan applied to a value: gt strictly more (less when lower is better), range at
// least its minimum, every other at least the value.
export function achieves(target: Target, value: number, goal: number, share = 1): boolean {
  const v = round(value);
  const higher = target.direction === 'higher';
  if (target.comparator === 'gt') return higher ? v > goal : v < goal;
  if (target.comparator === 'range') return higher ? v >= round(target.valueMin! * share) : v <= round(target.valueMax! * share);
  return higher ? v >= goal : v <= goal;
}

const COMPARATOR_ZH: Record<Target['comparator'], string> = { gt: '高于', gte: '不低于', eq_reach: '达到', maintain: '保持', add: '新增', range: '新增' };
const COMPARATOR_EN: Record<Target['comparator'], string> = { gt: 'more than', gte: 'at least', eq_reach: 'reach', maintain: 'maintain', add: 'add', range: 'add' };

function reasonText(p: {
  input: ProgressInput;
  m: Measurement;
  asOf: Month;
  final: boolean;
  achieved: boolean | null;
  light: Light;
  goal: number;
  comparison: { method: 'ratio' | 'points'; value: number };
}): { reasonZh: string; reasonEn: string } {
  const { input, m, asOf, light, goal, comparison } = p;
  const t = input.target;
  const unit = input.catalogue.units.find((u) => u.code === input.indicator.unit)!;
  const goalText = t.comparator === 'range' ? `${fmt(goal)}–${fmt(t.valueMax! * (input.allocation?.share ?? 1))}` : fmt(goal);
  const cmpZh = comparison.method === 'ratio' ? `实绩为轨迹值的 ${fmt(comparison.value * 100)}%` : `较轨迹值${comparison.value >= 0 ? '高' : '低'} ${fmt(Math.abs(comparison.value))} 个百分点`;
  const cmpEn = comparison.method === 'ratio' ? `the actual is ${fmt(comparison.value * 100)}% of the trajectory` : `${fmt(Math.abs(comparison.value))} points ${comparison.value >= 0 ? 'above' : 'below'} the trajectory`;
  const zh: string[] = [];
  const en: string[] = [];
  const what = measured(t, input.indicator, asOf);
  if (p.final) {
    zh.push(`${t.targetYear} 年末：${what.zh}实绩 ${fmt(m.actual!)}${unit.zh}，目标${COMPARATOR_ZH[t.comparator]} ${goalText}${unit.zh}，${p.achieved ? '已达成' : '未达成'}（${cmpZh}）`);
    en.push(`end of ${t.targetYear}: actual ${what.en}${fmt(m.actual!)} ${unit.en}, target ${COMPARATOR_EN[t.comparator]} ${goalText} ${unit.en}: ${p.achieved ? 'achieved' : 'not achieved'} (${cmpEn})`);
    if (!p.achieved && t.comparator === 'gt' && round(m.actual!) === goal) {
      zh.push('实绩等于目标值，但规划要求“高于”');
      en.push('the actual equals the target, but the Plan asks for more than it');
    }
  } else {
    zh.push(`截至 ${formatMonth(asOf)}：${what.zh}实绩 ${fmt(m.actual!)}${unit.zh}，按轨迹应为 ${fmt(m.expected)}${unit.zh}，${cmpZh}`);
    en.push(`as of ${formatMonth(asOf)}: actual ${what.en}${fmt(m.actual!)} ${unit.en}, the trajectory ${fmt(m.expected)} ${unit.en}; ${cmpEn}`);
  }
  const bounds = input.catalogue.lights[comparison.method];
  const unitOfBound = comparison.method === 'ratio' ? (b: number) => `${fmt(b * 100)}%` : (b: number) => `${fmt(b)} 个百分点`;
  zh.push(`${LIGHT_ZH[light]}（正常 ≥ ${unitOfBound(bounds.onTrackFrom)}，预警 ≥ ${unitOfBound(bounds.atRiskFrom)}）`);
  en.push(`${LIGHT_EN[light]} (on track from ${comparison.method === 'ratio' ? `${fmt(bounds.onTrackFrom * 100)}%` : `${fmt(bounds.onTrackFrom)} points`}, at risk from ${comparison.method === 'ratio' ? `${fmt(bounds.atRiskFrom * 100)}%` : `${fmt(bounds.atRiskFrom)} points`})`);
  if (m.baseline?.origin === 'first_value') {
    zh.push(`规划未给出基数，轨迹自首个数值（${m.baseline.period}）起算`);
    en.push(`the Plan gives no baseline: the trajectory starts at the first value (${m.baseline.period})`);
  }
  if (input.allocation) {
    zh.push(input.allocation.basisZh);
    en.push(input.allocation.basisEn);
  }
  if (!m.complete) {
    zh.push(`数据不完整，缺 ${m.missing.slice(0, 3).join('、')}${m.missing.length > 3 ? ' 等' : ''}`);
    en.push(`incomplete data: missing ${m.missing.slice(0, 3).join(', ')}${m.missing.length > 3 ? ' and more' : ''}`);
  }
  if (input.lastMonth !== null && input.lastMonth < monthOf(t.targetYear, 12) && !p.final && asOf === input.lastMonth) {
    zh.push(`最新数据至 ${formatMonth(input.lastMonth)}`);
    en.push(`latest data ${formatMonth(input.lastMonth)}`);
  }
  return { reasonZh: `${zh.join('；')}。`, reasonEn: `${en.join('; ')}.` };
}

/** What the actual is: an average of years, a sum since the period began, a year to date, or the latest stock. */
function measured(t: Target, indicator: Indicator, asOf: Month): { zh: string; en: string } {
  const year = Math.floor(asOf / 12);
  const month = (asOf % 12) + 1;
  if (t.periodKind === 'annual_average') return { zh: `${t.from}–${year} 年均`, en: `(average ${t.from}–${year}) ` };
  if (shapeOf(t, indicator) === 'cumulative') return { zh: `${t.from} 年以来累计新增`, en: `(added since ${t.from}) ` };
  if (indicator.measure === 'stock') return { zh: '', en: '' };
  return month === 12 ? { zh: `${year} 年`, en: `(${year}) ` } : { zh: `${year} 年 1–${month} 月`, en: `(${year} January–${formatMonth(asOf).slice(5)}) ` };
}

function fmt(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
