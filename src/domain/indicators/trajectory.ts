// What a target is measured on and where the trajectory says it should be: for an addition over the Plan period
// (cumulative_new) the sum since the period began against a straight line from zero; for a stock by the end year
// the value at the month against a line from the baseline (the 2017 value, or the first value when the Plan gives
// none) to the target at the end of the target year; for a flow or rate by the end year the year-to-date value
// against the year's point on the line of annual values (a flow's in proportion to the months gone); for an annual
// average the mean of the years so far (the running year's flow annualised) against the target itself. A straight
// line through the same points gives the forecast at the end of the target year.
import type { Indicator, Target } from './catalogue.ts';
import type { Evaluation } from './evaluate.ts';
import { fitLine, valueAt, type Point } from './forecast.ts';
import { formatMonth, monthOf, monthsIn, yearOfMonth, type Month, type MonthRange } from './periods.ts';

export interface TrackPoint {
  period: string;
  actual: number | null;
  expected: number | null;
  forecast: number | null;
  /** The running year: a flow annualised, a rate year to date. */
  partial: boolean;
}

export interface Baseline {
  period: string;
  value: number;
  /** plan: stated by the Plan; data: the approved value of the baseline year; first_value: the first value in the period (the Plan gives none). */
  origin: 'plan' | 'data' | 'first_value';
}

export interface Measurement {
  actual: number | null;
  expected: number;
  complete: boolean;
  missing: string[];
  baseline: Baseline | null;
  granularity: 'month' | 'year';
  track: TrackPoint[];
  forecast: { value: number | null; method: 'linear' | 'actual' | 'none'; points: number };
}

export interface MeasureInput {
  target: Target;
  indicator: Indicator;
  baselineYear: number;
  evaluate: (range: MonthRange) => Evaluation;
  firstMonth: Month | null;
  asOf: Month;
  /** The target value (its minimum for a range), already allocated to the scope. */
  goal: number;
  /** The Plan's stated baseline allocated to the scope, or null. */
  planBaseline: number | null;
}

type Shape = 'cumulative' | 'stock' | 'annual';

export function shapeOf(target: Target, indicator: Indicator): Shape {
  if (target.periodKind === 'cumulative_new') return 'cumulative';
  if (target.periodKind === 'by_end_year' && indicator.measure === 'stock') return 'stock';
  return 'annual';
}

// Guarantees: the actual and expected values at asOf, a track from the baseline (or the period's start) to the end
// of the target year, and a forecast at that end (the actual value once it is reached).
export function measure(input: MeasureInput): Measurement {
  const shape = shapeOf(input.target, input.indicator);
  if (shape === 'annual') return measureAnnual(input);
  return measureMonthly(input, shape);
}

function measureMonthly(input: MeasureInput, shape: 'cumulative' | 'stock'): Measurement {
  const { target, evaluate, asOf, goal } = input;
  const start = monthOf(target.from, 1);
  const end = monthOf(target.targetYear, 12);
  const at = (t: Month): Evaluation => (shape === 'cumulative' ? evaluate({ from: start, to: t }) : evaluate({ from: t, to: t }));
  let baseline: Baseline | null = null;
  let line: (t: Month) => number;
  if (shape === 'cumulative') {
    line = (t) => (goal * (t - start + 1)) / (end - start + 1);
  } else {
    baseline = stockBaseline(input, end);
    const b = baseline;
    const tb = b ? monthOfPeriod(b.period) : end;
    line = (t) => (b ? b.value + ((goal - b.value) * (t - tb)) / (end - tb) : goal);
  }
  // A stock's actual is the latest value known by asOf; an addition's is the sum since the period began.
  const now = shape === 'cumulative' ? at(asOf) : evaluate({ from: Math.min(input.firstMonth ?? asOf, asOf), to: asOf });
  const first = baseline ? monthOfPeriod(baseline.period) : start;
  const points: Point[] = [];
  const track: TrackPoint[] = [];
  for (let t = first; t <= end; t++) {
    const actual = t <= asOf ? at(t).value : null;
    if (actual !== null) points.push({ x: t, y: actual });
    track.push({ period: formatMonth(t), actual, expected: t < start && shape === 'cumulative' ? null : round(line(t)), forecast: null, partial: false });
  }
  const fitted = fitLine(points);
  for (const p of track) if (fitted && monthOfPeriod(p.period) >= asOf) p.forecast = round(valueAt(fitted, monthOfPeriod(p.period)));
  const reached = asOf === end;
  return {
    actual: now.value,
    expected: line(asOf),
    complete: now.complete,
    missing: now.missing,
    baseline,
    granularity: 'month',
    track,
    forecast: reached ? { value: now.value, method: 'actual', points: points.length } : fitted ? { value: valueAt(fitted, end), method: 'linear', points: fitted.points } : { value: null, method: 'none', points: 0 },
  };
}

