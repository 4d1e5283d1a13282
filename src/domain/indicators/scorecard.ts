// The scorecard of areas × indicators for one period: each cell the indicator's value at the scope over the
// period's months, and the light of the indicator's first target judged at the end of the period (assess.ts).
import type { Catalogue } from './catalogue.ts';
import { targetsOf } from './catalogue.ts';
import { evaluate, type EvaluationContext } from './evaluate.ts';
import type { Period } from './periods.ts';
import type { Light } from './progress.ts';
import { assessTarget } from './assess.ts';

export interface ScorecardCell {
  scope: string;
  value: number | null;
  complete: boolean;
  /** The indicator is not kept at this scope. */
  unavailable: boolean;
  light: Light;
  reasonZh: string;
  reasonEn: string;
}

export interface ScorecardRow {
  indicatorCode: string;
  targetId: string | null;
  cells: ScorecardCell[];
}

// Guarantees: one row per indicator of the catalogue (in its order), one cell per scope (in the order given).
export function buildScorecard(ctx: EvaluationContext, period: Period, scopes: readonly string[]): ScorecardRow[] {
  return ctx.catalogue.indicators.map((indicator) => {
    const target = targetsOf(ctx.catalogue, indicator.code)[0] ?? null;
    const cells = scopes.map((scope): ScorecardCell => {
      const e = evaluate(ctx, indicator.code, scope, period);
      const value = e.value === null ? null : Math.round(e.value * 1e6) / 1e6;
      if (!target) {
        return { scope, value, complete: e.complete, unavailable: e.unavailable === true, light: 'no_target', reasonZh: '规划未对该指标设定目标', reasonEn: 'the Plan sets no target on this indicator' };
      }
      const progress = assessTarget(ctx, target, scope, period.to);
      return { scope, value, complete: e.complete, unavailable: e.unavailable === true, light: progress.light, reasonZh: progress.reasonZh, reasonEn: progress.reasonEn };
    });
    return { indicatorCode: indicator.code, targetId: target?.id ?? null, cells };
  });
}

/** The scopes of a scorecard: the areas, then the whole zone. */
export function scorecardScopes(catalogue: Catalogue, zone: string): string[] {
  return [...catalogue.areas, zone];
}
