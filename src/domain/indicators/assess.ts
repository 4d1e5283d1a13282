// A target judged at a scope: the zone against the Plan's target, an area against its part of it. The Plan gives no
// per-area split of any target (plan-targets.md §1.1), so an area's part is derived in the open: a rate target
// (growth, share) applies to each area as it stands; a level target (a flow or a stock by the end year, an annual
// average) is shared by the area's part of the zone in the baseline year; an addition over the period has no such
// basis and is not allocated (no_target).
import { findIndicator, type Target } from './catalogue.ts';
import { evaluate, firstDataMonth, lastDataMonth, type EvaluationContext } from './evaluate.ts';
import { monthOf, yearRange, type Month } from './periods.ts';
import { evaluateProgress, noTarget, type Allocation, type Progress } from './progress.ts';
import { shapeOf } from './trajectory.ts';
import { ZONE } from './value-store.ts';

// Guarantees: the area's part of a target with its basis, or null when none can be given.
export function allocationFor(ctx: EvaluationContext, target: Target, area: string): Allocation | null {
  const indicator = findIndicator(ctx.catalogue, target.indicator);
  if (!indicator) return null;
  if (indicator.measure === 'rate') {
    return { share: 1, basisZh: '比率目标同样适用于各片区', basisEn: 'a rate target applies to each area as it stands' };
  }
  if (shapeOf(target, indicator) === 'cumulative') return null;
  const y = ctx.catalogue.plan.baselineYear;
  const range = indicator.measure === 'stock' ? { from: monthOf(y, 12), to: monthOf(y, 12) } : yearRange(y);
  const zone = evaluate(ctx, indicator.code, ZONE, range);
  const own = evaluate(ctx, indicator.code, area, range);
  if (!zone.complete || !own.complete || zone.value === null || own.value === null || zone.value <= 0) return null;
  const share = own.value / zone.value;
  const pct = Math.round(share * 1000) / 10;
  return {
    share,
    basisZh: `规划未将目标分解到片区：按 ${y} 年该片区占全区 ${pct}% 的比重分解`,
    basisEn: `the Plan does not split the target by area: shared by the area's ${pct}% of the zone in ${y}`,
  };
}

// Guarantees: the target's progress at the scope (ZONE or an area), judged no later than `until`; an area whose part
// cannot be derived gets no_target with the reason.
export function assessTarget(ctx: EvaluationContext, target: Target, scope: string, until?: Month): Progress {
  const indicator = findIndicator(ctx.catalogue, target.indicator)!;
  let allocation: Allocation | undefined;
  const goal = target.comparator === 'range' ? target.valueMin! : target.value!;
  if (scope !== ZONE && evaluate(ctx, indicator.code, scope, yearRange(target.targetYear)).unavailable) {
    return noTarget(target, goal, `${indicator.code} 只有全区口径`, `${indicator.code} is kept for the whole zone only`);
  }
  if (scope !== ZONE) {
    const found = allocationFor(ctx, target, scope);
    if (!found) {
      return noTarget(
        target,
        goal,
        `规划未将 ${target.id} 分解到片区，且无基年数据可据以分解`,
        `the Plan does not split ${target.id} by area, and no baseline-year figure allows a share`,
      );
    }
    allocation = found;
  }
  return evaluateProgress({
    catalogue: ctx.catalogue,
    target,
    indicator,
    evaluate: (range) => evaluate(ctx, indicator.code, scope, range),
    firstMonth: firstDataMonth(ctx, indicator.code, scope),
    lastMonth: lastDataMonth(ctx, indicator.code, scope),
    ...(until === undefined ? {} : { until }),
    ...(allocation ? { allocation } : {}),
  });
}
