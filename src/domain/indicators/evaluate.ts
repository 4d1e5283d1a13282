// The value of any indicator for a scope (an area, or CQFTZ for the zone) over a range of months. Raw values are
// rolled up by the indicator's measure: a flow is summed, a stock is its value at the end of the range, an entered
// rate is averaged by months. A value entered for a whole year or quarter covers its months, so an area may report
// monthly, quarterly or yearly. The zone's value of an area indicator is the sum across the areas that report it.
// Derived indicators apply their formula to their operands over the same months and scope; computed indicators are
// zimao's own monthly counts, where a month without a record is zero.
import { findIndicator, type Catalogue, type Indicator } from './catalogue.ts';
import { formatMonth, monthNumber, monthOf, shiftYears, yearOfMonth, yearRange, type Month, type MonthRange } from './periods.ts';
import { ZONE, type ValueStore } from './value-store.ts';

export interface Evaluation {
  value: number | null;
  /** Every month of the range is covered (for the zone: by every area that reports the indicator). */
  complete: boolean;
  /** What is missing, as `scope YYYY-MM`, at most MAX_MISSING listed. */
  missing: string[];
  /** The indicator is not kept at this scope (a figure entered for the zone only, asked for an area). */
  unavailable?: true;
}

export interface EvaluationContext {
  catalogue: Catalogue;
  store: ValueStore;
  /** The running month: computed indicators are complete up to the month before it. */
  currentMonth: Month;
}

export const MAX_MISSING = 24;
const UNAVAILABLE: Evaluation = { value: null, complete: false, missing: [], unavailable: true };

// Guarantees: the indicator's value over the range at the scope; unknown indicators and zone-only figures asked for
// an area are `unavailable`; a value is null when nothing covers the range.
export function evaluate(ctx: EvaluationContext, code: string, scope: string, range: MonthRange): Evaluation {
  const indicator = findIndicator(ctx.catalogue, code);
  if (!indicator) return UNAVAILABLE;
  switch (indicator.kind) {
    case 'raw':
      if (indicator.entry === 'zone') return scope === ZONE ? entered(ctx.store, indicator, scope, range) : UNAVAILABLE;
      return scope === ZONE ? acrossAreas(ctx, indicator, range) : entered(ctx.store, indicator, scope, range);
    case 'computed':
      return scope === ZONE ? acrossAreas(ctx, indicator, range) : computed(ctx, indicator, scope, range);
    case 'derived':
      return derived(ctx, indicator, scope, range);
  }
}

function derived(ctx: EvaluationContext, indicator: Extract<Indicator, { kind: 'derived' }>, scope: string, range: MonthRange): Evaluation {
  const f = indicator.formula;
  if (f.op === 'growth') {
    const now = evaluate(ctx, f.of, scope, range);
    const before = evaluate(ctx, f.of, scope, shiftYears(range, -1));
    if (now.unavailable || before.unavailable) return UNAVAILABLE;
    const value = now.value !== null && before.value !== null && before.value !== 0 ? (now.value / before.value - 1) * 100 : null;
    return combine(value, [now, before]);
  }
  if (f.op === 'share') {
    const num = evaluate(ctx, f.numerator, scope, range);
    const den = evaluate(ctx, f.denominator, scope, range);
    if (num.unavailable || den.unavailable) return UNAVAILABLE;
    const value = num.value !== null && den.value !== null && den.value !== 0 ? (num.value / den.value) * 100 : null;
    return combine(value, [num, den]);
  }
  const parts = f.of.map((o) => evaluate(ctx, o, scope, range)).filter((e) => !e.unavailable);
  if (parts.length === 0) return UNAVAILABLE;
  const known = parts.filter((p) => p.value !== null);
  return combine(known.length === 0 ? null : known.reduce((s, p) => s + p.value!, 0), parts);
}

function combine(value: number | null, parts: Evaluation[]): Evaluation {
  return {
    value,
    complete: value !== null && parts.every((p) => p.complete),
    missing: parts.flatMap((p) => p.missing).slice(0, MAX_MISSING),
  };
}

/** The zone's value: the sum across the areas that report the indicator (zimao's own data: every area). */
function acrossAreas(ctx: EvaluationContext, indicator: Indicator, range: MonthRange): Evaluation {
  const reporting = indicator.kind === 'computed' ? ctx.catalogue.areas : ctx.catalogue.areas.filter((a) => ctx.store.scopesOf(indicator.code).includes(a));
  const parts = reporting.map((area) => evaluate(ctx, indicator.code, area, range));
  const known = parts.filter((p) => p.value !== null);
  if (known.length === 0) return { value: null, complete: false, missing: parts.flatMap((p) => p.missing).slice(0, MAX_MISSING) };
  return combine(known.reduce((s, p) => s + p.value!, 0), parts);
}

/** zimao's own counts: a month without a record is zero; complete up to the month before the running one. */
function computed(ctx: EvaluationContext, indicator: Indicator, scope: string, range: MonthRange): Evaluation {
  let sum = 0;
  for (let m = range.from; m <= range.to; m++) sum += ctx.store.get(indicator.code, scope, formatMonth(m)) ?? 0;
  const missing = range.to >= ctx.currentMonth ? [`${scope} ${formatMonth(ctx.currentMonth)}`] : [];
  return { value: sum, complete: missing.length === 0, missing };
}

interface Piece {
  value: number;
  months: number;
}