function stockBaseline(input: MeasureInput, end: Month): Baseline | null {
  const b0 = monthOf(input.baselineYear, 12);
  if (input.planBaseline !== null) return { period: formatMonth(b0), value: input.planBaseline, origin: 'plan' };
  const atBase = input.evaluate({ from: b0, to: b0 });
  if (atBase.value !== null && atBase.complete) return { period: formatMonth(b0), value: atBase.value, origin: 'data' };
  const f = input.firstMonth;
  if (f === null || f >= end) return null;
  const first = input.evaluate({ from: f, to: f });
  return first.value === null ? null : { period: formatMonth(f), value: first.value, origin: 'first_value' };
}

interface Annual {
  year: number;
  /** The year's value: a flow annualised and a rate year to date in the running year. */
  value: number | null;
  ytd: Evaluation;
  months: number;
}

function annual(input: MeasureInput, year: number): Annual {
  const range = { from: monthOf(year, 1), to: Math.min(monthOf(year, 12), input.asOf) };
  const ytd = input.evaluate(range);
  const months = monthsIn(range);
  const flow = input.indicator.measure === 'flow';
  const value = ytd.value === null ? null : flow && months < 12 ? (ytd.value * 12) / months : ytd.value;
  return { year, value, ytd, months };
}

function measureAnnual(input: MeasureInput): Measurement {
  const { target, goal, asOf } = input;
  const year = yearOfMonth(asOf);
  const byEndYear = target.periodKind === 'by_end_year';
  const flow = input.indicator.measure === 'flow';
  const baseline = byEndYear ? annualBaseline(input) : null;
  const yb = baseline ? Number(baseline.period) : target.targetYear;
  const line = (y: number) => (baseline && yb < target.targetYear ? baseline.value + ((goal - baseline.value) * (y - yb)) / (target.targetYear - yb) : goal);
  const firstYear = Math.min(baseline ? yb : target.from, input.baselineYear);
  const years: Annual[] = [];
  for (let y = firstYear; y <= target.targetYear; y++) years.push(y <= year ? annual(input, y) : { year: y, value: null, ytd: { value: null, complete: false, missing: [] }, months: 0 });
  const current = years.find((a) => a.year === year)!;
  const inPeriod = years.filter((a) => a.year >= target.from && a.year <= year && a.value !== null);
  let actual: number | null;
  let expected: number;
  let complete: boolean;
  let missing: string[];
  if (byEndYear) {
    actual = current.ytd.value;
    expected = flow ? (line(year) * current.months) / 12 : line(year);
    ({ complete, missing } = current.ytd);
  } else {
    actual = inPeriod.length === 0 ? null : inPeriod.reduce((s, a) => s + a.value!, 0) / inPeriod.length;
    expected = goal;
    const counted = years.filter((a) => a.year >= target.from && a.year <= year);
    complete = counted.every((a) => a.ytd.complete);
    missing = counted.flatMap((a) => a.ytd.missing).slice(0, 24);
  }
  const points: Point[] = years.filter((a) => a.value !== null).map((a) => ({ x: a.year, y: a.value! }));
  const fitted = fitLine(points);
  const predict = (y: number) => (fitted ? valueAt(fitted, y) : null);
  const track: TrackPoint[] = years.map((a) => ({
    period: String(a.year),
    actual: a.value === null ? null : round(a.value),
    expected: byEndYear ? (a.year >= yb ? round(line(a.year)) : null) : a.year >= target.from ? round(goal) : null,
    forecast: a.year >= year && fitted ? round(predict(a.year)!) : null,
    partial: a.year === year && a.months < 12,
  }));
  const reached = asOf === monthOf(target.targetYear, 12);
  let forecast: Measurement['forecast'];
  if (reached) forecast = { value: actual, method: 'actual', points: points.length };
  else if (!fitted) forecast = { value: null, method: 'none', points: 0 };
  else if (byEndYear) forecast = { value: predict(target.targetYear), method: 'linear', points: fitted.points };
  else {
    // The years already complete count as they are; the running year and those after it as the line says.
    const all = years.filter((a) => a.year >= target.from).map((a) => (a.year < year || (a.year === year && a.months === 12) ? a.value : predict(a.year))).filter((v): v is number => v !== null);
    forecast = { value: all.reduce((s, v) => s + v, 0) / all.length, method: 'linear', points: fitted.points };
  }
  return { actual, expected, complete, missing, baseline, granularity: 'year', track, forecast };
}

function annualBaseline(input: MeasureInput): Baseline | null {
  const { target } = input;
  if (input.planBaseline !== null) return { period: String(input.baselineYear), value: input.planBaseline, origin: 'plan' };
  for (let y = input.baselineYear; y < target.targetYear; y++) {
    if (monthOf(y, 12) > input.asOf) break;
    const whole = input.evaluate({ from: monthOf(y, 1), to: monthOf(y, 12) });
    if (whole.value !== null && whole.complete) return { period: String(y), value: whole.value, origin: y === input.baselineYear ? 'data' : 'first_value' };
  }
  return null;
}

function monthOfPeriod(text: string): Month {
  return monthOf(Number(text.slice(0, 4)), Number(text.slice(5, 7)));
}

/** Shown values: six decimals at most, so a chart shows no float noise. */
function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
