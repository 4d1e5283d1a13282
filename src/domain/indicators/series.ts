// An indicator's values period by period at one scope: the months, quarters or years from its first value to its
// last, each rolled up from whatever was entered (evaluate.ts) and marked complete or not.
import type { PeriodKind } from './catalogue.ts';
import { evaluate, firstDataMonth, lastDataMonth, type EvaluationContext } from './evaluate.ts';
import { periodsBetween, type Month } from './periods.ts';

export interface SeriesPoint {
  period: string;
  value: number | null;
  complete: boolean;
  missing: string[];
}

// Guarantees: consecutive periods of the kind covering the indicator's data at the scope (within [from, to] when
// given), each once and in order; empty when there is no data.
export function seriesOf(ctx: EvaluationContext, code: string, scope: string, kind: PeriodKind, bounds: { from?: Month; to?: Month } = {}): SeriesPoint[] {
  const first = firstDataMonth(ctx, code, scope);
  const last = lastDataMonth(ctx, code, scope);
  if (first === null || last === null) return [];
  const from = Math.max(first, bounds.from ?? first);
  const to = Math.min(last, bounds.to ?? last);
  if (from > to) return [];
  return periodsBetween(kind, from, to).map((p) => {
    const e = evaluate(ctx, code, scope, p);
    return { period: p.text, value: e.value === null ? null : Math.round(e.value * 1e6) / 1e6, complete: e.complete, missing: e.missing };
  });
}