/** An entered indicator at one scope, rolled up by its measure. */
function entered(store: ValueStore, indicator: Indicator, scope: string, range: MonthRange): Evaluation {
  if (indicator.measure === 'stock') return stockAt(store, indicator.code, scope, range);
  const pieces: Piece[] = [];
  const missing: string[] = [];
  for (let year = yearOfMonth(range.from); year <= yearOfMonth(range.to); year++) {
    const whole = yearRange(year);
    const yearValue = covers(range, whole) ? store.get(indicator.code, scope, String(year)) : undefined;
    if (yearValue !== undefined) {
      pieces.push({ value: yearValue, months: 12 });
      continue;
    }
    for (let q = 1; q <= 4; q++) {
      const quarter = { from: monthOf(year, q * 3 - 2), to: monthOf(year, q * 3) };
      if (quarter.to < range.from || quarter.from > range.to) continue;
      const quarterValue = covers(range, quarter) ? store.get(indicator.code, scope, `${year}-Q${q}`) : undefined;
      if (quarterValue !== undefined) {
        pieces.push({ value: quarterValue, months: 3 });
        continue;
      }
      for (let m = Math.max(quarter.from, range.from); m <= Math.min(quarter.to, range.to); m++) {
        const v = store.get(indicator.code, scope, formatMonth(m));
        if (v === undefined) missing.push(`${scope} ${formatMonth(m)}`);
        else pieces.push({ value: v, months: 1 });
      }
    }
  }
  if (pieces.length === 0) return { value: null, complete: false, missing: missing.slice(0, MAX_MISSING) };
  const value =
    indicator.measure === 'flow'
      ? pieces.reduce((s, p) => s + p.value, 0)
      : pieces.reduce((s, p) => s + p.value * p.months, 0) / pieces.reduce((s, p) => s + p.months, 0);
  return { value, complete: missing.length === 0, missing: missing.slice(0, MAX_MISSING) };
}

const covers = (range: MonthRange, inner: MonthRange) => range.from <= inner.from && range.to >= inner.to;

/** A stock at the end of the range; if that is not known, the latest value inside the range, marked incomplete. */
function stockAt(store: ValueStore, code: string, scope: string, range: MonthRange): Evaluation {
  for (let m = range.to; m >= range.from; m--) {
    const v = valueAtMonthEnd(store, code, scope, m);
    if (v === undefined) continue;
    const complete = m === range.to;
    return { value: v, complete, missing: complete ? [] : [`${scope} ${formatMonth(range.to)}`] };
  }
  return { value: null, complete: false, missing: [`${scope} ${formatMonth(range.to)}`] };
}

/** A stock known at the end of a month: the month's value, else the quarter's or year's that ends with it. */
function valueAtMonthEnd(store: ValueStore, code: string, scope: string, m: Month): number | undefined {
  const month = monthNumber(m);
  const year = yearOfMonth(m);
  return (
    store.get(code, scope, formatMonth(m)) ??
    (month % 3 === 0 ? store.get(code, scope, `${year}-Q${month / 3}`) : undefined) ??
    (month === 12 ? store.get(code, scope, String(year)) : undefined)
  );
}

// Guarantees: the last month the indicator has data at the scope (for a derived one, the last its formula can use),
// or null.
export function lastDataMonth(ctx: EvaluationContext, code: string, scope: string): Month | null {
  return dataSpan(ctx, code, scope, 'last');
}

// Guarantees: the first month the indicator has data at the scope, or null.
export function firstDataMonth(ctx: EvaluationContext, code: string, scope: string): Month | null {
  return dataSpan(ctx, code, scope, 'first');
}

function dataSpan(ctx: EvaluationContext, code: string, scope: string, end: 'first' | 'last'): Month | null {
  const indicator = findIndicator(ctx.catalogue, code);
  if (!indicator) return null;
  const pick = (xs: (Month | null)[], how: 'min' | 'max') => {
    const known = xs.filter((x): x is Month => x !== null);
    if (known.length === 0) return null;
    return how === 'min' ? Math.min(...known) : Math.max(...known);
  };
  const own = (s: string) => (end === 'last' ? ctx.store.lastMonth(code, s) : ctx.store.firstMonth(code, s));
  switch (indicator.kind) {
    case 'computed':
      // The register and the files are complete from the start: every month is known, zero or not.
      return end === 'last' ? ctx.currentMonth - 1 : monthOfEntryFrom(ctx);
    case 'raw':
      if (indicator.entry === 'zone') return scope === ZONE ? own(ZONE) : null;
      return scope === ZONE ? pick(ctx.catalogue.areas.map(own), end === 'last' ? 'max' : 'min') : own(scope);
    case 'derived': {
      const f = indicator.formula;
      if (f.op === 'growth') {
        const m = dataSpan(ctx, f.of, scope, end);
        return m === null ? null : end === 'first' ? m + 12 : m;
      }
      const spans = (f.op === 'share' ? [f.numerator, f.denominator] : f.of).map((o) => dataSpan(ctx, o, scope, end));
      if (f.op === 'share') return spans.some((s) => s === null) ? null : pick(spans, end === 'last' ? 'min' : 'max');
      return pick(spans, end === 'last' ? 'max' : 'min');
    }
  }
}

function monthOfEntryFrom(ctx: EvaluationContext): Month {
  const [y, m] = ctx.catalogue.plan.entryFrom.split('-').map(Number);
  return monthOf(y!, m!);
}
